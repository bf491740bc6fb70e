package dev.csreview.messages;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How a language joins the parts of running text (output/labels {@code punct.*}): 、 ， ； and no space before a
 * unit in Chinese; ", ", "; " and a space in English.
 */
public record Punctuation(String list, String phrase, String clause, String space) {
    private static final Punctuation ZH = load(Locale.CHINESE);
    private static final Punctuation EN = load(Locale.ROOT);

    /** The punctuation of the language of {@code locale}: Chinese, else English (as {@link Messages} picks). */
    public static Punctuation of(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    private static Punctuation load(Locale locale) {
        ResourceBundle labels = Messages.bundle("dev.csreview.output.labels", locale);
        return new Punctuation(labels.getString("punct.list"), labels.getString("punct.phrase"), labels.getString("punct.clause"),
                labels.getString("punct.space"));
    }
}
