package dev.csreview.cli;

import dev.csreview.questionnaire.Lang;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --format text|json} of the commands that print for people or for programs. */
public final class TextOrJson {
    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "text-or-json",
            converter = Name.class, completionCandidates = Candidates.TextOrJson.class)
    String format;

    boolean json() {
        return format.equals("json");
    }

    /** text or json, in any case; anything else is refused (exit 2) as assess refuses an unknown format. */
    static final class Name implements ITypeConverter<String> {
        private final Lang lang;

        /** Refusing in the run's language, which {@link Main}'s factory hands over. */
        Name(Lang lang) {
            this.lang = lang;
        }

        /** Refusing in the locale's language: for picocli's default factory (commands built without Main). */
        Name() {
            this(CommonOptions.ofLocale());
        }

        @Override
        public String convert(String value) {
            String name = value.trim().toLowerCase(Locale.ROOT);
            if (!name.equals("text") && !name.equals("json")) {
                throw CliMessages.refusal(lang, "option.notTextOrJson", value);
            }
            return name;
        }
    }
}
