package dev.csreview.assessment;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.csreview.questionnaire.Expr;
import dev.csreview.questionnaire.ExprNode;
import java.util.Collection;
import java.util.Objects;

/**
 * The operators of an expression applied to known values: comparison, matching, arithmetic, size, truthiness.
 * {@link ThreeValued} decides what is known; this class only computes, and fails with the expression's error.
 */
final class KnownValues {
    /** Longest text one evaluation may build: a questionnaire doubling a text in 40 computed values stops here. */
    static final int MAX_TEXT = 100_000;

    private final Expr expr;

    KnownValues(Expr expr) {
        this.expr = expr;
    }

    /** {@code a op b} for two known values: numbers by value, else equal values or ordered texts. */
    boolean compare(ExprNode.Comparison op, Object a, Object b) {
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

    static int compareNumbers(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return Double.compare(a.doubleValue(), b.doubleValue());
    }

    /** {@code a =~ b} for two known values: in a list, matching a pattern, or equal. */
    boolean matches(ExprNode.Match m, Object left, Object container) {
        boolean found;
        if (container instanceof Collection<?> values) {
            found = false;
            for (Object v : values) {
                found |= v == null ? left == null : left != null && looselyEqual(left, v);
            }
        } else if (container instanceof String regex) {
            found = left != null && pattern(m, regex).matches(String.valueOf(left));
        } else {
            found = container == null ? false : looselyEqual(left, container);
        }
        return found != m.negated();
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

    Object calculate(ExprNode.Operator op, Object a, Object b) {
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

    Object negate(Object v) {
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

    long size(Object v) {
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

    static boolean positive(Object value) {
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
}
