package dev.csreview.cli;

import dev.csreview.calendar.RunDates;
import dev.csreview.calendar.Today;
import dev.csreview.questionnaire.Lang;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --date YYYY-MM-DD}: the run's date, else SOURCE_DATE_EPOCH (reproducible builds), else today. */
public final class DateOption {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "date")
    String date;

    /** The run's date: explicit, else SOURCE_DATE_EPOCH, else today; a malformed one is a usage error in {@code lang}. */
    LocalDate date(Lang lang, Map<String, String> env) {
        return fixed(lang, env).orElseGet(Today::onThisMachine);
    }

    /**
     * The date given by --date or SOURCE_DATE_EPOCH (checked now), if any. Without one the date is today in the
     * system's time zone, whose look-up costs a short run ~12 ms (the zone database), so callers that may not need
     * a date look it up only when they do.
     */
    Optional<LocalDate> fixed(Lang lang, Map<String, String> env) {
        if (date != null) {
            // Four-digit years in range only: LocalDate also reads "+275760-09-13", which no document should carry.
            return Optional.of(RunDates.parse(date)
                    .orElseThrow(() -> new PackageOptions.UsageException(lang, "usage.date", date, RunDates.FIRST, RunDates.LAST)));
        }
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            LocalDate day;
            try {
                day = LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.trim())), ZoneOffset.UTC);
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new PackageOptions.UsageException(lang, "usage.sourceDateEpoch", epoch, RunDates.FIRST, RunDates.LAST);
            }
            // The same range as --date: an epoch of -5 is 1969-12-31, one of 253402300800 is +10000-01-01.
            if (!RunDates.accepts(day)) {
                throw new PackageOptions.UsageException(lang, "usage.sourceDateEpochRange", epoch, day, RunDates.FIRST, RunDates.LAST);
            }
            return Optional.of(day);
        }
        return Optional.empty();
    }
}
