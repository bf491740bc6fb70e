package dev.csreview.questionnaire;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a determination can conclude, from most to least serious for the company. */
public enum Outcome {
    MUST_DECLARE,
    CANNOT_TELL,
    SHOULD_CONSIDER,
    NOT_TRIGGERED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome fromId(String id) {
        for (Outcome o : values()) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        return null;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Outcome::id).toList();
    }

    /** True if this outcome is at least as serious as {@code other}. */
    public boolean atLeast(Outcome other) {
        return ordinal() <= other.ordinal();
    }
}
