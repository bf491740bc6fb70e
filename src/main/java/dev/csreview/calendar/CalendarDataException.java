package dev.csreview.calendar;

import java.util.List;

/** The working-day data could not be read or is inconsistent; lists every problem found, not just the first. */
public final class CalendarDataException extends Exception {
    private final List<String> problems;

    public CalendarDataException(String source, List<String> problems) {
        super(source + ": invalid working-day calendar:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as "where: what", e.g. {@code years.2024.workdays[1]: 2024-02-05 is a Monday}. */
    public List<String> problems() {
        return problems;
    }
}
