package dev.csreview.cli;

import dev.csreview.calendar.WorkingDayCalendar;
import dev.csreview.report.WorkingDays;
import java.time.LocalDate;

/** The working-day calendar for review deadlines: China's official calendar, weekdays beyond its years. */
final class WorkingDaysSupport {
    private WorkingDaysSupport() {}

    static WorkingDays builtin() {
        WorkingDayCalendar calendar = WorkingDayCalendar.builtin();
        return new WorkingDays() {
            @Override
            public LocalDate plus(LocalDate start, int days) {
                return calendar.addWorkingDays(start, days);
            }

            @Override
            public boolean covers(LocalDate date) {
                return calendar.covers(date);
            }
        };
    }
}
