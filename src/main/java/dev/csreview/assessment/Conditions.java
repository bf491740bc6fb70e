package dev.csreview.assessment;

import dev.csreview.questionnaire.Expr;
import java.util.List;
import java.util.Map;

/** Evaluates expressions over facts with three-valued truth. */
final class Conditions {
    private Conditions() {}

    /** A missing condition always holds. */
    static Condition test(Expr expr, Map<String, Fact> facts, ItemFacts item) {
        if (expr == null) {
            return new Condition(Truth.TRUE, List.of());
        }
        FactContext ctx = new FactContext(facts, item);
        Object value = expr.evaluate(ctx);
        boolean holds = truthy(value);
        List<FactRead> reads = ctx.reads();
        boolean open = reads.stream().anyMatch(r -> r.state().isOpen());
        boolean bounded = reads.stream().anyMatch(r -> r.state() == FactState.LOWER_BOUND);
        Truth truth;
        if (open) {
            truth = Truth.UNCERTAIN;
        } else if (bounded) {
            // A lower bound settles a comparison that already holds ("at least N > threshold"), not one that fails.
            truth = holds ? Truth.TRUE : Truth.UNCERTAIN;
        } else {
            truth = holds ? Truth.TRUE : Truth.FALSE;
        }
        return new Condition(truth, reads);
    }

    /** Evaluates a value expression; the caller decides what the reads mean for its state. */
    static Valued value(Expr expr, Map<String, Fact> facts, ItemFacts item) {
        FactContext ctx = new FactContext(facts, item);
        return new Valued(expr.evaluate(ctx), ctx.reads());
    }

    record Valued(Object value, List<FactRead> reads) {}

    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof java.util.Collection<?> c) {
            return !c.isEmpty();
        }
        return true;
    }
}
