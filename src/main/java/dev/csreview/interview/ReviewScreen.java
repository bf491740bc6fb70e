package dev.csreview.interview;

import java.util.List;

/**
 * Every question that applies, with its answer; pick one to change it, or finish. {@code cursor} is the entry last
 * changed from here (so the review comes back to it), or -1.
 */
public record ReviewScreen(List<Entry> entries, int problems, String notice, int cursor) implements Screen {

    /** How an entry stands. */
    public enum State { ANSWERED, DEFAULTED, UNKNOWN, OPTIONAL, MISSING }

    /** One question and its answer as shown; {@code problem} is what must be fixed before finishing, or null. */
    public record Entry(String section, String questionId, String question, String answer, State state, String problem) {}

    @Override
    public Reply showOn(Prompter prompter) {
        return prompter.review(this);
    }
}
