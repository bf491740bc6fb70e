package dev.csreview.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Today's date as LocalDate.now() gives it, in zones either side of UTC and across the date line. */
class TodayTest {
    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Asia/Shanghai", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns", "Asia/Kathmandu"})
    void the_date_is_the_one_local_date_now_gives(String zone) {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            LocalDate earlier = LocalDate.now();
            LocalDate today = Today.onThisMachine();
            LocalDate later = LocalDate.now();
            // Either side of one midnight at most: the two calls may straddle it.
            assertThat(today).isBetween(earlier, later);
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
