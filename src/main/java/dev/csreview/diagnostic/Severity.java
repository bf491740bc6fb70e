package dev.csreview.diagnostic;

/** How bad a diagnostic is: errors stop a run (exit 2), warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
