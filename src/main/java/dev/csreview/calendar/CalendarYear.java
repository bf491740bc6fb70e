package dev.csreview.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One year of the official calendar as its State Council notice sets it: days off and weekend working days. */
public record CalendarYear(int year, Notice notice, List<Holiday> holidays, List<LocalDate> workdays) {

    public CalendarYear {
        Objects.requireNonNull(notice, "notice");
        holidays = List.copyOf(holidays);
        workdays = List.copyOf(workdays);
    }

    /** The notice that fixes the year's arrangement, cited wherever a deadline depends on it. */
    public record Notice(String title, String number, LocalDate published) {
        public Notice {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(published, "published");
        }
    }

    /** A run of days off, both ends included, exactly as the notice lists it (weekends included). */
    public record Holiday(LocalDate from, LocalDate to, String nameZh, String nameEn) {
        public Holiday {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("holiday ends before it starts: " + from + ".." + to);
            }
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }
}
