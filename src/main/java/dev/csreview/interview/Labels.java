package dev.csreview.interview;

import dev.csreview.questionnaire.Lang;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interview's own words (keys, hints, notices) in the user's language, from {@code labels.properties}.
 * Question texts never come from here: they are the questionnaire's.
 */
public final class Labels {
    private final Lang lang;
    private final ResourceBundle bundle;

    private Labels(Lang lang) {
        this.lang = lang;
        this.bundle = dev.csreview.messages.Messages.bundle("dev.csreview.interview.labels", lang.locale());
    }

    public static Labels of(Lang lang) {
        return new Labels(lang);
    }

    public Lang lang() {
        return lang;
    }

    /** The text for {@code key}; with arguments it is a {@link MessageFormat} pattern. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    /**
     * Whether {@code typed} means "I do not know": the {@code unknown.words} of every language, so a Chinese keyboard
     * in an English interview (不清楚) is understood too. Case, curly apostrophes and surrounding space do not matter.
     */
    public static boolean meansUnknown(String typed) {
        String t = typed.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        return !t.isEmpty() && UNKNOWN_WORDS.contains(t);
    }

    private static final java.util.Set<String> UNKNOWN_WORDS = unknownWords();

    private static java.util.Set<String> unknownWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Lang l : Lang.values()) {
            for (String w : of(l).get("unknown.words").split("\\|")) {
                words.add(w.strip().toLowerCase(Locale.ROOT));
            }
            words.add(of(l).get("unknown").toLowerCase(Locale.ROOT));
        }
        return java.util.Set.copyOf(words);
    }

    /** How lists are joined in running text: 、 in Chinese, a comma in English. */
    public String listSeparator() {
        return get("list.separator");
    }
}
