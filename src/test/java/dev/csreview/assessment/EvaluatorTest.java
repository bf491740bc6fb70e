package dev.csreview.assessment;

import static dev.csreview.Fixtures.assess;
import static dev.csreview.Fixtures.assessOk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.profile.AnswerStatus;
import dev.csreview.questionnaire.Outcome;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final String BASE = """
            name: Acme
            flagged: yes
            count_a: 50
            count_b: 500
            colour: red
            since: 2010-05-01
            """;

    private static DeterminationResult route(Assessment a) {
        return a.determinations().get(0);
    }

    @Test
    void known_facts_decide_the_first_case_that_holds() {
        Assessment a = assessOk(BASE);
        assertThat(route(a).outcome()).isEqualTo(Outcome.MUST_DECLARE);
        assertThat(route(a).drivers()).extracting(FactRead::id).contains("flagged", "biggest");
        assertThat(a.notes()).extracting(n -> n.note().id()).containsExactly("note_red");
    }

    @Test
    void otherwise_applies_when_every_case_is_false_on_known_facts() {
        Assessment a = assessOk("""
                name: Acme
                flagged: no
                count_a: 5
                count_b: 6
                colour: blue
                """);
        assertThat(route(a).outcome()).isEqualTo(Outcome.NOT_TRIGGERED);
        assertThat(route(a).missing()).isEmpty();
    }

    @Test
    void an_unknown_is_never_taken_as_no() {
        Assessment a = assessOk("""
                name: Acme
                flagged: unknown
                count_a: 5000
                count_b: 6
                colour: blue
                """);
        DeterminationResult r = route(a);
        assertThat(r.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(r.leaning()).isEqualTo(Outcome.NOT_TRIGGERED);
        assertThat(r.openCases()).extracting(Determination_Case_outcome()).containsExactly(Outcome.MUST_DECLARE);
        assertThat(r.missing()).extracting(FactRead::id).containsExactly("flagged");
    }

    private static org.assertj.core.api.iterable.ThrowingExtractor<dev.csreview.questionnaire.Determination.Case, Outcome, RuntimeException> Determination_Case_outcome() {
        return dev.csreview.questionnaire.Determination.Case::outcome;
    }

    private static Assessment withRiskyItem(String flagged) {
        return assessOk("name: Acme\nflagged: " + flagged + "\ncount_a: 5000\ncount_b: 6\ncolour: blue\n"
                + "items:\n  - label: B\n    risky: yes\n    why_risky: x\n");
    }

    @Test
    void a_reason_written_for_the_cases_above_failing_does_not_hold_while_one_is_open() {
        // "Neither" (otherwise) would state the unknown flag as a no.
        DeterminationResult open = route(assessOk("name: Acme\nflagged: unknown\ncount_a: 5000\ncount_b: 6\ncolour: blue\n"));
        assertThat(open.reasonHolds()).isFalse();
        assertThat(open.reasonOpen()).extracting(FactRead::id).containsExactly("flagged");
        assertThat(route(assessOk(BASE)).reasonHolds()).isTrue();
        // A case that holds below an open one: its reason is not shown either, unless it stands alone.
        DeterminationResult below = route(withRiskyItem("unknown"));
        assertThat(below.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(below.leaning()).isEqualTo(Outcome.SHOULD_CONSIDER);
        assertThat(below.decidingCase().standsAlone()).isFalse();
        assertThat(below.reasonHolds()).isFalse();
        // Every fact known false above it: the reason holds.
        assertThat(route(withRiskyItem("no")).reasonHolds()).isTrue();
    }

    @Test
    void a_lower_bound_settles_a_comparison_that_already_holds() {
        Assessment a = assessOk("""
                name: Acme
                flagged: yes
                count_a: unknown
                count_b: 500
                colour: blue
                since: 2010-01-01
                """);
        assertThat(route(a).outcome()).isEqualTo(Outcome.MUST_DECLARE);
    }

    @Test
    void a_lower_bound_does_not_settle_a_comparison_that_fails() {
        Assessment a = assessOk("""
                name: Acme
                flagged: yes
                count_a: unknown
                count_b: 50
                colour: blue
                since: 2010-01-01
                """);
        assertThat(route(a).outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(route(a).missing()).extracting(FactRead::id).containsExactly("count_a");
    }

    @Test
    void per_item_rules_fire_per_item_and_name_it() {
        Assessment a = assessOk(BASE + """
                items:
                  - label: Router
                    risky: yes
                    why_risky: remote access
                  - label: Switch
                    risky: no
                  - label: Server
                    risky: unknown
                """);
        FactorScore f = a.factors().get(0);
        assertThat(f.certainHits()).extracting(h -> h.rule().id() + ":" + h.itemLabel()).containsExactly("risky_item:Router", "big:null");
        assertThat(f.possibleHits()).extracting(RuleHit::itemLabel).containsExactly("Server");
        assertThat(f.score()).isEqualTo(2 + 1);
        assertThat(f.potential()).isEqualTo(2 + 2 + 1);
        assertThat(f.level().id()).isEqualTo("high");
        ComputedValue count = a.computed().stream().filter(c -> c.computed().id().equals("risky_count")).findFirst().orElseThrow();
        assertThat(count.value()).isEqualTo(1L);
        assertThat(count.state()).isEqualTo(FactState.LOWER_BOUND);
    }

    @Test
    void any_over_items_is_true_once_one_item_certainly_holds() {
        Assessment a = assessOk("""
                name: Acme
                flagged: no
                count_a: 1
                count_b: 1
                colour: blue
                items:
                  - label: A
                    risky: unknown
                  - label: B
                    risky: yes
                    why_risky: x
                """);
        assertThat(route(a).outcome()).isEqualTo(Outcome.SHOULD_CONSIDER);
    }

    @Test
    void conditions_make_questions_not_applicable_and_answers_to_them_are_reported() {
        ProfileAssessor.Result r = assess("""
                name: Acme
                flagged: no
                count_a: 1
                count_b: 1
                colour: blue
                since: 2010-01-01
                """);
        assertThat(r.assessment()).isPresent();
        assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("P020");
        assertThat(r.assessment().get().answers().answers().get("since").status()).isEqualTo(AnswerStatus.NOT_APPLICABLE);
    }

    @Test
    void defaults_apply_to_unanswered_questions() {
        Assessment a = assessOk(BASE);
        assertThat(a.answers().answers().get("extras").status()).isEqualTo(AnswerStatus.DEFAULTED);
        assertThat(a.answers().answers().get("extras").value()).isEqualTo(java.util.List.of("x"));
    }

    @Test
    void validation_failures_are_errors_with_the_questionnaire_message() {
        ProfileAssessor.Result r = assess(BASE.replace("2010-05-01", "1999-12-31"));
        assertThat(r.assessment()).isEmpty();
        assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("P025");
        assertThat(r.diagnostics().get(0).message(java.util.Locale.ENGLISH)).contains("cannot be before 2000");
        assertThat(r.diagnostics().get(0).message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("不能早于2000年");
    }

    @Test
    void missing_required_answers_are_errors_that_suggest_unknown_where_allowed() {
        ProfileAssessor.Result r = assess("""
                name: Acme
                count_a: 1
                count_b: 1
                colour: blue
                """);
        assertThat(r.assessment()).isEmpty();
        assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("P021");
        assertThat(r.diagnostics().get(0).args()).containsExactly("flagged");
    }

    @Test
    void evaluation_is_deterministic() {
        String yaml = BASE + "items:\n  - label: A\n    risky: unknown\n";
        var json = new dev.csreview.output.AssessmentJson();
        assertThat(json.render(assessOk(yaml), "t")).isEqualTo(json.render(assessOk(yaml), "t"));
    }
}
