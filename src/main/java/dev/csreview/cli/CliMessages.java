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

    /** An option value refused by its converter, said in {@code lang}; picocli puts "Invalid value for option …" before it. */
    static picocli.CommandLine.TypeConversionException refusal(Lang lang, String key, Object... args) {
        return new picocli.CommandLine.TypeConversionException(get(lang, key, args));
    }
}
