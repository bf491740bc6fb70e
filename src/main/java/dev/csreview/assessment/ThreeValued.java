package dev.csreview.assessment;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.csreview.questionnaire.Expr;
import dev.csreview.questionnaire.ExprNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates an expression tree over facts in strong Kleene logic: {@code unknown && false} is false and
 * {@code unknown || true} is true in either order, {@code !unknown} is unknown, an operator with an unknown operand
 * is unknown. A lower bound (the largest of several counts, some unknown) settles the comparisons it can settle
 * ({@code at least 20 > 10}) and leaves the others unknown. Every result carries the facts that
 * decided it ({@code reads}) and, when unknown, only the unknown facts that could change it ({@code open}).
 */
final class ThreeValued {
    /** Longest text one evaluation may build: a questionnaire doubling a text in 40 computed values stops here. */
    static final int MAX_TEXT = 100_000;

    private final Expr expr;
    private final Map<String, Fact> facts;
    private final ItemFacts item;

    private ThreeValued(Expr expr, Map<String, Fact> facts, ItemFacts item) {
        this.expr = expr;
        this.facts = facts;
        this.item = item;
    }

    static Value evaluate(Expr expr, Map<String, Fact> facts, ItemFacts item) {
        return new ThreeValued(expr, facts, item).eval(expr.tree());
    }

    /** A value with how much is known of it: KNOWN, UNKNOWN or LOWER_BOUND. */
    record Value(Object value, FactState state, List<FactRead> reads, List<FactRead> open) {
        Truth truth() {
            return switch (state) {
                case UNKNOWN, MISSING -> Truth.UNCERTAIN;
                // At least 1 is certainly not 0; at least 0 (or less) says nothing.
                case LOWER_BOUND -> positive(value) ? Truth.TRUE : Truth.UNCERTAIN;
                default -> truthy(value) ? Truth.TRUE : Truth.FALSE;
            };
        }

        boolean known() {
            return state == FactState.KNOWN;
        }
    }

    private static Value known(Object value, List<FactRead> reads) {
        return new Value(value, FactState.KNOWN, reads, List.of());
    }

    private static Value unknown(List<FactRead> reads, List<FactRead> open) {
        return new Value(null, FactState.UNKNOWN, reads, open);
    }

    private Value eval(ExprNode n) {
        if (n instanceof ExprNode.Literal l) {
            return known(l.value(), List.of());
        }
        if (n instanceof ExprNode.Name name) {
            return fact(name.id(), facts.get(name.id()), null, null);
        }
        if (n instanceof ExprNode.ItemField field) {
            return item == null ? known(null, List.of()) : fact(field.field(), item.facts().get(field.field()), item.index(), item.label());
        }
        if (n instanceof ExprNode.UnknownTest u) {
            return known(unsettled(u.id()), List.of());
        }
        if (n instanceof ExprNode.And and) {
            return junction(and.operands(), Truth.FALSE);
        }
        if (n instanceof ExprNode.Or or) {
            return junction(or.operands(), Truth.TRUE);
        }
        if (n instanceof ExprNode.Not not) {
            Value v = eval(not.operand());
            Truth t = v.truth();
            return t == Truth.UNCERTAIN ? unknown(v.reads(), v.open()) : known(t == Truth.FALSE, v.reads());
        }
        if (n instanceof ExprNode.Compare c) {
            return compare(c);
        }
        if (n instanceof ExprNode.Match m) {
            return match(m);
        }
        if (n instanceof ExprNode.Arithmetic a) {
            return arithmetic(a);
        }
        if (n instanceof ExprNode.Negate neg) {
            Value v = eval(neg.operand());
            return v.known() ? known(negate(v.value()), v.reads()) : unknown(v.reads(), v.open());
        }
        if (n instanceof ExprNode.Size s) {
            Value v = eval(s.operand());
            return v.known() ? known(size(v.value()), v.reads()) : unknown(v.reads(), v.open());
        }
        if (n instanceof ExprNode.Empty e) {
            Value v = eval(e.operand());
            if (v.state() == FactState.LOWER_BOUND && positive(v.value())) {
                return known(false, v.reads());
            }
            return v.known() ? known(!truthy(v.value()), v.reads()) : unknown(v.reads(), v.open());
        }
        if (n instanceof ExprNode.Conditional c) {
            return conditional(c);
        }
        if (n instanceof ExprNode.ListOf list) {
            return listOf(list);
        }
        throw new IllegalStateException("no evaluation for " + n);
    }

