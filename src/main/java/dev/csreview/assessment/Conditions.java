package dev.csreview.assessment;

import dev.csreview.questionnaire.Expr;
import java.util.List;
import java.util.Map;

/** Evaluates expressions over facts with three-valued truth ({@link ThreeValued}). */
final class Conditions {
    private static final Condition ALWAYS = new Condition(Truth.TRUE, List.of(), List.of());

    private Conditions() {}

    /** A missing condition always holds. */
    static Condition test(Expr expr, Map<String, Fact> facts, ItemFacts item) {
        if (expr == null) {
            return ALWAYS;
        }
        ThreeValued.Value v = value(expr, facts, item);
        Truth truth = v.truth();
        return new Condition(truth, v.reads(), truth == Truth.UNCERTAIN ? v.open() : List.of());
    }

    /** Evaluates a value expression: its value, how much is known of it, what decided it and what could change it. */
    static ThreeValued.Value value(Expr expr, Map<String, Fact> facts, ItemFacts item) {
        return ThreeValued.evaluate(expr, facts, item);
    }
}
