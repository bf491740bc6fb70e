package dev.csreview.calendar;

import java.time.LocalDate;

/** The review clock on China's official calendar; beyond the years it covers, plain weekdays. */
public final class ChinaWorkingDays implements WorkingDays {
    private final WorkingDayCalendar calendar;

    public ChinaWorkingDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The calendar built into the jar. */
    public static ChinaWorkingDays builtin() {
        return new ChinaWorkingDays(WorkingDayCalendar.builtin());
    }

    @Override
    public LocalDate plus(LocalDate start, int days) {
        return calendar.addWorkingDays(start, days);
    }

    @Override
    public boolean covers(LocalDate date) {
        return calendar.covers(date);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }
}
