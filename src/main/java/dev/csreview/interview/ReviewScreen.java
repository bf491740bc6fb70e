package dev.csreview.interview;

import java.util.List;

/** Every question that applies, with its answer; pick one to change it, or finish. */
public record ReviewScreen(List<Entry> entries, int problems, String notice) implements Screen {

    /** How an entry stands. */
    public enum State { ANSWERED, DEFAULTED, UNKNOWN, OPTIONAL, MISSING }

    /** One question and its answer as shown; {@code problem} is what must be fixed before finishing, or null. */
    public record Entry(String section, String questionId, String question, String answer, State state, String problem) {}

    @Override
    public Reply showOn(Prompter prompter) {
        return prompter.review(this);
    }
}
