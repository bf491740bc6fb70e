package dev.csreview.cli;

import dev.csreview.questionnaire.Lang;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** What the commands themselves say (usage mistakes they find, their own lines), from cli/messages*.properties. */
final class CliMessages {
    private CliMessages() {}

    /** The message {@code key} in {@code lang}; arguments are put in as text (no grouping of numbers). */
    static String get(Lang lang, String key, Object... args) {
        ResourceBundle bundle = HelpLanguage.bundle("dev.csreview.cli.messages", lang);
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(bundle.getString(key), lang.locale()).format(text);
    }
}
