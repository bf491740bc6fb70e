package dev.csreview.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.Fixtures;
import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.output.AssessmentJson;
import dev.csreview.output.RouteReason;
import dev.csreview.output.TextReport;
import dev.csreview.questionnaire.Determination;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * A route's reason is shown only when the facts it rests on are known (reviewer's profiles, src/test/resources/
 * review-profiles): a case's reason is written for the cases above it having failed, so while one of them is open the
 * route names the unknown facts instead of stating them as a "no".
 */
class ReasonsRestOnKnownFactsTest {
    private final Questionnaire q = Builtin.questionnaire(Builtin.FINAL);

    private Assessment profile(String name) {
        var r = new ProfileAssessor(q).assess(name, Fixtures.resource("/review-profiles/" + name + ".yaml"));
        return r.assessment().orElseThrow(() -> new AssertionError(r.diagnostics()));
    }

    private static DeterminationResult route(Assessment a, String id) {
        return a.determinations().stream().filter(r -> r.determination().id().equals(id)).findFirst().orElseThrow();
    }

    /** Everything a person or a machine reads of the assessment, in both languages. */
    private static String everything(Assessment a) {
        return new TextReport(Lang.EN).render(a) + new TextReport(Lang.ZH).render(a) + new AssessmentJson().render(a, "test");
    }

    @Test
    void an_item_whose_cii_use_is_unknown_is_not_called_outside_the_cii() {
        Assessment a = profile("01-ciio-foreign-cloud-unknown-impact");
        DeterminationResult art5 = route(a, "art5_procurement");
        assertThat(art5.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(art5.reasonHolds()).isFalse();
        String en = RouteReason.in(q, art5, Lang.EN);
        assertThat(en).contains("Will it serve the critical information infrastructure", "could make it MUST DECLARE", "SHOULD CONSIDER");
        assertThat(everything(a)).doesNotContain("An item outside the CII", "不用于关键信息基础设施");
    }

    @Test
    void an_unknown_ciio_status_is_not_called_not_a_ciio() {
        Assessment a = profile("08-ciio-status-unknown-foreign-db");
        DeterminationResult art5 = route(a, "art5_procurement");
        assertThat(art5.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(RouteReason.in(q, art5, Lang.EN)).contains("identified as a critical information infrastructure operator")
                .doesNotContain("Not a CIIO");
        assertThat(RouteReason.in(q, art5, Lang.ZH)).contains("关键信息基础设施运营者").doesNotContain("不是关键信息基础设施运营者");
        assertThat(everything(a)).doesNotContain("Not a CIIO, or nothing", "An item outside the CII");
    }

    @Test
    void platform_users_answered_yes_is_never_told_no_individuals_use_the_services() {
        Assessment a = profile("05-users-partly-unknown-us");
        DeterminationResult art7 = route(a, "art7_listing_abroad");
        assertThat(art7.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(art7.missing()).extracting(r -> r.id()).containsExactlyInAnyOrder("persons_deduplicated", "users_active_12m");
        assertThat(art7.couldBe()).extracting(Determination.Case::outcome).containsExactly(Outcome.MUST_DECLARE);
        assertThat(everything(a)).doesNotContain("No individuals use", "没有个人作为用户使用", "No listing abroad, or not a platform operator");
    }

    @Test
    void five_million_accounts_with_the_services_unknown_cannot_tell_and_never_say_no_users() {
        // 2.0.0's reading: a platform needs its services known (is_platform); unknown services leave Art. 7 open,
        // and the route names the unknown that could make it MUST DECLARE instead of "no individuals use".
        Assessment a = profile("09-platform-status-unknown-us");
        DeterminationResult art7 = route(a, "art7_listing_abroad");
        assertThat(art7.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(art7.reasonHolds()).isFalse();
        assertThat(everything(a)).doesNotContain("No individuals use").contains("could make it MUST DECLARE");
    }

    @Test
    void hong_kong_is_worded_as_the_reading_taken_and_unsettled() {
        for (String name : new String[] {"04-hk-redchip-important-data", "12-hk-all-counts-unknown"}) {
            DeterminationResult art7 = route(profile(name), "art7_listing_abroad");
            assertThat(art7.outcome()).as(name).isEqualTo(Outcome.NOT_TRIGGERED);
            assertThat(art7.reasonHolds()).as(name).isTrue();
            assertThat(art7.decidingCase().reason().en()).contains("The tool reads", "not settled", "Art. 16")
                    .doesNotContain("are not \"abroad\"");
            assertThat(art7.decidingCase().reason().zh()).contains("本工具的理解", "尚无定论").doesNotContain("不属于第七条所称");
        }
    }

    @Test
    void an_otherwise_reason_never_stands_while_a_case_is_open() {
        Assessment a = profile("08-ciio-status-unknown-foreign-db");
        DeterminationResult art5 = route(a, "art5_procurement");
        assertThat(art5.decidingCase()).isSameAs(art5.determination().otherwise());
        assertThat(art5.reasonHolds()).isFalse();
        // Only the first open case, and cases whose reason stands alone, are offered as what it could be.
        assertThat(art5.couldBe()).allMatch(c -> c.standsAlone() || c == art5.openCases().get(0));
    }

    @Test
    void an_application_already_filed_abroad_without_a_review_fails_the_late_gate() throws Exception {
        java.nio.file.Path profile = java.nio.file.Files.createTempFile("13-already-filed-abroad", ".yaml");
        try {
            java.nio.file.Files.write(profile, Fixtures.resource("/review-profiles/13-already-filed-abroad.yaml"));
            java.io.StringWriter out = new java.io.StringWriter();
            int code = dev.csreview.cli.Main.run(new String[] {"assess", profile.toString(), "--format", "text", "--date", "2026-12-05",
                    "--fail-on", "late"}, new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
            assertThat(code).as(out.toString()).isEqualTo(1);
            assertThat(out.toString()).contains("went in on 1 November 2026", "Overseas listing application (submitted)");
            java.io.StringWriter plan = new java.io.StringWriter();
            dev.csreview.cli.Main.run(new String[] {"timeline", profile.toString(), "--date", "2026-12-05"}, new java.io.PrintWriter(plan),
                    new java.io.PrintWriter(new java.io.StringWriter()));
            assertThat(plan.toString()).doesNotContain("No filing plan").contains("1 November 2026");
        } finally {
            java.nio.file.Files.deleteIfExists(profile);
        }
    }

    @Test
    void a_reason_that_stands_alone_is_shown_while_a_case_above_is_open() {
        // Core data unknown (the first Arts. 2/16 case is open), a platform with notified important data: that reason
        // rests on its own condition, so it is given; the unknown changes nothing about the outcome.
        Assessment a = Builtin.assess(q, "p.yaml", Builtin.header(Builtin.FINAL) + Builtin.neutralAnswers("""
                platform_services: [app]
                users_registered: 300000
                important_data: notified
                core_data: unknown
                """));
        DeterminationResult art216 = route(a, "art2_16_data_processing");
        assertThat(art216.outcome()).isEqualTo(Outcome.SHOULD_CONSIDER);
        assertThat(art216.openCases()).isNotEmpty();
        assertThat(art216.reasonHolds()).isTrue();
        assertThat(RouteReason.in(q, art216, Lang.EN)).contains("notified important data");
    }
}
