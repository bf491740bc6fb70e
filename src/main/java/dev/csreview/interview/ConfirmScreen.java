package dev.csreview.interview;

import java.util.List;

/**
 * A yes/no question about the interview itself, e.g. dropping answers that no longer apply. The cursor starts on
 * "no" unless {@code cursorOnYes}: Enter alone then does what loses nothing.
 */
public record ConfirmScreen(String message, List<String> details, String notice, boolean cursorOnYes) implements Screen {
    public ConfirmScreen(String message, List<String> details, String notice) {
        this(message, details, notice, false);
    }

    @Override
    public Reply showOn(Prompter prompter) {
        return prompter.confirm(this);
    }
}
