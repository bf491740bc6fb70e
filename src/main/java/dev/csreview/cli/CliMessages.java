package dev.csreview.cli;

import dev.csreview.questionnaire.Lang;
import dev.csreview.messages.Messages;

/** What the commands themselves say (usage mistakes they find, their own lines), from cli/messages*.properties. */
final class CliMessages {
    private CliMessages() {}

    /** The message {@code key} in {@code lang}; arguments are put in as text (no grouping of numbers). */
    static String get(Lang lang, String key, Object... args) {
        return Messages.of("dev.csreview.cli.messages", lang.locale()).get(key, args);
    }
}
