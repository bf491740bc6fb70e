package dev.csreview.interview;

import java.util.List;

/** A yes/no question about the interview itself, e.g. dropping answers that no longer apply. */
public record ConfirmScreen(String message, List<String> details, String notice) implements Screen {

    @Override
    public Reply showOn(Prompter prompter) {
        return prompter.confirm(this);
    }
}
