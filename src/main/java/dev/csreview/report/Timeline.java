package dev.csreview.report;

import dev.csreview.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The review clock from a submission date: each statutory step's latest date, in working days. */
public final class Timeline {
    private Timeline() {}

    /** One computed step: latest end date, and the latest date if the extension is used. */
    public record Row(PackageSpec.Step step, LocalDate start, LocalDate due, LocalDate dueExtended, boolean calendarCovers) {}

    public static List<Row> compute(List<PackageSpec.Step> steps, LocalDate submitted, WorkingDays days) {
        Map<String, LocalDate> ends = new HashMap<>();
        Map<String, LocalDate> endsExtended = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (PackageSpec.Step step : steps) {
            LocalDate start = step.after() == null ? submitted : ends.getOrDefault(step.after(), submitted);
            LocalDate startExt = step.after() == null ? submitted : endsExtended.getOrDefault(step.after(), start);
            LocalDate due;
            LocalDate dueExt;
            if (step.months() != null) {
                // A period in calendar months is not extended in working days; only its start moves.
                due = start.plusMonths(step.months());
                dueExt = startExt.plusMonths(step.months());
            } else {
                due = days.plus(start, step.days());
                dueExt = days.plus(startExt, step.days() + (step.extension() == null ? 0 : step.extension()));
            }
            ends.put(step.id(), due);
            endsExtended.put(step.id(), dueExt);
            rows.add(new Row(step, start, due, dueExt, days.covers(dueExt)));
        }
        return List.copyOf(rows);
    }
}
