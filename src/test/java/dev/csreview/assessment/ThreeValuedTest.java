package dev.csreview.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.Expr;
import dev.csreview.questionnaire.ExpressionCompiler;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strong Kleene logic over facts: the truth of an expression does not depend on the order of its operands. */
class ThreeValuedTest {
    private static final ExpressionCompiler COMPILER = new ExpressionCompiler();
    private final Map<String, Fact> facts = new HashMap<>();

    private ThreeValuedTest fact(String id, Object value) {
        facts.put(id, new Fact(value, FactState.KNOWN, null, List.of()));
        return this;
    }

    private ThreeValuedTest unknown(String id) {
        facts.put(id, new Fact(null, FactState.UNKNOWN, null, List.of()));
        return this;
    }

    private ThreeValuedTest atLeast(String id, long value, String waitingOn) {
        FactRead open = new FactRead(waitingOn, null, null, null, FactState.UNKNOWN, null, List.of());
        facts.put(id, new Fact(value, FactState.LOWER_BOUND, null, List.of(open), List.of(open)));
        return this;
    }

    private static Expr expr(String source) {
        Diagnostics out = new Diagnostics();
        return COMPILER.compile(source, new Location("q.yaml", 1, 1), out).orElseThrow(() -> new AssertionError(out.list()));
    }

    private Condition test(String source) {
        return Conditions.test(expr(source), facts, null);
    }

