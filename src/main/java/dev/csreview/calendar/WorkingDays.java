package dev.csreview.calendar;

import java.time.LocalDate;

/** Counts working days; the China calendar implements it, tests may use plain weekdays. */
public interface WorkingDays {
    /** The date {@code days} working days after {@code start} (the day after start is the first counted). */
    LocalDate plus(LocalDate start, int days);

    /** False when the date lies beyond the years the holiday data covers (weekdays are then assumed). */
    boolean covers(LocalDate date);

    /** Whether work is done on that day (the calendar's days off and make-up days, else Monday to Friday). */
    boolean isWorkingDay(LocalDate date);

    /**
     * The latest working day to start on so that {@code days} working days later is on or before {@code end}: the
     * latest date to file for a review of {@code days} working days to end by {@code end}.
     */
    default LocalDate latestStart(LocalDate end, int days) {
        LocalDate d = end;
        int counted = 0;
        while (counted < days) {
            if (isWorkingDay(d)) {
                counted++;
            }
            d = d.minusDays(1);
        }
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The working days in {@code (a, b]}; 0 when {@code b} is not after {@code a}; counted over 20 years at most. */
    default int between(LocalDate a, LocalDate b) {
        int n = 0;
        LocalDate last = b.isAfter(a.plusYears(20)) ? a.plusYears(20) : b;
        for (LocalDate d = a.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** Monday to Friday, no holidays: the fallback beyond the covered years. */
    WorkingDays WEEKDAYS = new WorkingDays() {
        @Override
        public LocalDate plus(LocalDate start, int days) {
            LocalDate d = start;
            int left = days;
            while (left > 0) {
                d = d.plusDays(1);
                if (isWorkingDay(d)) {
                    left--;
                }
            }
            return d;
        }

        @Override
        public boolean covers(LocalDate date) {
            return false;
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek().getValue() <= 5;
        }
    };
}
