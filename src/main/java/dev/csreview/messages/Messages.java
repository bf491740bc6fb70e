package dev.csreview.messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * csreview's own words, one resource bundle per feature ({@code cli/messages}, {@code cli/help},
 * {@code output/labels}, {@code interview/labels}, {@code profile/answers}, {@code profile/skeleton},
 * {@code diagnostics}), each an English base file and a {@code _zh} file with the same keys. Languages are locales here (a Chinese one, else English), so
 * that every package, the diagnostics below the questionnaire included, can use this one without a cycle.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle {@code name} (e.g. {@code dev.csreview.output.labels}) in the language of {@code locale}. */
    public static Messages of(String name, Locale locale) {
        return new Messages(bundle(name, locale), locale);
    }

    /**
     * The bundle {@code name} in the language of {@code locale}: English is the base file, and Chinese falls back to
     * it key by key, never to the JVM's locale (the default lookup gives {@code --lang en} Chinese labels on a
     * Chinese system).
     */
    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale.getLanguage().equals("zh") ? Locale.CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text {@code key}, as written (no {@link MessageFormat}: a quote stays a quote). */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** The message {@code key} with its {0}, {1} … filled in as text (numbers as given, without grouping). */
    public String get(String key, Object... args) {
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(text);
    }
}
