package dev.csreview.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarLoaderTest {
    private static final String NOTICE =
            "    notice: {title: \"国务院办公厅关于2024年部分节假日安排的通知\", number: \"国办发明电〔2023〕7号\", published: \"2023-10-25\"}\n";

    private static final String GOOD = "calendar: cn-working-days\n"
            + "years:\n"
            + "  2024:\n"
            + NOTICE
            + "    holidays:\n"
            + "      - {from: \"2024-10-01\", to: \"2024-10-07\", name: {zh: 国庆节, en: National Day}}\n"
            + "    workdays: [\"2024-09-29\", \"2024-10-12\"]\n";

    private static WorkingDayCalendar load(String yaml) throws Exception {
        return new WorkingDayCalendarLoader()
                .load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void reads_a_minimal_year() throws Exception {
        WorkingDayCalendar cal = load(GOOD);
        assertThat(cal.coveredYears()).containsExactly(2024);
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 10, 1))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue();
        CalendarYear y = cal.years().get(0);
        assertThat(y.holidays()).singleElement().satisfies(h -> {
            assertThat(h.nameZh()).isEqualTo("国庆节");
            assertThat(h.nameEn()).isEqualTo("National Day");
        });
    }

    @Test
    void unquoted_dates_are_read_too() throws Exception {
        // Jackson's YAML reader keeps 2024-10-01 a string; the file quotes dates anyway, as the format asks.
        WorkingDayCalendar cal = load(GOOD.replace("\"2024-10-12\"", "2024-10-12"));
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "date that does not parse | \"2024-10-07\" | \"2024-10-32\" | to: '2024-10-32' is not a date",
                "range running backwards | to: \"2024-10-07\" | to: \"2024-09-30\" | 'to' 2024-09-30 is before 'from' 2024-10-01",
                "workday that is a day off | \"2024-10-12\" | \"2024-10-05\" | 2024-10-05 is also a day off",
                "workday on a weekday | \"2024-10-12\" | \"2024-10-08\" | 2024-10-08 is a TUESDAY",
                "workday in another year | \"2024-10-12\" | \"2025-01-04\" | 2025-01-04 is not in 2024",
                "holiday in another year | to: \"2024-10-07\" | to: \"2025-10-07\" | does not end in 2024",
                "misspelt key | workdays: | workday: | unknown key 'workday'",
                "missing workdays | `    workdays:` | `    # workdays:` | workdays: expected a list",
                "wrong calendar kind | cn-working-days | us-holidays | calendar: expected 'cn-working-days'",
                "year not four digits | `  2024:` | `  24:` | a year is four digits",
                "title of another year | 关于2024年 | 关于2023年 | does not name the year 2024",
                "date written as a number | \"2024-10-12\" | 20241012 | expected a date written",
                "empty name | zh: 国庆节 | `zh: ''` | name.zh: expected a non-empty string",
            })
    void rejects_bad_data(String what, String from, String to, String expected) {
        String bad = GOOD.replace(from, to);
        assertThat(bad).as("test setup for %s", what).isNotEqualTo(GOOD);
        assertThatThrownBy(() -> load(bad))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageStartingWith("test.yaml: invalid working-day calendar")
                .hasMessageContaining(expected);
    }

    @Test
    void a_year_given_twice_is_refused() {
        String twice = GOOD + GOOD.substring(GOOD.indexOf("  2024:"));
        assertThatThrownBy(() -> load(twice))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("not valid YAML")
                .hasMessageContaining("2024");
    }

    @Test
    void every_problem_is_reported_not_just_the_first() {
        String bad = GOOD.replace("\"2024-10-12\"", "\"2024-10-08\"").replace("to: \"2024-10-07\"", "to: \"x\"");
        assertThatThrownBy(() -> load(bad))
                .isInstanceOfSatisfying(CalendarDataException.class, e -> assertThat(e.problems())
                        .hasSize(2)
                        .anySatisfy(p -> assertThat(p).startsWith("years.2024.holidays[0].to:"))
                        .anySatisfy(p -> assertThat(p).startsWith("years.2024.workdays[1]:")));
    }

    @Test
    void not_yaml_and_not_a_mapping_are_refused() {
        assertThatThrownBy(() -> load("calendar: [unclosed")).isInstanceOf(CalendarDataException.class);
        assertThatThrownBy(() -> load("- just\n- a list\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("expected a mapping");
        assertThatThrownBy(() -> load("")).isInstanceOf(CalendarDataException.class);
    }

    @Test
    void the_builtin_file_is_on_the_classpath_and_valid() throws Exception {
        try (InputStream in = WorkingDayCalendarLoader.class.getResourceAsStream(WorkingDayCalendarLoader.BUILTIN_RESOURCE)) {
            assertThat(in).isNotNull();
            WorkingDayCalendar cal = new WorkingDayCalendarLoader().load(in, "builtin");
            assertThat(cal.coveredYears()).containsExactly(2022, 2023, 2024, 2025, 2026);
            for (CalendarYear y : cal.years()) {
                assertThat(y.notice().title()).isEqualTo("国务院办公厅关于" + y.year() + "年部分节假日安排的通知");
                assertThat(y.notice().number()).matches("国办发明电〔" + (y.year() - 1) + "〕\\d+号");
                assertThat(y.notice().published().getYear()).isEqualTo(y.year() - 1);
            }
        }
    }
}
