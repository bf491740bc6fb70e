package dev.csreview.assessment;

import dev.csreview.profile.AnswerStatus;

/** How much is known about a fact when an expression reads it. */
public enum FactState {
    KNOWN,
    /** The user said "unknown". */
    UNKNOWN,
    /** Applicable but unanswered. */
    MISSING,
    /** A number known to be at least its value (e.g. the largest of several counts, some unknown). */
    LOWER_BOUND,
    /** The question does not apply; read as empty, not as unknown. */
    NOT_APPLICABLE;

    public boolean isOpen() {
        return this == UNKNOWN || this == MISSING;
    }

    static FactState of(AnswerStatus status) {
        return switch (status) {
            case ANSWERED, DEFAULTED -> KNOWN;
            case UNKNOWN -> UNKNOWN;
            case MISSING -> MISSING;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
        };
    }
}
