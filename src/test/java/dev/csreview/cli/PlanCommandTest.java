package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.calendar.ChinaWorkingDays;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filing plan through the commands: a plan that cannot hold is a finding in every format, --fail-on late acts
 * on it, and the package's timeline.ics parses with an independent parser, in order, with stable UIDs.
 */
class PlanCommandTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path tmp;

    /** The US sample planning its overseas application 20 working days after TODAY. */
    private Path lateProfile() throws Exception {
        LocalDate planned = ChinaWorkingDays.builtin().plus(TODAY, 20);
        Path p = tmp.resolve("late.yaml");
        Files.writeString(p, Files.readString(Path.of("samples/us-listing-platform.yaml"))
                .replace("planned_application_date: 2027-03-01", "planned_application_date: " + planned), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void a_plan_that_cannot_hold_warns_in_every_format_and_fails_the_gate_on_late() throws Exception {
        Path profile = lateProfile();
        Path out = tmp.resolve("out");
        CliTest.Run r = CliTest.run("assess", "--date", TODAY.toString(), "--format", "text,json,sarif,junit,github", "--output-dir", out.toString(),
                "--fail-on", "late", profile.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        String id = "plan:art7_listing_abroad:too-late";
        assertThat(Files.readString(out.resolve("csreview.txt"))).contains("Filing plan", "falls inside the ordinary review period");
        assertThat(Files.readString(out.resolve("csreview.json"))).contains(id);
        assertThat(Files.readString(out.resolve("csreview.sarif"))).contains(id);
        assertThat(Files.readString(out.resolve("csreview.junit.xml"))).contains(id);
        assertThat(r.out()).contains("::error").contains("late.yaml,line=");
        // The same profile without the gate on late passes; --fail-on takes several levels.
        assertThat(CliTest.run("assess", "--date", TODAY.toString(), "--format", "json", profile.toString()).code()).isZero();
        assertThat(CliTest.run("assess", "--date", TODAY.toString(), "--format", "json", "--fail-on", "should-consider,late", profile.toString()).code()).isEqualTo(1);
    }

    @Test
    void the_package_calendar_parses_in_order_with_uids_stable_across_runs() throws Exception {
        Path profile = lateProfile();
        byte[] first = packageCalendar(profile, "a");
        byte[] second = packageCalendar(profile, "b");
        assertThat(second).as("byte-identical for the same answers and --date").isEqualTo(first);
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(first, StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSizeGreaterThanOrEqualTo(4);
        List<String> starts = new ArrayList<>();
        List<String> uids = new ArrayList<>();
        for (VEvent e : events) {
            starts.add(e.getProperty("DTSTART").orElseThrow().getValue());
            uids.add(e.getProperty("UID").orElseThrow().getValue());
        }
        assertThat(starts).isSorted();
        assertThat(uids).doesNotHaveDuplicates();
        // A later run on another day moves the dates, not the events: the UIDs stay.
        Path out = tmp.resolve("later");
        CliTest.run("assess", "--date", TODAY.plusDays(7).toString(), "--out", out.toString(), "--format", "json", profile.toString());
        String later = Files.readString(onlyPackage(out).resolve("timeline.ics"));
        for (String uid : uids) {
            assertThat(later).contains(uid);
        }
    }

    @Test
    void timeline_prints_a_profile_s_plan_and_gates_on_late() throws Exception {
        Path profile = lateProfile();
        CliTest.Run text = CliTest.run("timeline", "--date", TODAY.toString(), "--lang", "zh", profile.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("申报计划", "落在常规审查期内", "向中国证监会备案").doesNotContain("2026-0");
        assertThat(CliTest.run("timeline", "--date", TODAY.toString(), "--fail-on", "late", profile.toString()).code()).isEqualTo(1);
        CliTest.Run json = CliTest.run("timeline", "--date", TODAY.toString(), "--format", "json", profile.toString());
        assertThat(json.out()).contains("\"id\" : \"plan:art7_listing_abroad:too-late\"", "\"kind\" : \"latest_filing\"");
        assertThat(CliTest.run("timeline").code()).isEqualTo(ExitCode.INVALID);
        // A profile's plan counts from its own filing date: a second one is refused, not silently ignored.
        CliTest.Run both = CliTest.run("timeline", "--submitted", "2026-12-01", profile.toString());
        assertThat(both.code()).isEqualTo(ExitCode.INVALID);
        assertThat(both.err()).contains("not both", "review_filed_on");
    }

    private byte[] packageCalendar(Path profile, String name) throws Exception {
        Path out = tmp.resolve(name);
        CliTest.Run r = CliTest.run("assess", "--date", TODAY.toString(), "--out", out.toString(), "--format", "json", profile.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return Files.readAllBytes(onlyPackage(out).resolve("timeline.ics"));
    }

    private static Path onlyPackage(Path out) throws Exception {
        try (var list = Files.list(out)) {
            return list.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}
