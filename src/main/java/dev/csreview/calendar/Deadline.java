package dev.csreview.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A date counted in working days, with the years among the counted days that the holiday data does not
 * cover: for those, Monday to Friday was assumed, so the date may be off and the reader must be told.
 * The core returns the years, not a sentence; the caller words the warning in the reader's language.
 */
public record Deadline(LocalDate start, int workingDays, LocalDate date, List<Integer> yearsNotCovered) {

    public Deadline {
        yearsNotCovered = List.copyOf(yearsNotCovered);
    }

    /** True when every counted day lies in a year the official data covers. */
    public boolean covered() {
        return yearsNotCovered.isEmpty();
    }
}
