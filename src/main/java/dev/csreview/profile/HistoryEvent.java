package dev.csreview.profile;

import dev.csreview.diagnostic.Location;
import java.util.List;

/**
 * One entry of a profile's {@code history:} (kept out of the answers' way): on a day, under a questionnaire version,
 * the profile was migrated (from an earlier version) or questions were answered (in an interview).
 */
public record HistoryEvent(String on, String version, String event, String from, List<String> questions, Location location) {
    public static final String MIGRATED = "migrated";
    public static final String ANSWERED = "answered";

    /** The event as one flow-style YAML list item, as migrate and the interview append it. */
    public String yaml() {
        StringBuilder s = new StringBuilder("{on: \"").append(on).append("\", version: \"").append(version).append("\", event: ").append(event);
        if (from != null) {
            s.append(", from: \"").append(from).append('"');
        }
        if (!questions.isEmpty()) {
            s.append(", questions: [").append(String.join(", ", questions)).append(']');
        }
        return s.append('}').toString();
    }
}
