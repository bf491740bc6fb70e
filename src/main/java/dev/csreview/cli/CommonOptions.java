package dev.csreview.cli;

import dev.csreview.questionnaire.Lang;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every subcommand takes. */
public final class CommonOptions {
    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT,
            description = "Language of messages and reports (default: from the system locale).")
    String lang;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of internal errors.")
    boolean debug;

    Lang lang() {
        if (lang == null) {
            return Lang.fromLocale(Locale.getDefault());
        }
        return lang.toLowerCase(Locale.ROOT).startsWith("zh") ? Lang.ZH : Lang.EN;
    }
}
