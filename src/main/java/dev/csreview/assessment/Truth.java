package dev.csreview.assessment;

/** Three-valued truth: a condition that read an unknown fact is {@link #UNCERTAIN}, never false. */
public enum Truth {
    TRUE,
    FALSE,
    UNCERTAIN
}
