package dev.csreview.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Factor;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.report.PackageSpec;
import org.junit.jupiter.api.Test;

/**
 * The draft and the final questionnaire differ exactly where the reference's draft-vs-final table
 * (measures-2022.md §3) says the texts differ.
 */
class DraftVersusFinalTest {
    private final Questionnaire finalText = Builtin.questionnaire(Builtin.FINAL);
    private final Questionnaire draft = Builtin.questionnaire(Builtin.DRAFT);

    @Test
    void articles_6_and_7_are_swapped() {
        assertThat(route(finalText, "art7_listing_abroad").cites()).extracting(Citation::ref).containsExactly("measures:7");
        assertThat(route(draft, "art6_listing_abroad").cites()).extracting(Citation::ref).containsExactly("measures:6");
        assertThat(finalText.questionsById().get("undertakings_in_contract").cites()).extracting(Citation::ref).contains("measures:6");
        assertThat(draft.questionsById().get("undertakings_in_contract").cites()).extracting(Citation::ref).contains("measures:7");
    }

    @Test
    void special_procedure_is_90_working_days_in_the_final_and_3_months_in_the_draft() {
        PackageSpec.Step finalStep = step(Builtin.packageSpec(Builtin.FINAL), "special");
        PackageSpec.Step draftStep = step(Builtin.packageSpec(Builtin.DRAFT), "special");
        assertThat(finalStep.days()).isEqualTo(90);
        assertThat(finalStep.months()).isNull();
        assertThat(draftStep.months()).isEqualTo(3);
    }

    @Test
    void article_10_items_5_6_7_follow_each_text() {
        assertThat(factor(finalText, "5").title().zh()).contains("非法利用、非法出境");
        assertThat(factor(draft, "5").title().zh()).contains("非法利用或出境").doesNotContain("非法出境");
        // Final item (6) speaks of listing in general and adds network information security risk.
        assertThat(factor(finalText, "6").title().zh()).startsWith("上市存在").endsWith("以及网络信息安全风险");
        assertThat(factor(draft, "6").title().zh()).startsWith("国外上市后").doesNotContain("网络信息安全风险");
        assertThat(factor(finalText, "7").title().zh()).contains("网络安全和数据安全");
        assertThat(factor(draft, "7").title().zh()).contains("国家数据安全");
    }

    @Test
    void factor_6_scores_a_hong_kong_listing_under_the_final_text_only() {
        String hk = Builtin.neutralAnswers("""
                platform_services: [app]
                persons_deduplicated: 5000000
                listing_planned: yes
                listing_venue: hong_kong
                listing_route: ipo
                foreign_application_filed: no
                intermediary_data_access: no
                foreign_regulator_access: no
                """);
        assertThat(score(Builtin.assess(finalText, "hk.yaml", Builtin.header(Builtin.FINAL) + hk), "6")).isGreaterThan(0);
        assertThat(score(Builtin.assess(draft, "hk.yaml", Builtin.header(Builtin.DRAFT) + hk), "6")).isZero();
    }

    @Test
    void the_draft_covers_any_data_processor_the_final_only_platform_operators() {
        // A manufacturer with no online services holding 3 million people's data, listing in New York.
        String manufacturer = Builtin.neutralAnswers("""
                platform_services: [none]
                persons_deduplicated: 3000000
                listing_planned: yes
                listing_venue: us
                listing_route: ipo
                foreign_application_filed: no
                intermediary_data_access: no
                foreign_regulator_access: no
                """);
        Assessment underFinal = Builtin.assess(finalText, "m.yaml", Builtin.header(Builtin.FINAL) + manufacturer);
        Assessment underDraft = Builtin.assess(draft, "m.yaml", Builtin.header(Builtin.DRAFT) + manufacturer);
        assertThat(outcome(underFinal, "art7_listing_abroad")).isEqualTo(Outcome.NOT_TRIGGERED);
        assertThat(outcome(underDraft, "art6_listing_abroad")).isEqualTo(Outcome.MUST_DECLARE);
        assertThat(draft.instruments().get("measures").summaries().get("2").zh()).contains("数据处理者");
        assertThat(finalText.instruments().get("measures").summaries().get("2").zh()).contains("网络平台运营者");
    }

    @Test
    void the_draft_has_no_mitigation_duty_nor_cumulative_reviews() {
        assertThat(finalText.notes()).anyMatch(n -> n.id().equals("cumulative_reviews"));
        assertThat(draft.notes()).noneMatch(n -> n.id().equals("cumulative_reviews"));
        assertThat(note(finalText, "review_mitigation")).extracting(Citation::ref).contains("measures:16");
        assertThat(note(draft, "review_mitigation")).extracting(Citation::ref).doesNotContain("measures:16");
    }

    private static dev.csreview.questionnaire.Determination route(Questionnaire q, String id) {
        return q.determinations().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static Factor factor(Questionnaire q, String number) {
        return q.factors().stream().filter(f -> f.number().equals(number)).findFirst().orElseThrow();
    }

    private static java.util.List<Citation> note(Questionnaire q, String id) {
        return q.notes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().cites();
    }

    private static PackageSpec.Step step(PackageSpec spec, String id) {
        return spec.timeline().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static int score(Assessment a, String number) {
        return a.factors().stream().filter(f -> f.factor().number().equals(number)).findFirst().orElseThrow().score();
    }

    private static Outcome outcome(Assessment a, String route) {
        return a.determinations().stream().filter(r -> r.determination().id().equals(route)).map(DeterminationResult::outcome).findFirst().orElseThrow();
    }
}
