package dev.csreview.profile;

import dev.csreview.diagnostic.Location;
import java.util.List;

/**
 * One answer with where it came from. {@code value} is a {@code Boolean}, {@code Long}, {@code String}
 * (choice id, text or ISO date), {@code List<String>} (multiple choice) or {@code List<Item>} (group).
 */
public record Answer(Object value, AnswerStatus status, Location source) {

    public static Answer missing() {
        return new Answer(null, AnswerStatus.MISSING, null);
    }

    public static Answer unknown(Location source) {
        return new Answer(null, AnswerStatus.UNKNOWN, source);
    }

    /** The items of a group answer; empty for anything else. */
    @SuppressWarnings("unchecked")
    public List<Item> items() {
        if (value instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Item) {
            return (List<Item>) l;
        }
        return List.of();
    }
}
