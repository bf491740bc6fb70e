package dev.csreview.questionnaire;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * An expression as a tree of the documented subset, built from JEXL's parse ({@link ExprTrees}) and walked by the
 * assessment's three-valued evaluator. JEXL parses; it does not evaluate: its {@code &&} and {@code ||} stop at the
 * first operand that settles them in two-valued logic, so an unknown met first would decide the result.
 */
public sealed interface ExprNode {
    /** A number (Long or Double), a text, true, false or null. */
    record Literal(Object value) implements ExprNode {}

    /** A question or computed id. */
    record Name(String id) implements ExprNode {}

    /** {@code item.<field>}: a field of the current group record. */
    record ItemField(String field) implements ExprNode {}

    /** {@code unknown.<id>}: whether the fact is not settled; always a known yes/no. */
    record UnknownTest(String id) implements ExprNode {}

    /** {@code [a, b, …]}. */
    record ListOf(List<ExprNode> items) implements ExprNode {}

    /** {@code !a}. */
    record Not(ExprNode operand) implements ExprNode {}

    /** {@code -a}. */
    record Negate(ExprNode operand) implements ExprNode {}

    /** {@code a && b && …}: false if any operand is false, whatever the others. */
    record And(List<ExprNode> operands) implements ExprNode {}

    /** {@code a || b || …}: true if any operand is true, whatever the others. */
    record Or(List<ExprNode> operands) implements ExprNode {}

    /** {@code == != < <= > >=}. */
    record Compare(Comparison op, ExprNode left, ExprNode right) implements ExprNode {}

    /**
     * {@code a =~ b} (or {@code !~}): membership when b is a list, a whole-text match when b is a text. {@code pattern}
     * is b compiled when b is a literal text (RE2/J: linear time, whatever the pattern).
     */
    record Match(boolean negated, ExprNode left, ExprNode right, Pattern pattern) implements ExprNode {}

    /** {@code + - * / %}. */
    record Arithmetic(Operator op, ExprNode left, ExprNode right) implements ExprNode {}

    /** {@code size(a)}. */
    record Size(ExprNode operand) implements ExprNode {}

    /** {@code empty(a)}. */
    record Empty(ExprNode operand) implements ExprNode {}

    /** {@code test ? then : otherwise}; {@code then} is null for {@code test ?: otherwise}. */
    record Conditional(ExprNode test, ExprNode then, ExprNode otherwise) implements ExprNode {}

    /** The comparison operators. */
    enum Comparison {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** The arithmetic operators. */
    enum Operator {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
