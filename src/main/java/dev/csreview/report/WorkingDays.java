package dev.csreview.report;

import java.time.LocalDate;

/** Counts working days; the China calendar implements it, tests may use plain weekdays. */
public interface WorkingDays {
    /** The date {@code days} working days after {@code start} (the day after start is the first counted). */
    LocalDate plus(LocalDate start, int days);

    /** False when the date lies beyond the years the holiday data covers (weekdays are then assumed). */
    boolean covers(LocalDate date);

    /** Monday to Friday, no holidays: the fallback beyond the covered years. */
    WorkingDays WEEKDAYS = new WorkingDays() {
        @Override
        public LocalDate plus(LocalDate start, int days) {
            LocalDate d = start;
            int left = days;
            while (left > 0) {
                d = d.plusDays(1);
                if (d.getDayOfWeek().getValue() <= 5) {
                    left--;
                }
            }
            return d;
        }

        @Override
        public boolean covers(LocalDate date) {
            return false;
        }
    };
}
