package dev.csreview.cli;

import dev.csreview.questionnaire.Lang;
import dev.csreview.run.Messages;

/** What the commands themselves say (usage mistakes they find, their own lines): the one message catalogue. */
final class CliMessages {
    private CliMessages() {}

    /** The message {@code key} in {@code lang}; arguments are put in as text (no grouping of numbers). */
    static String get(Lang lang, String key, Object... args) {
        return Messages.get(lang, key, args);
    }
}
