package dev.csreview.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.FilingPlan;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.calendar.WorkingDays;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import dev.csreview.report.PackageSpec;
import dev.csreview.report.TemplateSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filing planner on the built-in reading: backward from the planned date, forward from a filing, warnings. */
class FilingPlannerTest {
    private static final String QUESTIONNAIRE = "cybersecurity-review-2022";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final WorkingDays DAYS = ChinaWorkingDays.builtin();

    static Assessment assess(String yaml) throws Exception {
        var q = new QuestionnaireCatalog().load(QUESTIONNAIRE, new QuestionnaireLoader()).questionnaire();
        var r = new ProfileAssessor(q).assess("plan.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        return r.assessment().orElseThrow(() -> new AssertionError(r.diagnostics()));
    }

    static FilingPlanner planner() throws Exception {
        TemplateSource source = new TemplateSource(QUESTIONNAIRE, null);
        return new FilingPlanner(PackageSpec.parse("package.yaml", source.readBytes("package.yaml").orElseThrow()), DAYS);
    }

    /** The US sample with its planned overseas application moved to {@code planned}, and extra answers. */
    static String usListing(LocalDate planned, String extra) throws Exception {
        return Files.readString(Path.of("samples/us-listing-platform.yaml"))
                .replace("planned_application_date: 2027-03-01", "planned_application_date: " + planned) + extra;
    }

    private static FilingPlan plan(LocalDate planned, String extra) throws Exception {
        return planner().plan(assess(usListing(planned, extra)), TODAY);
    }

    private static List<String> warnings(FilingPlan plan) {
        return plan.warnings().stream().map(FilingPlan.Warning::id).toList();
    }

    @Test
    void twenty_working_days_out_the_ordinary_review_cannot_finish_in_time() throws Exception {
        FilingPlan plan = plan(DAYS.plus(TODAY, 20), "");
        assertThat(warnings(plan)).containsExactly("plan:art7_listing_abroad:too-late");
        FilingPlan.Warning w = plan.warnings().get(0);
        assertThat(w.level()).isEqualTo(FilingPlan.Level.LATE);
        assertThat(w.location().line()).as("points at the planned date's answer").isGreaterThan(0);
        assertThat(w.message().zh()).contains("2026年3月30日").doesNotContain("2026-03");
        assertThat(w.message().en()).contains("30 March 2026");
    }

    @Test
    void an_overseas_application_already_in_without_a_review_is_late_whatever_was_planned() throws Exception {
        // Planned far ahead, but the application already went in (reviewer's profile 13): the submitted date counts.
        LocalDate submitted = TODAY.minusDays(20);
        String yaml = usListing(DAYS.plus(TODAY, 200), "").replace("foreign_application_filed: no",
                "foreign_application_filed: yes\n  foreign_application_date: " + submitted);
        FilingPlan plan = planner().plan(assess(yaml), TODAY);
        assertThat(warnings(plan)).contains("plan:art7_listing_abroad:happened-unreviewed");
        FilingPlan.Warning w = plan.warnings().get(0);
        assertThat(w.level()).isEqualTo(FilingPlan.Level.LATE);
        assertThat(w.message().en()).contains("went in on " + dev.csreview.profile.AnswerWords.in(dev.csreview.questionnaire.Lang.EN).date(submitted));
        assertThat(w.message().zh()).contains("尚未申报网络安全审查");
        FilingPlan.RoutePlan route = plan.routes().get(0);
        assertThat(route.planned()).isEqualTo(submitted);
        assertThat(date(route, "art7_listing_abroad:planned")).isEqualTo(submitted);
        // Even with today before the submission date (a --date in the past), no review before it is still late.
        assertThat(warnings(planner().plan(assess(yaml), submitted.minusDays(300)))).contains("plan:art7_listing_abroad:happened-unreviewed");
    }

    @Test
    void the_latest_filing_dates_leave_the_review_and_the_buffer_before_the_planned_date() throws Exception {
        LocalDate planned = DAYS.plus(TODAY, 120);
        FilingPlan plan = plan(planned, "");
        assertThat(plan.warnings()).isEmpty();
        FilingPlan.RoutePlan route = plan.routes().get(0);
        LocalDate latest = date(route, "art7_listing_abroad:latest");
        LocalDate extended = date(route, "art7_listing_abroad:latest_extended");
        // 10 + 30 + 15 working days of review and 10 of buffer end on or before the planned date, one day later not.
        assertThat(DAYS.plus(latest, 65)).isBeforeOrEqualTo(planned);
        assertThat(DAYS.plus(DAYS.plus(latest, 1), 65)).isAfter(planned);
        assertThat(DAYS.plus(extended, 80)).isBeforeOrEqualTo(planned);
        assertThat(DAYS.isWorkingDay(latest)).isTrue();
        assertThat(route.milestones()).extracting(FilingPlan.Milestone::date).isSorted();
        // A first listing files with the CSRC within 3 working days after the overseas application.
        assertThat(date(route, "art7_listing_abroad:csrc_filing")).isEqualTo(DAYS.plus(planned, 3));
    }

    @Test
    void a_plan_that_holds_only_without_the_extension_is_tight() throws Exception {
        FilingPlan plan = plan(DAYS.plus(TODAY, 70), "");
        assertThat(warnings(plan)).containsExactly("plan:art7_listing_abroad:no-room-for-extension");
        assertThat(plan.warnings().get(0).level()).isEqualTo(FilingPlan.Level.TIGHT);
    }

    @Test
    void a_planned_date_already_past_with_nothing_filed_is_late() throws Exception {
        FilingPlan plan = plan(TODAY.minusDays(3), "");
        assertThat(warnings(plan)).containsExactly("plan:art7_listing_abroad:date-passed");
    }

    @Test
    void once_filed_the_clock_runs_forward_from_the_filing_the_notice_and_the_pause_for_supplements() throws Exception {
        LocalDate filed = LocalDate.of(2026, 2, 2);
        LocalDate notice = LocalDate.of(2026, 2, 12);
        LocalDate requested = LocalDate.of(2026, 3, 2);
        LocalDate provided = LocalDate.of(2026, 3, 9);
        String progress = "  review_filed_on: " + filed + "\n  review_notice_on: " + notice
                + "\n  supplement_requested_on: " + requested + "\n  supplement_provided_on: " + provided + "\n";
        FilingPlan.RoutePlan route = plan(LocalDate.of(2026, 9, 1), progress).routes().get(0);
        assertThat(route.filed()).isTrue();
        assertThat(date(route, "art7_listing_abroad:decide")).isEqualTo(DAYS.plus(filed, 10));
        int pause = DAYS.between(requested, provided);
        LocalDate preliminary = DAYS.plus(DAYS.plus(notice, 30), pause);
        assertThat(date(route, "art7_listing_abroad:preliminary")).isEqualTo(preliminary);
        assertThat(date(route, "art7_listing_abroad:replies")).isEqualTo(DAYS.plus(preliminary, 15));
    }

    @Test
    void dates_beyond_the_calendar_data_say_they_rest_on_weekdays_alone() throws Exception {
        FilingPlan plan = planner().plan(assess(usListing(LocalDate.of(2027, 3, 1), "")), LocalDate.of(2026, 1, 15));
        assertThat(warnings(plan)).containsExactly("plan:art7_listing_abroad:weekdays-only");
        assertThat(plan.routes().get(0).milestones()).anyMatch(FilingPlan.Milestone::weekdaysOnly);
    }

    @Test
    void nothing_is_planned_without_a_planned_date_or_for_routes_not_triggered() throws Exception {
        String noDate = Files.readString(Path.of("samples/us-listing-platform.yaml")).replace("  planned_application_date: 2027-03-01\n", "");
        assertThat(planner().plan(assess(noDate), TODAY).isEmpty()).isTrue();
        String notTriggered = Files.readString(Path.of("samples/below-threshold-us-listing.yaml"));
        assertThat(planner().plan(assess(notTriggered), TODAY).routes()).isEmpty();
    }

    @Test
    void progress_dates_in_the_wrong_order_are_refused_at_the_answer() throws Exception {
        var q = new QuestionnaireCatalog().load(QUESTIONNAIRE, new QuestionnaireLoader()).questionnaire();
        String yaml = usListing(LocalDate.of(2026, 9, 1), "  review_filed_on: 2026-03-10\n  review_notice_on: 2026-03-02\n");
        var r = new ProfileAssessor(q).assess("plan.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.assessment()).isEmpty();
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("P025");
            assertThat(d.location().line()).isEqualTo((int) yaml.lines().takeWhile(l -> !l.contains("review_notice_on")).count() + 1);
        });
    }

    private static LocalDate date(FilingPlan.RoutePlan route, String id) {
        return route.milestones().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id)).date();
    }
}
