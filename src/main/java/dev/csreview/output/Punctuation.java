package dev.csreview.output;

import dev.csreview.messages.Messages;
import dev.csreview.questionnaire.Lang;
import java.util.ResourceBundle;

/**
 * How a language joins the parts of running text (output/labels {@code punct.*}): 、 ， ； and no space before a
 * unit in Chinese; ", ", "; " and a space in English.
 */
public record Punctuation(String list, String phrase, String clause, String space) {
    private static final Punctuation ZH = load(Lang.ZH);
    private static final Punctuation EN = load(Lang.EN);

    public static Punctuation of(Lang lang) {
        return lang == Lang.ZH ? ZH : EN;
    }

    private static Punctuation load(Lang lang) {
        ResourceBundle labels = Messages.bundle("dev.csreview.output.labels", lang.locale());
        return new Punctuation(labels.getString("punct.list"), labels.getString("punct.phrase"), labels.getString("punct.clause"),
                labels.getString("punct.space"));
    }
}
