package dev.csreview.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar cal = WorkingDayCalendar.builtin();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} working={1}")
    @CsvSource({
        // 2024 National Day: 10-01..07 off, Sunday 09-29 and Saturday 10-12 are working days.
        "2024-09-29, true", "2024-09-30, true", "2024-10-01, false", "2024-10-04, false", "2024-10-07, false",
        "2024-10-08, true", "2024-10-12, true", "2024-10-13, false",
        // 2024 Spring Festival: New Year's Eve 02-09 stays a working day (the notice only encourages leave).
        "2024-02-04, true", "2024-02-09, true", "2024-02-10, false", "2024-02-17, false", "2024-02-18, true",
        // 2025 Spring Festival: 01-28 (eve) to 02-04 off, Sunday 01-26 and Saturday 02-08 worked.
        "2025-01-26, true", "2025-01-27, true", "2025-01-28, false", "2025-02-03, false", "2025-02-04, false",
        "2025-02-05, true", "2025-02-08, true", "2025-02-09, false",
        // 2025 New Year's Day on a Wednesday, no make-up day.
        "2025-01-01, false", "2025-01-02, true", "2025-01-04, false",
        // 2026: New Year 01-01..03 with Sunday 01-04 worked; Spring Festival 02-15..23; Saturday 02-28 worked.
        "2026-01-01, false", "2026-01-02, false", "2026-01-04, true", "2026-02-14, true", "2026-02-16, false",
        "2026-02-23, false", "2026-02-24, true", "2026-02-28, true", "2026-10-10, true", "2026-10-11, false",
        // 2023 New Year began on Saturday 2022-12-31, in the 2023 notice; 2023-01-02 Monday off.
        "2023-01-02, false", "2023-01-03, true",
        // An ordinary week.
        "2024-03-11, true", "2024-03-16, false", "2024-03-17, false",
    })
    void known_days(LocalDate date, boolean working) {
        assertThat(cal.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void covers_exactly_the_years_in_the_data() {
        assertThat(cal.coveredYears()).containsExactly(2022, 2023, 2024, 2025, 2026);
        assertThat(cal.covers(d("2022-01-01"))).isTrue();
        assertThat(cal.covers(d("2026-12-31"))).isTrue();
        assertThat(cal.covers(d("2021-12-31"))).isFalse();
        assertThat(cal.covers(d("2027-01-01"))).isFalse();
    }

    @Test
    void each_year_cites_its_notice() {
        assertThat(cal.notice(2024)).hasValueSatisfying(n -> {
            assertThat(n.title()).isEqualTo("国务院办公厅关于2024年部分节假日安排的通知");
            assertThat(n.number()).isEqualTo("国办发明电〔2023〕7号");
            assertThat(n.published()).isEqualTo(d("2023-10-25"));
        });
        assertThat(cal.notice(2026).orElseThrow().number()).isEqualTo("国办发明电〔2025〕7号");
        assertThat(cal.notice(2027)).isEmpty();
    }

    @Test
    void the_day_after_start_is_the_first_counted_day() {
        // Monday 2024-03-11: one working day later is Tuesday, not the start itself.
        assertThat(cal.addWorkingDays(d("2024-03-11"), 1)).isEqualTo(d("2024-03-12"));
        // Friday: the weekend is skipped, one working day later is Monday.
        assertThat(cal.addWorkingDays(d("2024-03-15"), 1)).isEqualTo(d("2024-03-18"));
        // Starting on a day off changes nothing: counting still begins the next day.
        assertThat(cal.addWorkingDays(d("2024-03-16"), 1)).isEqualTo(d("2024-03-18"));
        // Zero working days is the start itself.
        assertThat(cal.addWorkingDays(d("2024-03-16"), 0)).isEqualTo(d("2024-03-16"));
    }

    @Test
    void counting_across_national_day_2024() {
        // Friday 2024-09-27: Sunday 09-29 (make-up) and Monday 09-30 count, then 10-01..07 are off, then 10-08.
        assertThat(cal.addWorkingDays(d("2024-09-27"), 1)).isEqualTo(d("2024-09-29"));
        assertThat(cal.addWorkingDays(d("2024-09-27"), 2)).isEqualTo(d("2024-09-30"));
        assertThat(cal.addWorkingDays(d("2024-09-27"), 3)).isEqualTo(d("2024-10-08"));
        // 10-08..11 are four working days, Saturday 10-12 the fifth.
        assertThat(cal.addWorkingDays(d("2024-09-30"), 5)).isEqualTo(d("2024-10-12"));
    }

    @Test
    void counting_across_spring_festival_2025() {
        // Arts. 9/11/12 style: 10 working days from Friday 2025-01-24.
        // Counted: 01-26 (Sun, make-up), 01-27, then off to 02-04, 02-05, 02-06, 02-07, 02-08 (Sat, make-up),
        // 02-10, 02-11, 02-12, 02-13 -> the tenth is 02-13.
        assertThat(cal.addWorkingDays(d("2025-01-24"), 10)).isEqualTo(d("2025-02-13"));
        // Plain weekdays would have said 2025-02-07: the holiday data matters.
        assertThat(cal.addWorkingDays(d("2025-01-24"), 10)).isNotEqualTo(d("2025-02-07"));
    }

    @Test
    void thirty_and_fifteen_working_days_in_a_covered_year_are_covered() {
        Deadline due = cal.deadline(d("2024-09-20"), 30);
        assertThat(due.covered()).isTrue();
        assertThat(due.yearsNotCovered()).isEmpty();
        assertThat(due.date()).isEqualTo(cal.addWorkingDays(d("2024-09-20"), 30));
        assertThat(cal.workingDaysBetween(d("2024-09-20"), due.date())).isEqualTo(30);
    }

    @Test
    void past_the_covered_years_it_counts_weekdays_and_says_so() {
        // From Monday 2026-12-21: 12-22..12-25 (4), 12-28..12-31 (8), then 2027 is not in the data.
        Deadline due = cal.deadline(d("2026-12-21"), 10);
        assertThat(due.date()).isEqualTo(d("2027-01-04"));
        assertThat(due.covered()).isFalse();
        assertThat(due.yearsNotCovered()).containsExactly(2027);
        assertThat(due.start()).isEqualTo(d("2026-12-21"));
        assertThat(due.workingDays()).isEqualTo(10);
        // 2027-01-01 is certainly a holiday, but with no notice yet the fallback treats a Friday as working.
        assertThat(cal.isWorkingDay(d("2027-01-01"))).isTrue();
        assertThat(cal.isWorkingDay(d("2027-01-02"))).isFalse();
    }

    @Test
    void a_deadline_inside_the_data_is_not_flagged_even_when_the_start_is_not() {
        // The start itself is not counted, so starting on 2021-12-31 and counting into 2022 is covered.
        Deadline due = cal.deadline(d("2021-12-31"), 1);
        assertThat(due.date()).isEqualTo(d("2022-01-04"));
        assertThat(due.covered()).isTrue();
    }

    @Test
    void years_before_the_data_are_flagged_too() {
        Deadline due = cal.deadline(d("2021-12-20"), 15);
        assertThat(due.yearsNotCovered()).containsExactly(2021);
    }

    @Test
    void working_days_between_is_the_inverse_of_adding() {
        LocalDate start = d("2022-01-01");
        for (int n = 0; n <= 400; n += 7) {
            LocalDate end = cal.addWorkingDays(start, n);
            assertThat(cal.workingDaysBetween(start, end)).as("n=%d", n).isEqualTo(n);
            assertThat(cal.isWorkingDay(end) || n == 0).isTrue();
        }
        assertThat(cal.workingDaysBetween(d("2024-10-01"), d("2024-10-07"))).isZero();
        assertThat(cal.workingDaysBetween(d("2024-09-28"), d("2024-10-12"))).isEqualTo(7);
        assertThat(cal.workingDaysBetween(d("2024-10-12"), d("2024-09-28"))).isEqualTo(-7);
        assertThat(cal.workingDaysBetween(d("2024-10-12"), d("2024-10-12"))).isZero();
    }

    @Test
    void negative_counts_are_refused() {
        assertThatThrownBy(() -> cal.addWorkingDays(d("2024-01-10"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_empty_calendar_is_plain_weekdays_everywhere() {
        WorkingDayCalendar none = new WorkingDayCalendar(List.of());
        assertThat(none.isWorkingDay(d("2024-10-01"))).isTrue();
        Deadline due = none.deadline(d("2024-09-27"), 3);
        assertThat(due.date()).isEqualTo(d("2024-10-02"));
        assertThat(due.yearsNotCovered()).containsExactly(2024);
    }

    @Test
    void the_same_year_twice_is_refused() {
        CalendarYear y = cal.years().get(0);
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(y, y))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builtin_is_loaded_once() {
        assertThat(WorkingDayCalendar.builtin()).isSameAs(WorkingDayCalendarLoader.builtin());
    }
}