    /** A fact as an expression reads it: answers that do not apply read as empty and known; unknowns as unknown. */
    private Value fact(String id, Fact fact, Integer index, String label) {
        if (fact == null) {
            return known(null, List.of());
        }
        FactRead read = new FactRead(id, index, label, fact.value(), fact.state(), fact.source(), fact.basis(), fact.open());
        List<FactRead> reads = List.of(read);
        return switch (fact.state()) {
            case KNOWN, NOT_APPLICABLE -> known(fact.value(), reads);
            case LOWER_BOUND -> new Value(fact.value(), FactState.LOWER_BOUND, reads, read.openFacts());
            case UNKNOWN, MISSING -> unknown(reads, read.openFacts());
        };
    }

    /** {@code unknown.x}: x in the current item, else at the top level; a lower bound is not settled either. */
    private boolean unsettled(String id) {
        Fact fact = item != null && item.facts().containsKey(id) ? item.facts().get(id) : facts.get(id);
        return fact != null && (fact.state().isOpen() || fact.state() == FactState.LOWER_BOUND);
    }

    /**
     * {@code &&} ({@code decides} FALSE) or {@code ||} (TRUE): every operand is evaluated, so an operand that decides
     * decides wherever it stands. An operand that fails on these answers (a guard such as {@code n > 0 && t / n > 2})
     * only matters when no other operand decides.
     */
    private Value junction(List<ExprNode> operands, Truth decides) {
        List<FactRead> deciding = new ArrayList<>();
        List<FactRead> uncertainReads = new ArrayList<>();
        List<FactRead> otherReads = new ArrayList<>();
        List<FactRead> open = new ArrayList<>();
        boolean decided = false;
        boolean uncertain = false;
        Expr.ExprException failure = null;
        for (ExprNode operand : operands) {
            Value v;
            try {
                v = eval(operand);
            } catch (Expr.ExprException e) {
                if (!e.code().equals("E006")) {
                    throw e;
                }
                failure = failure == null ? e : failure;
                continue;
            }
            Truth t = v.truth();
            if (t == decides) {
                decided = true;
                deciding.addAll(v.reads());
            } else if (t == Truth.UNCERTAIN) {
                uncertain = true;
                uncertainReads.addAll(v.reads());
                open.addAll(v.open());
            } else {
                otherReads.addAll(v.reads());
            }
        }
        boolean result = decides == Truth.TRUE;
        if (decided) {
            return known(result, distinct(deciding));
        }
        if (failure != null && !uncertain) {
            throw failure;
        }
        if (uncertain) {
            // An operand that fails on these answers beside one still unknown (flag && t / n > 2, flag unknown):
            // the unknown may yet decide, so the result is unknown, not the questionnaire's error.
            uncertainReads.addAll(otherReads);
            return unknown(distinct(uncertainReads), distinct(open));
        }
        return known(!result, distinct(otherReads));
    }

    private Value compare(ExprNode.Compare c) {
        Value l = eval(c.left());
        Value r = eval(c.right());
        List<FactRead> reads = join(l.reads(), r.reads());
        if (l.known() && r.known()) {
            return known(compareKnown(c.op(), l.value(), r.value()), reads);
        }
        Boolean settled = null;
        if (l.state() == FactState.LOWER_BOUND && r.known()) {
            settled = atLeast(c.op(), l.value(), r.value());
        } else if (l.known() && r.state() == FactState.LOWER_BOUND) {
            settled = atLeast(mirror(c.op()), r.value(), l.value());
        }
        return settled != null ? known(settled, reads) : unknown(reads, join(l.open(), r.open()));
    }

    /** {@code x op known} where x is at least {@code bound}: the answer if the bound settles it, else null. */
    private static Boolean atLeast(ExprNode.Comparison op, Object bound, Object known) {
        if (!(bound instanceof Number b) || !(known instanceof Number k)) {
            return null;
        }
        int c = compareNumbers(b, k);
        if (c > 0) {
            return switch (op) {
                case GT, GE, NE -> Boolean.TRUE;
                case LT, LE, EQ -> Boolean.FALSE;
            };
        }
        if (c == 0) {
            return op == ExprNode.Comparison.GE ? Boolean.TRUE : op == ExprNode.Comparison.LT ? Boolean.FALSE : null;
        }
        return null;
    }

    private static ExprNode.Comparison mirror(ExprNode.Comparison op) {
        return switch (op) {
            case LT -> ExprNode.Comparison.GT;
            case LE -> ExprNode.Comparison.GE;
            case GT -> ExprNode.Comparison.LT;
            case GE -> ExprNode.Comparison.LE;
            default -> op;
        };
    }

