package dev.csreview.run;

import dev.csreview.questionnaire.Lang;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What csreview says to the user, from one catalogue of resource bundles (English the base file, Chinese beside it),
 * so that every message follows --lang and the locale.
 */
public final class Messages {
    private static final String BUNDLE = "dev.csreview.cli.messages";

    private final Lang lang;

    public Messages(Lang lang) {
        this.lang = lang;
    }

    /** The message {@code key}; arguments are put in as text (no grouping of numbers). */
    public String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, lang == Lang.ZH ? Lang.ZH.locale() : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(bundle.getString(key), lang.locale()).format(text);
    }

    /** As {@link #get} in {@code lang}. */
    public static String get(Lang lang, String key, Object... args) {
        return new Messages(lang).get(key, args);
    }
}
