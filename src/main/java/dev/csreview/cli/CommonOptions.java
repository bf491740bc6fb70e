package dev.csreview.cli;

import dev.csreview.questionnaire.Lang;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.ScopeType;

/** Options every subcommand takes. */
public final class CommonOptions {
    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT, converter = LangName.class, completionCandidates = Candidates.Languages.class,
            description = "Language of messages and reports (default: from the system locale).")
    String lang;

    /** zh or en (zh-CN, en_GB and the like too); anything else is refused rather than read as English. */
    static final class LangName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (!v.startsWith("zh") && !v.startsWith("en")) {
                throw new TypeConversionException("'" + value + "' is not a language csreview speaks: zh or en");
            }
            return v;
        }
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of internal errors.")
    boolean debug;

    Lang lang() {
        if (lang == null) {
            return Lang.fromLocale(Locale.getDefault());
        }
        return lang.toLowerCase(Locale.ROOT).startsWith("zh") ? Lang.ZH : Lang.EN;
    }
}
