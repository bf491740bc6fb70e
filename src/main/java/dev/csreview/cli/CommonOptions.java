package dev.csreview.cli;

import dev.csreview.questionnaire.Lang;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every subcommand takes. */
public final class CommonOptions {
    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT, converter = LangName.class, completionCandidates = Candidates.Languages.class)
    String lang;

    /** zh or en (zh-CN, en_GB and the like too); anything else is refused rather than read as English. */
    static final class LangName implements ITypeConverter<String> {
        private final Lang lang;

        /** Refusing in the run's language, which {@link Main}'s factory hands over. */
        LangName(Lang lang) {
            this.lang = lang;
        }

        /** Refusing in the locale's language: for picocli's default factory (commands built without Main). */
        LangName() {
            this(ofLocale());
        }

        @Override
        public String convert(String value) {
            if (HelpLanguage.parse(value) == null) {
                throw CliMessages.refusal(lang, "option.notLanguage", value);
            }
            return value.trim().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT)
    boolean debug;

    Lang lang() {
        return named(lang);
    }

    /**
     * The language of the command {@code spec} (its {@code --lang}, else the locale): for option mixins that
     * report their own mistakes and are not handed the command's {@code CommonOptions}.
     */
    static Lang of(CommandSpec spec) {
        OptionSpec option = spec == null ? null : spec.findOption("--lang");
        return named(option == null ? null : option.getValue());
    }

    /** The language the locale asks for, for code that is not handed a command's --lang. */
    static Lang ofLocale() {
        return named(null);
    }

    private static Lang named(String named) {
        return named == null ? HelpLanguage.fromEnvironment(System.getenv(), Locale.getDefault()) : HelpLanguage.parse(named);
    }
}
