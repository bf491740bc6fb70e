package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An ICS TEXT value carries no control characters (RFC 5545 §3.3.11): a company name with DEL or NUL stays one line. */
class PlanCalendarTextTest {
    @Test
    void control_characters_and_delete_become_spaces_and_separators_are_escaped() {
        assertThat(PlanCalendar.text("A\u007fB\u0000C\tD;E,F\\G\r\nH")).isEqualTo("A B C D\\;E\\,F\\\\G\\nH");
    }
}
