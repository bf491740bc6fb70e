package dev.csreview.cli;

import dev.csreview.report.WorkingDays;

/** The working-day calendar for review deadlines. */
final class WorkingDaysSupport {
    private WorkingDaysSupport() {}

    static WorkingDays builtin() {
        return WorkingDays.WEEKDAYS;
    }
}
