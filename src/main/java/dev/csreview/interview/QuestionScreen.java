package dev.csreview.interview;

import dev.csreview.questionnaire.QuestionType;
import java.util.List;

/**
 * One question. {@code current} is the answer it has now (typed as in {@link Reply.Given}), or the
 * questionnaire's default when {@code currentIsDefault}; {@code currentUnknown} when the answer is "unknown".
 * {@code record} names the group record a field belongs to and where the field stands in it, e.g. "采购 第2项 · Oracle —
 * 第 2/3 项，第 5/17 栏", else null. {@code kept} is the text of an answer just refused (with {@code error}), to
 * be offered again for editing.
 */
public record QuestionScreen(
        Progress progress,
        String record,
        String questionId,
        QuestionType type,
        String text,
        String help,
        String unit,
        Long min,
        Long max,
        List<Option> options,
        boolean allowUnknown,
        boolean required,
        List<Article> articles,
        Object current,
        boolean currentIsDefault,
        boolean currentUnknown,
        String shownAnswer,
        String error,
        String kept,
        String notice)
        implements Screen {

    public boolean hasAnswer() {
        return current != null || currentUnknown;
    }

    @Override
    public Reply showOn(Prompter prompter) {
        return prompter.ask(this);
    }
}
