package dev.csreview.interview;

import java.util.List;

/** The records of a repeating group so far: add another, edit or remove one, or done. */
public record GroupScreen(
        Progress progress,
        String groupId,
        String text,
        String help,
        List<Article> articles,
        List<String> records,
        boolean canAdd,
        String error,
        String notice)
        implements Screen {

    @Override
    public Reply showOn(Prompter prompter) {
        return prompter.records(this);
    }
}