    private boolean compareKnown(ExprNode.Comparison op, Object a, Object b) {
        if (op == ExprNode.Comparison.EQ || op == ExprNode.Comparison.NE) {
            return equal(a, b) == (op == ExprNode.Comparison.EQ);
        }
        int order = order(a, b);
        return switch (op) {
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            default -> order >= 0;
        };
    }

    private boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y) == 0;
        }
        if (a.getClass() != b.getClass() && !(a instanceof Collection && b instanceof Collection)) {
            throw mixed(a, b);
        }
        return a.equals(b);
    }

    /** Numbers by value, texts (and dates) as text; an empty answer orders as 0 or "" (what JEXL's lenient arithmetic did). */
    private int order(Object a, Object b) {
        if (a == null && b == null) {
            return 0;
        }
        if (a instanceof Number || b instanceof Number) {
            Object x = a == null ? (Object) 0L : a;
            Object y = b == null ? (Object) 0L : b;
            if (x instanceof Number nx && y instanceof Number ny) {
                return compareNumbers(nx, ny);
            }
        } else if (a instanceof String || b instanceof String) {
            Object x = a == null ? "" : a;
            Object y = b == null ? "" : b;
            if (x instanceof String sx && y instanceof String sy) {
                return sx.compareTo(sy);
            }
        }
        throw mixed(a, b);
    }

    private static int compareNumbers(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return Double.compare(a.doubleValue(), b.doubleValue());
    }

    private Value match(ExprNode.Match m) {
        Value l = eval(m.left());
        Value r = eval(m.right());
        List<FactRead> reads = join(l.reads(), r.reads());
        if (!l.known() || !r.known()) {
            return unknown(reads, join(l.open(), r.open()));
        }
        boolean found;
        Object container = r.value();
        if (container instanceof Collection<?> values) {
            found = false;
            for (Object v : values) {
                found |= v == null ? l.value() == null : l.value() != null && looselyEqual(l.value(), v);
            }
        } else if (container instanceof String regex) {
            found = l.value() != null && pattern(m, regex).matches(String.valueOf(l.value()));
        } else {
            found = container == null ? false : looselyEqual(l.value(), container);
        }
        return known(found != m.negated(), reads);
    }

    private Pattern pattern(ExprNode.Match m, String regex) {
        if (m.pattern() != null) {
            return m.pattern();
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new Expr.ExprException(expr, dev.csreview.diagnostic.Diagnostic.Term.of("answer not a pattern", regex, e.getDescription()));
        }
    }

    private static boolean looselyEqual(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y) == 0;
        }
        return Objects.equals(a, b);
    }

    private Value arithmetic(ExprNode.Arithmetic a) {
        Value l = eval(a.left());
        Value r = eval(a.right());
        List<FactRead> reads = join(l.reads(), r.reads());
        if (l.known() && r.known()) {
            return known(calculate(a.op(), l.value(), r.value()), reads);
        }
        if (l.state() != FactState.UNKNOWN && r.state() != FactState.UNKNOWN
                && l.value() instanceof Number x && r.value() instanceof Number y && keepsLowerBound(a.op(), x, y)) {
            return new Value(calculate(a.op(), x, y), FactState.LOWER_BOUND, reads, join(l.open(), r.open()));
        }
        return unknown(reads, join(l.open(), r.open()));
    }

    /** At least x plus at least y is at least x + y; at least x times at least y too, when neither is negative. */
    private static boolean keepsLowerBound(ExprNode.Operator op, Number x, Number y) {
        return op == ExprNode.Operator.ADD || op == ExprNode.Operator.MUL && x.doubleValue() >= 0 && y.doubleValue() >= 0;
    }

    private Object calculate(ExprNode.Operator op, Object a, Object b) {
        if (op == ExprNode.Operator.ADD && (a instanceof String || b instanceof String)) {
            String x = a == null ? "" : String.valueOf(a);
            String y = b == null ? "" : String.valueOf(b);
            if ((long) x.length() + y.length() > MAX_TEXT) {
                throw new Expr.ExprException(expr, "E007", dev.csreview.diagnostic.Diagnostic.Term.of("long text", MAX_TEXT));
            }
            return x + y;
        }
        Object x = a == null ? (Object) 0L : a;
        Object y = b == null ? (Object) 0L : b;
        if (!(x instanceof Number nx) || !(y instanceof Number ny)) {
            throw mixed(a, b);
        }
        if (nx instanceof Long lx && ny instanceof Long ly) {
            try {
                return switch (op) {
                    case ADD -> Math.addExact(lx, ly);
                    case SUB -> Math.subtractExact(lx, ly);
                    case MUL -> Math.multiplyExact(lx, ly);
                    case DIV -> lx / nonZero(ly);
                    case MOD -> lx % nonZero(ly);
                };
            } catch (ArithmeticException e) {
                throw new Expr.ExprException(expr, "E007", dev.csreview.diagnostic.Diagnostic.Term.of("number beyond", Long.MAX_VALUE));
            }
        }
        double dx = nx.doubleValue();
        double dy = ny.doubleValue();
        return switch (op) {
            case ADD -> dx + dy;
            case SUB -> dx - dy;
            case MUL -> dx * dy;
            case DIV -> dx / nonZero(dy);
            case MOD -> dx % nonZero(dy);
        };
    }

    private long nonZero(long n) {
        if (n == 0) {
            throw new Expr.ExprException(expr, dev.csreview.diagnostic.Diagnostic.Term.of("division by zero"));
        }
        return n;
    }

    private double nonZero(double n) {
        if (n == 0) {
            throw new Expr.ExprException(expr, dev.csreview.diagnostic.Diagnostic.Term.of("division by zero"));
        }
        return n;
    }

    private Object negate(Object v) {
        if (v instanceof Long n) {
            if (n == Long.MIN_VALUE) {
                throw new Expr.ExprException(expr, "E007", dev.csreview.diagnostic.Diagnostic.Term.of("number beyond", Long.MAX_VALUE));
            }
            return -n;
        }
        if (v instanceof Number n) {
            return -n.doubleValue();
        }
        if (v == null) {
            return 0L;
        }
        throw new Expr.ExprException(expr, dev.csreview.diagnostic.Diagnostic.Term.of("minus before", kind(v)));
    }

    private long size(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof String s) {
            return s.length();
        }
        if (v instanceof Collection<?> c) {
            return c.size();
        }
        throw new Expr.ExprException(expr, dev.csreview.diagnostic.Diagnostic.Term.of("size of", kind(v)));
    }

    private Value conditional(ExprNode.Conditional c) {
        Value test = eval(c.test());
        Truth t = test.truth();
        if (t != Truth.UNCERTAIN) {
            Value chosen = t == Truth.TRUE ? (c.then() == null ? test : eval(c.then())) : eval(c.otherwise());
            return new Value(chosen.value(), chosen.state(), join(test.reads(), chosen.reads()), chosen.open());
        }
        Value then;
        Value otherwise;
        try {
            then = c.then() == null ? test : eval(c.then());
            otherwise = eval(c.otherwise());
        } catch (Expr.ExprException e) {
            if (!e.code().equals("E006")) {
                throw e;
            }
            // A branch that fails on these answers may never be taken: unknown until the test is known.
            return unknown(test.reads(), test.open());
        }
        List<FactRead> reads = join(test.reads(), join(then.reads(), otherwise.reads()));
        if (then.known() && otherwise.known() && Objects.equals(then.value(), otherwise.value())) {
            return known(then.value(), reads);
        }
        return unknown(reads, join(test.open(), join(then.open(), otherwise.open())));
    }

    private Value listOf(ExprNode.ListOf list) {
        List<Object> values = new ArrayList<>(list.items().size());
        List<FactRead> reads = new ArrayList<>();
        List<FactRead> open = new ArrayList<>();
        boolean known = true;
        for (ExprNode n : list.items()) {
            Value v = eval(n);
            reads.addAll(v.reads());
            open.addAll(v.open());
            known &= v.known();
            values.add(v.value());
        }
        return known ? known(java.util.Collections.unmodifiableList(values), distinct(reads)) : unknown(distinct(reads), distinct(open));
    }

    private Expr.ExprException mixed(Object a, Object b) {
        return new Expr.ExprException(expr, dev.csreview.diagnostic.Diagnostic.Term.of("mixed", kind(a), kind(b)));
    }

    /** The kind of a value, as the term that names it in a message (diagnostics term.kind.*). */
    private static String kind(Object v) {
        if (v == null) {
            return "term.kind.nothing";
        }
        if (v instanceof Boolean) {
            return "term.kind.yesno";
        }
        if (v instanceof Number) {
            return "term.kind.number";
        }
        if (v instanceof String) {
            return "term.kind.text";
        }
        if (v instanceof Collection) {
            return "term.kind.list";
        }
        return "term.kind.value";
    }

    private static boolean positive(Object value) {
        return value instanceof Number n && n.doubleValue() > 0;
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
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return true;
    }

    private static List<FactRead> join(List<FactRead> a, List<FactRead> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        List<FactRead> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return distinct(all);
    }

    static List<FactRead> distinct(List<FactRead> reads) {
        return reads.size() < 2 ? List.copyOf(reads) : List.copyOf(new LinkedHashSet<>(reads));
    }
}
