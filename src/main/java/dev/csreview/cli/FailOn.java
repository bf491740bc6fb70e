package dev.csreview.cli;

import dev.csreview.gate.FailLevel;
import dev.csreview.questionnaire.Lang;
import dev.csreview.yaml.Fields;
import java.util.Locale;
import picocli.CommandLine;

/** Reads a --fail-on level: must-declare, must_declare and MUST-DECLARE alike. */
final class FailOn implements CommandLine.ITypeConverter<FailLevel> {
    private final Lang lang;

    /** Refusing in the run's language, which {@link Main}'s factory hands over. */
    FailOn(Lang lang) {
        this.lang = lang;
    }

    /** Refusing in the locale's language: for picocli's default factory (commands built without Main). */
    FailOn() {
        this(CommonOptions.ofLocale());
    }

    @Override
    public FailLevel convert(String value) {
        try {
            return FailLevel.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String near = Fields.didYouMean(value.trim(), FailLevel.NAMES);
            String levels = String.join(", ", FailLevel.NAMES);
            throw near == null ? CliMessages.refusal(lang, "option.notLevel", value, levels)
                    : CliMessages.refusal(lang, "option.notLevelNear", value, levels, near);
        }
    }
}
