package dev.csreview.cli;

/** The exit-code contract, documented in --help and the README, and covered by tests. */
public final class ExitCode {
    /** Done, below any --fail-on threshold. */
    public static final int OK = 0;
    /** The --fail-on threshold was reached. */
    public static final int THRESHOLD = 1;
    /** Usage error or invalid questionnaire/profile. */
    public static final int INVALID = 2;
    /** Could not complete: I/O failure or internal error. */
    public static final int FAILED = 3;
    /** Interrupted (Ctrl-C). */
    public static final int INTERRUPTED = 130;

    private ExitCode() {}
}
