package dev.csreview.cli;

import dev.csreview.questionnaire.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A count of at least 1 ({@code --jobs}): 0 or -5 threads is a usage error, not a default. */
final class PositiveCount implements ITypeConverter<Integer> {
    private final Lang lang;

    /** Refusing in the run's language, which {@link Main}'s factory hands over. */
    PositiveCount(Lang lang) {
        this.lang = lang;
    }

    /** Refusing in the locale's language: for picocli's default factory (commands built without Main). */
    PositiveCount() {
        this(CommonOptions.ofLocale());
    }

    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw CliMessages.refusal(lang, "option.notWholeNumber", value);
        }
        if (n < 1) {
            throw CliMessages.refusal(lang, "option.atLeastOne", value);
        }
        return n;
    }
}
