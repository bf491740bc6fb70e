package dev.csreview.run;

import dev.csreview.messages.Messages;
import dev.csreview.questionnaire.Lang;

/** What the runs say to the user: the commands' catalogue (cli/messages), in the run's language. */
final class RunMessages {
    private RunMessages() {}

    static String get(Lang lang, String key, Object... args) {
        return Messages.of("dev.csreview.cli.messages", lang.locale()).get(key, args);
    }
}
