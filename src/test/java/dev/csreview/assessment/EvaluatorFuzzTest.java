package dev.csreview.assessment;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.Expr;
import dev.csreview.questionnaire.ExpressionCompiler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzz target for the three-valued evaluator: any expression that compiles evaluates, over facts of every kind and
 * state (known, unknown, missing, not applicable, lower bound; yes/no, numbers, texts, lists, records), to a value or
 * to the expression's own failure (E006 kinds that do not mix, E007 a limit) — nothing else, and within Jazzer's
 * time limit. {@code ./mvnw verify} replays src/test/resources/dev/csreview/assessment/EvaluatorFuzzTestInputs/;
 * fuzz for real with {@code JAZZER_FUZZ=1 ./mvnw -B test -Dtest='EvaluatorFuzzTest'} (docs/fuzzing.md).
 */
class EvaluatorFuzzTest {
    private static final ExpressionCompiler COMPILER = new ExpressionCompiler();
    private static final Map<String, Fact> FACTS = new HashMap<>();
    private static final ItemFacts ITEM;

    static {
        FACTS.put("a", new Fact(true, FactState.KNOWN, null, List.of()));
        FACTS.put("b", new Fact(null, FactState.UNKNOWN, null, List.of()));
        FACTS.put("c", new Fact(null, FactState.MISSING, null, List.of()));
        FACTS.put("d", Fact.NOT_APPLICABLE);
        FACTS.put("n", new Fact(1_500_000L, FactState.KNOWN, null, List.of()));
        FactRead open = new FactRead("m", null, null, null, FactState.UNKNOWN, null, List.of());
        FACTS.put("lb", new Fact(2_000_000L, FactState.LOWER_BOUND, null, List.of(open), List.of(open)));
        FACTS.put("s", new Fact("us", FactState.KNOWN, null, List.of()));
        FACTS.put("t", new Fact("x".repeat(50_000), FactState.KNOWN, null, List.of()));
        FACTS.put("l", new Fact(List.of("app", "website"), FactState.KNOWN, null, List.of()));
        ITEM = new ItemFacts("g", 1, "one", null, Map.of(
                "f", new Fact(false, FactState.KNOWN, null, List.of()),
                "u", new Fact(null, FactState.UNKNOWN, null, List.of())));
        FACTS.put("g", new Fact(List.of(ITEM), FactState.KNOWN, null, List.of()));
    }

    @FuzzTest(maxDuration = "10m")
    void expression_evaluator(String source) {
        Expr expr = COMPILER.compile(source, new Location("fuzz.yaml", 1, 1), new Diagnostics()).orElse(null);
        if (expr == null) {
            return;
        }
        for (ItemFacts item : new ItemFacts[] {null, ITEM}) {
            try {
                Conditions.test(expr, FACTS, item);
            } catch (Expr.ExprException e) {
                if (!e.code().equals("E006") && !e.code().equals("E007")) {
                    throw e;
                }
            }
        }
    }
}
