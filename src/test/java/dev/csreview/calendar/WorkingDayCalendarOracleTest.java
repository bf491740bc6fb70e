package dev.csreview.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tyme.holiday.LegalHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the hand-transcribed data day by day against tyme4j, a calendar library that ships the same
 * State Council arrangements independently. A year tyme4j does not know yet fails here: add the data
 * only when a second source agrees, or bump tyme4j.
 */
class WorkingDayCalendarOracleTest {
    private static final WorkingDayCalendar CAL = WorkingDayCalendar.builtin();

    static List<Integer> coveredYears() {
        return List.copyOf(CAL.coveredYears());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coveredYears")
    void every_day_of_the_year_agrees_with_tyme4j(int year) {
        CalendarYear data = CAL.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
        List<String> disagreements = new ArrayList<>();
        int tymeEntries = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            LegalHoliday h = LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            if (h != null) {
                tymeEntries++;
            }
            boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            boolean tymeWorking = h == null ? weekday : h.isWork();
            if (CAL.isWorkingDay(d) != tymeWorking) {
                disagreements.add(d + " working: ours=" + CAL.isWorkingDay(d) + " tyme4j=" + tymeWorking);
            }
            // Also compare the listed days themselves, which catches a day off mistyped onto a weekend.
            LocalDate day = d;
            boolean oursOff = CAL.years().stream()
                    .flatMap(y -> y.holidays().stream())
                    .anyMatch(x -> x.contains(day));
            boolean oursWork = data.workdays().contains(d);
            boolean tymeOff = h != null && !h.isWork();
            boolean tymeWork = h != null && h.isWork();
            // tyme4j also marks the weekend next to a one-day holiday ("与周末连休") as off, where the notice
            // lists the holiday alone; that weekend is off either way, so on weekends ours must be a subset.
            boolean offDisagrees = weekday ? oursOff != tymeOff : oursOff && !tymeOff;
            if (offDisagrees || oursWork != tymeWork) {
                disagreements.add(d + " listed: ours off=" + oursOff + " work=" + oursWork
                        + ", tyme4j off=" + tymeOff + " work=" + tymeWork);
            }
        }
        assertThat(tymeEntries).as("tyme4j knows %d", year).isPositive();
        assertThat(disagreements).isEmpty();
    }
}
