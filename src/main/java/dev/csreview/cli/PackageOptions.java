package dev.csreview.cli;

import dev.csreview.questionnaire.Lang;
import dev.csreview.report.PackageRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options for writing declaration packages. */
public final class PackageOptions {
    /** The command this is mixed into: its --lang is the language of the mistakes found here. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Option(names = "--formats", paramLabel = "DOCFORMAT", split = ",", defaultValue = "md,html", completionCandidates = Candidates.DocumentFormats.class)
    Set<String> formats;

    @Option(names = "--doc-lang", paramLabel = "zh|en|both", defaultValue = "both", completionCandidates = Candidates.DocumentLanguages.class)
    String docLang;

    @Mixin
    DateOption date;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Option(names = "--brand", paramLabel = "FILE")
    Path brandFile;

    @Option(names = "--reference-docx", paramLabel = "FILE")
    Path referenceDocx;

    @Option(names = "--pdf-font", paramLabel = "FILE")
    Path pdfFont;

    /** The options converted (formats, languages, date checked) for the run layer, which reads the files they name. */
    dev.csreview.run.PackageChoices choices(Map<String, String> env) {
        // The date is checked first, as the commands always have: with several bad options, the same one is named.
        Optional<LocalDate> fixed = fixedDate(env);
        return new dev.csreview.run.PackageChoices(out, formats(), languages(), fixed, force, templates, brandFile, referenceDocx,
                pdfFont, lang());
    }

    /** The language of the command's messages (its --lang, else the locale). */
    Lang lang() {
        return CommonOptions.of(command);
    }

    Set<PackageRequest.Format> formats() {
        Set<PackageRequest.Format> result = EnumSet.noneOf(PackageRequest.Format.class);
        for (String f : formats) {
            try {
                result.add(PackageRequest.Format.valueOf(f.trim().toUpperCase(Locale.ROOT).replace("MARKDOWN", "MD")));
            } catch (IllegalArgumentException e) {
                throw new UsageException(lang(), "usage.docFormat", f);
            }
        }
        return result;
    }

    Set<Lang> languages() {
        return switch (docLang.toLowerCase(Locale.ROOT)) {
            case "zh" -> EnumSet.of(Lang.ZH);
            case "en" -> EnumSet.of(Lang.EN);
            case "both" -> EnumSet.of(Lang.ZH, Lang.EN);
            default -> throw new UsageException(lang(), "usage.docLang", docLang);
        };
    }

    /** The run's date: explicit, else SOURCE_DATE_EPOCH (reproducible builds), else today. */
    LocalDate date(Map<String, String> env) {
        return date.date(lang(), env);
    }

    /** The date given by --date or SOURCE_DATE_EPOCH (checked now), if any: see {@link DateOption#fixed}. */
    Optional<LocalDate> fixedDate(Map<String, String> env) {
        return date.fixed(lang(), env);
    }

    /** A bad option value found after parsing: exit 2 with the message, in the run's language (cli/messages). */
    static final class UsageException extends dev.csreview.run.RunException {
        UsageException(Lang lang, String key, Object... args) {
            super(Status.INVALID, CliMessages.get(lang, key, args));
        }
    }
}
