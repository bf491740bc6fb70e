package dev.csreview.profile;

/** Whether a fact is known. Only {@link #ANSWERED} and {@link #DEFAULTED} facts count as known. */
public enum AnswerStatus {
    /** Given by the user. */
    ANSWERED,
    /** Not given; the questionnaire's default applies. */
    DEFAULTED,
    /** The user said they do not know. */
    UNKNOWN,
    /** The question applies but has no answer yet. */
    MISSING,
    /** The question does not apply (its condition is false); any answer is ignored. */
    NOT_APPLICABLE;

    public boolean isKnown() {
        return this == ANSWERED || this == DEFAULTED;
    }

    public boolean isUnknown() {
        return this == UNKNOWN || this == MISSING;
    }
}
