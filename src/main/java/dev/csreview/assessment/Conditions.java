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
        Valued v = value(expr, facts, item);
        return new Condition(v.truth(), v.reads());
    }

    /** Evaluates a value expression; the caller decides what the reads mean for its state. */
    static Valued value(Expr expr, Map<String, Fact> facts, ItemFacts item) {
        FactContext ctx = new FactContext(facts, item);
        return new Valued(expr.evaluate(ctx), ctx.reads());
    }

    // Loops, not streams: this runs for every condition of every profile, and a batch runs on C1 (see the launcher).
    record Valued(Object value, List<FactRead> reads) {
        boolean anyOpen() {
            for (FactRead r : reads) {
                if (r.state().isOpen()) {
                    return true;
                }
            }
            return false;
        }

        boolean anyLowerBound() {
            for (FactRead r : reads) {
                if (r.state() == FactState.LOWER_BOUND) {
                    return true;
                }
            }
            return false;
        }

        /** The value as a condition: uncertain if it read an open fact, or a lower bound that did not settle it. */
        Truth truth() {
            boolean holds = truthy(value);
            if (anyOpen()) {
                return Truth.UNCERTAIN;
            }
            if (anyLowerBound()) {
                // A lower bound settles a comparison that already holds ("at least N > threshold"), not one that fails.
                return holds ? Truth.TRUE : Truth.UNCERTAIN;
            }
            return holds ? Truth.TRUE : Truth.FALSE;
        }
    }

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
