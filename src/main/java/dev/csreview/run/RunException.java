package dev.csreview.run;

/**
 * A run that ends early, with how it ends and what to tell the user: one handler in the command line prints the
 * message (if any: diagnostics may have been printed already) and maps the status to the exit code.
 */
public class RunException extends RuntimeException {
    /** How the run ended: the user's input or options (exit 2), or the run could not complete (exit 3). */
    public enum Status { INVALID, FAILED }

    private final Status status;

    public RunException(Status status, String message) {
        super(message);
        this.status = status;
    }

    /** The user's input or options are wrong; {@code message} says how (null: diagnostics were printed). */
    public static RunException invalid(String message) {
        return new RunException(Status.INVALID, message);
    }

    /** As {@link #invalid(String)}, the message {@code key} of the commands' catalogue in {@code lang}. */
    public static RunException invalid(dev.csreview.questionnaire.Lang lang, String key, Object... args) {
        return new RunException(Status.INVALID, RunMessages.get(lang, key, args));
    }

    public Status status() {
        return status;
    }
}
