package dev.csreview.interview;

/**
 * Shows one screen and returns what the user did. Implementations: a JLine one for real terminals, a plain
 * numbered one for dumb terminals and pipes (both in {@code cli}), a scripted one for tests. A prompter holds no
 * interview state: everything it needs is on the screen.
 */
public interface Prompter {

    Reply ask(QuestionScreen screen);

    Reply records(GroupScreen screen);

    Reply review(ReviewScreen screen);

    Reply confirm(ConfirmScreen screen);

    Reply sections(SectionsScreen screen);

    /** A line of information between screens (resumed, saved, warnings). */
    void say(String message);

    /** The user quit on purpose ({@code q}): stop asking; the session is already saved and resumes where it stopped. */
    final class Quit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Quit() {
            super("quit", null, false, false);
        }
    }

    /**
     * The plain prompter's input ended (a script ran out of lines, a closed pipe): stop asking; the session is
     * already saved. Not an interruption: nothing stopped the run, it could not complete for want of answers.
     */
    final class InputEnded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InputEnded() {
            super("end of input", null, false, false);
        }
    }

    /** Ctrl-C, Ctrl-D, a closed input or a lost terminal: stop asking; the session is already saved. */
    final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Interrupted(String why) {
            super(why, null, false, false);
        }
    }
}