    private List<String> openIds(String source) {
        return test(source).openFacts().stream().map(FactRead::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            u && f        ; FALSE
            f && u        ; FALSE
            u && t        ; UNCERTAIN
            t && u        ; UNCERTAIN
            u || t        ; TRUE
            t || u        ; TRUE
            u || f        ; UNCERTAIN
            f || u        ; UNCERTAIN
            !u            ; UNCERTAIN
            !(u && f)     ; TRUE
            !(f && u)     ; TRUE
            u && u        ; UNCERTAIN
            (u || t) && f ; FALSE
            f && (u || t) ; FALSE
            u and f       ; FALSE
            not u or t    ; TRUE
            """)
    void and_or_not_follow_strong_kleene_logic_in_either_order(String source, Truth expected) {
        unknown("u").fact("t", true).fact("f", false);
        assertThat(test(source).truth()).isEqualTo(expected);
    }

    @Test
    void a_comparison_with_an_unknown_operand_is_unknown_and_names_it() {
        unknown("users").fact("limit", 1_000_000L);
        assertThat(test("users > limit").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(openIds("users > limit")).containsExactly("users");
        assertThat(test("users == users").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(test("'app' =~ users").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(test("size(users) > 0").truth()).isEqualTo(Truth.UNCERTAIN);
    }

    @Test
    void only_the_unknowns_that_could_change_the_result_are_named() {
        unknown("a").unknown("b").unknown("c").fact("f", false).fact("t", true);
        // c cannot change "(a || b) && c" being unknown alone; here f decides the conjunction, so nothing is open.
        assertThat(test("a && f && b").truth()).isEqualTo(Truth.FALSE);
        assertThat(test("a && f && b").openFacts()).isEmpty();
        assertThat(test("a && f && b").reads()).extracting(FactRead::id).containsExactly("f");
        // a true operand decides a disjunction: the unknowns beside it are not to be found out.
        assertThat(test("a || t || b").openFacts()).isEmpty();
        // an operand that is false in a disjunction cannot change it: only a and b are named.
        assertThat(openIds("a || f || b")).containsExactlyInAnyOrder("a", "b");
        assertThat(openIds("b || f || a")).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void a_lower_bound_settles_only_the_comparisons_it_can_settle() {
        atLeast("pi", 2_000_000L, "persons");
        assertThat(test("pi > 1000000").truth()).isEqualTo(Truth.TRUE);
        assertThat(test("pi >= 2000000").truth()).isEqualTo(Truth.TRUE);
        assertThat(test("1000000 < pi").truth()).isEqualTo(Truth.TRUE);
        assertThat(test("pi < 1000000").truth()).isEqualTo(Truth.FALSE);
        assertThat(test("pi == 5").truth()).isEqualTo(Truth.FALSE);
        assertThat(test("pi > 3000000").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(openIds("pi > 3000000")).containsExactly("persons");
        // "at least 2,000,000 < 3,000,000" says nothing: it was read as true before.
        assertThat(test("pi < 3000000").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(test("pi + 1 > 2000000").truth()).isEqualTo(Truth.TRUE);
        assertThat(test("pi - 1 > 0").truth()).isEqualTo(Truth.UNCERTAIN);
    }

    @Test
    void a_settled_lower_bound_beside_an_unknown_does_not_name_the_bound_s_unknowns() {
        atLeast("pi", 2_000_000L, "persons").unknown("platform");
        assertThat(test("platform && pi > 1000000").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(openIds("platform && pi > 1000000")).containsExactly("platform");
        assertThat(openIds("pi > 1000000 && platform")).containsExactly("platform");
    }

    @Test
    void unknown_dot_id_is_a_known_yes_or_no() {
        unknown("u").fact("t", true);
        assertThat(test("unknown.u").truth()).isEqualTo(Truth.TRUE);
        assertThat(test("unknown.t").truth()).isEqualTo(Truth.FALSE);
        assertThat(test("unknown.u").reads()).isEmpty();
    }

    @Test
    void a_conditional_with_an_unknown_test_is_known_only_when_both_branches_agree() {
        unknown("u").fact("n", 3L);
        assertThat(test("u ? true : false").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(test("u ? n > 1 : n > 2").truth()).isEqualTo(Truth.TRUE);
    }

    @Test
    void an_operand_that_fails_on_the_answers_matters_only_when_nothing_else_decides() {
        fact("n", 0L).fact("total", 10L).fact("name", "Acme");
        assertThat(test("n > 0 && total / n > 2").truth()).isEqualTo(Truth.FALSE);
        assertThat(test("total / n > 2 && n > 0").truth()).isEqualTo(Truth.FALSE);
        assertThatThrownBy(() -> test("total / n > 2 || n > 0")).isInstanceOf(Expr.ExprException.class).hasMessageContaining("division by zero");
        assertThatThrownBy(() -> test("name > 5")).isInstanceOf(Expr.ExprException.class).hasMessageContaining("a text with a number");
    }

    @Test
    void a_pattern_runs_in_linear_time_whatever_the_answer() {
        fact("name", "a".repeat(35) + "b");
        Condition c = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> test("name =~ '(.*a){25}'"));
        assertThat(c.truth()).isEqualTo(Truth.FALSE);
        assertThat(test("name =~ 'a+b'").truth()).isEqualTo(Truth.TRUE);
        assertThat(test("name !~ 'a+b'").truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void texts_built_by_an_expression_are_bounded() {
        fact("name", "x".repeat(60_000));
        assertThatThrownBy(() -> test("name + name != ''"))
                .isInstanceOf(Expr.ExprException.class)
                .satisfies(e -> assertThat(((Expr.ExprException) e).code()).isEqualTo("E007"));
        fact("big", Long.MAX_VALUE);
        assertThatThrownBy(() -> test("big + 1 > 0"))
                .isInstanceOf(Expr.ExprException.class)
                .satisfies(e -> assertThat(((Expr.ExprException) e).code()).isEqualTo("E007"));
    }

    @Test
    void membership_in_a_list_and_in_a_multiple_choice_answer() {
        fact("venue", "us").fact("services", List.of("app", "website"));
        assertThat(test("venue =~ ['us', 'uk']").truth()).isEqualTo(Truth.TRUE);
        assertThat(test("venue !~ ['us', 'uk']").truth()).isEqualTo(Truth.FALSE);
        assertThat(test("'app' =~ services && size(services) == 2").truth()).isEqualTo(Truth.TRUE);
        assertThat(test("empty(services)").truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void an_operand_failing_beside_an_unknown_leaves_the_result_unknown() {
        unknown("flag").fact("n", 0L).fact("total", 10L);
        assertThat(test("flag && total / n > 2").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(test("total / n > 2 && flag").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(test("flag ? total / n > 2 : false").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(openIds("flag && total / n > 2")).containsExactly("flag");
    }

    @Test
    void a_lower_bound_of_zero_or_less_says_nothing_about_truth() {
        atLeast("none", 0L, "x").atLeast("minus", -1L, "y").atLeast("some", 3L, "z");
        assertThat(test("none").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(test("minus").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(test("empty(minus)").truth()).isEqualTo(Truth.UNCERTAIN);
        assertThat(test("some").truth()).isEqualTo(Truth.TRUE);
        assertThat(test("empty(some)").truth()).isEqualTo(Truth.FALSE);
    }
}
