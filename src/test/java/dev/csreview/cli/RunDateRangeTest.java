package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One rule for the run's date, whichever way it is given (--date, SOURCE_DATE_EPOCH, timeline --submitted): a year
 * from 2000 to 2099, so no date the run prints or counts from it reads "1969-12-31" or "+10000-01-14".
 */
class RunDateRangeTest {
    private static CliTest.Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(dev.csreview.run.RunContext.of(env), args, new PrintWriter(out), new PrintWriter(err));
        return new CliTest.Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "253402300800", "-99999999999", "4102444800"})
    void source_date_epoch_outside_the_range_is_refused_with_the_date_it_gives(String epoch) {
        CliTest.Run r = run(Map.of("SOURCE_DATE_EPOCH", epoch), "--lang", "en", "assess", "samples/us-listing-platform.yaml", "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("SOURCE_DATE_EPOCH " + epoch + " is the date", "from 2000-01-01 to 2099-12-31")
                .doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("\"today\"");
        CliTest.Run zh = run(Map.of("SOURCE_DATE_EPOCH", epoch), "--lang", "zh", "assess", "samples/us-listing-platform.yaml");
        assertThat(zh.err()).contains("运行日期须在 2000-01-01 至 2099-12-31 之间");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1764806400", "946684800"})
    void source_date_epoch_inside_the_range_gives_that_day(String epoch) {
        CliTest.Run r = run(Map.of("SOURCE_DATE_EPOCH", epoch), "assess", "samples/us-listing-platform.yaml", "--format", "json");
        assertThat(r.err()).doesNotContain("SOURCE_DATE_EPOCH");
        assertThat(r.out()).containsPattern("\"today\" : \"20\\d\\d-\\d\\d-\\d\\d\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31", "1900-01-01", "1999-12-31", "2100-01-01", "+10000-01-01", "2026-02-30"})
    void submitted_and_date_outside_the_range_are_refused(String date) {
        CliTest.Run timeline = CliTest.run("--lang", "en", "timeline", "--submitted", date);
        assertThat(timeline.code()).isEqualTo(ExitCode.INVALID);
        assertThat(timeline.err()).contains("from 2000-01-01 to 2099-12-31, not '" + date + "'");
        assertThat(timeline.out()).doesNotContain("+10000", "1900-");
        CliTest.Run assess = CliTest.run("--lang", "en", "assess", "samples/us-listing-platform.yaml", "--date", date);
        assertThat(assess.code()).isEqualTo(ExitCode.INVALID);
        assertThat(assess.err()).contains("--date takes a date YYYY-MM-DD from 2000-01-01 to 2099-12-31, not '" + date + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000-01-01", "2099-12-31"})
    void the_range_ends_are_accepted_and_later_dates_are_warned_as_weekdays_only(String date) {
        CliTest.Run timeline = CliTest.run("--lang", "en", "timeline", "--submitted", date);
        assertThat(timeline.code()).isZero();
        assertThat(timeline.out()).contains("Materials received: " + date, "beyond the years the holiday data covers")
                .doesNotContainPattern("[+-]\\d{5}");
    }
}
