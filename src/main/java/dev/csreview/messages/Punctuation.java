package dev.csreview.messages;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How a language joins the parts of running text (output/labels {@code punct.*}): 、 ， ； and no space before a
 * unit in Chinese; ", ", "; " and a space in English.
 */
public record Punctuation(String list, String phrase, String clause, String space) {
    // One holder per language: a run in one language reads only its own bundle (start-up time, docs/performance.md).
    private static final class Chinese {
        static final Punctuation VALUE = load(Locale.CHINESE);
    }

    private static final class English {
        static final Punctuation VALUE = load(Locale.ROOT);
    }

    /** The punctuation of the language of {@code locale}: Chinese, else English (as {@link Messages} picks). */
    public static Punctuation of(Locale locale) {
        return locale.getLanguage().equals("zh") ? Chinese.VALUE : English.VALUE;
    }

    private static Punctuation load(Locale locale) {
        ResourceBundle labels = Messages.bundle("dev.csreview.output.labels", locale);
        return new Punctuation(labels.getString("punct.list"), labels.getString("punct.phrase"), labels.getString("punct.clause"),
                labels.getString("punct.space"));
    }
}
