package dev.csreview.cli;

import dev.csreview.run.PackageChoices;
import dev.csreview.run.RunException;
import dev.csreview.questionnaire.Lang;
import dev.csreview.report.PackageRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** Options for writing declaration packages. */
public final class PackageOptions {
    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Option(names = "--formats", paramLabel = "DOCFORMAT", split = ",", defaultValue = "md,html", completionCandidates = Candidates.DocumentFormats.class)
    Set<String> formats;

    @Option(names = "--doc-lang", paramLabel = "zh|en|both", defaultValue = "both", completionCandidates = Candidates.DocumentLanguages.class)
    String docLang;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    String date;

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
        return new dev.csreview.run.PackageChoices(out, formats(), languages(), fixedDate(env), force, templates, brandFile, referenceDocx, pdfFont);
    }

    Set<PackageRequest.Format> formats() {
        Set<PackageRequest.Format> result = EnumSet.noneOf(PackageRequest.Format.class);
        for (String f : formats) {
            try {
                result.add(PackageRequest.Format.valueOf(f.trim().toUpperCase(Locale.ROOT).replace("MARKDOWN", "MD")));
            } catch (IllegalArgumentException e) {
                throw new UsageException("unknown format '" + f + "' (md, html, docx, pdf)");
            }
        }
        return result;
    }

    Set<Lang> languages() {
        return switch (docLang.toLowerCase(Locale.ROOT)) {
            case "zh" -> EnumSet.of(Lang.ZH);
            case "en" -> EnumSet.of(Lang.EN);
            case "both" -> EnumSet.of(Lang.ZH, Lang.EN);
            default -> throw new UsageException("--doc-lang takes zh, en or both, not '" + docLang + "'");
        };
    }

    /** The run's date: explicit, else SOURCE_DATE_EPOCH (reproducible builds), else today. */
    LocalDate date(Map<String, String> env) {
        return fixedDate(env).orElseGet(LocalDate::now);
    }

    /**
     * The date given by --date or SOURCE_DATE_EPOCH (checked now), if any. Without one the date is today in the
     * system's time zone, whose look-up costs a short run ~12 ms (the zone database), so callers that may not need
     * a date look it up only when they do.
     */
    Optional<LocalDate> fixedDate(Map<String, String> env) {
        return fixedDate(date, env);
    }

    /** As {@link #fixedDate(Map)} for a command with a --date of its own (migrate's history entry). */
    static Optional<LocalDate> fixedDate(String date, Map<String, String> env) {
        if (date != null) {
            try {
                // Four-digit years only: LocalDate also reads "+275760-09-13", which no document should carry.
                if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("not YYYY-MM-DD", date, 0);
                }
                return Optional.of(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new UsageException("--date takes YYYY-MM-DD, not '" + date + "'");
            }
        }
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.trim())), ZoneOffset.UTC));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new UsageException("SOURCE_DATE_EPOCH must be seconds since 1970, not '" + epoch + "'");
            }
        }
        return Optional.empty();
    }

    /** A bad option value found after parsing: exit 2 with the message. */
    static final class UsageException extends dev.csreview.run.RunException {
        UsageException(String message) {
            super(Status.INVALID, message);
        }
    }
}
