package dev.csreview.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one rule for a date a run is given (--date, SOURCE_DATE_EPOCH, timeline --submitted): YYYY-MM-DD with a year
 * from 2000 to 2099. Dates counted from it then stay four-digit (never "+10000-01-14") and near the years the
 * working-day data covers; further out they are warned about as weekdays-only, not refused.
 */
public final class RunDates {
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    private RunDates() {}

    /** Whether a run may work to this date. */
    public static boolean accepts(LocalDate d) {
        return !d.isBefore(FIRST) && !d.isAfter(LAST);
    }

    /** A date written YYYY-MM-DD (four-digit year) inside the range; empty for anything else. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text)).filter(RunDates::accepts);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
