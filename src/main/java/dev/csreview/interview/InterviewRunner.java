package dev.csreview.interview;

import java.io.IOException;

/**
 * Runs an interview with a prompter until the user finishes or stops, saving the session after every reply. The
 * loop is the same for the JLine, plain and scripted prompters.
 */
public final class InterviewRunner {
    /** How the run ended. */
    public enum Result { FINISHED, QUIT, INTERRUPTED, INPUT_ENDED }

    private final Interview interview;
    private final Prompter prompter;
    private final SessionFile session;

    public InterviewRunner(Interview interview, Prompter prompter, SessionFile session) {
        this.interview = interview;
        this.prompter = prompter;
        this.session = session;
    }

    /** Asks until done; an I/O failure while saving stops the run at once (the previous save is intact). */
    public Result run() throws IOException {
        session.save(interview.answers(), interview.position());
        while (!interview.finished()) {
            Reply reply;
            try {
                reply = interview.screen().showOn(prompter);
            } catch (Prompter.Quit e) {
                return Result.QUIT;
            } catch (Prompter.Interrupted e) {
                return Result.INTERRUPTED;
            } catch (Prompter.InputEnded e) {
                return Result.INPUT_ENDED;
            }
            interview.apply(reply);
            session.save(interview.answers(), interview.position());
            interview.takeEcho().ifPresent(prompter::say);
        }
        return Result.FINISHED;
    }
}
