package dev.csreview.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Expression trees back to source, fully bracketed, with {@code &&}/{@code ||} operands reordered on request. */
public final class ExprPrinter {
    private ExprPrinter() {}

    /** The source of {@code node} with the operands of every {@code &&} and {@code ||} reversed. */
    public static String reversed(ExprNode node) {
        return print(node, list -> {
            List<ExprNode> copy = new ArrayList<>(list);
            Collections.reverse(copy);
            return copy;
        });
    }

    /** The source of {@code node} with the operands of every {@code &&} and {@code ||} shuffled. */
    public static String shuffled(ExprNode node, Random random) {
        return print(node, list -> {
            List<ExprNode> copy = new ArrayList<>(list);
            Collections.shuffle(copy, random);
            return copy;
        });
    }

    public static String print(ExprNode node, UnaryOperator<List<ExprNode>> order) {
        if (node instanceof ExprNode.Literal l) {
            Object v = l.value();
            return v instanceof String s ? "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'" : String.valueOf(v);
        }
        if (node instanceof ExprNode.Name n) {
            return n.id();
        }
        if (node instanceof ExprNode.ItemField f) {
            return "item." + f.field();
        }
        if (node instanceof ExprNode.UnknownTest u) {
            return "unknown." + u.id();
        }
        if (node instanceof ExprNode.ListOf list) {
            return "[" + join(list.items(), ", ", order) + "]";
        }
        if (node instanceof ExprNode.Not not) {
            return "!(" + print(not.operand(), order) + ")";
        }
        if (node instanceof ExprNode.Negate neg) {
            return "-(" + print(neg.operand(), order) + ")";
        }
        if (node instanceof ExprNode.And and) {
            return "(" + join(order.apply(and.operands()), " && ", order) + ")";
        }
        if (node instanceof ExprNode.Or or) {
            return "(" + join(order.apply(or.operands()), " || ", order) + ")";
        }
        if (node instanceof ExprNode.Compare c) {
            return "(" + print(c.left(), order) + " " + c.op().symbol() + " " + print(c.right(), order) + ")";
        }
        if (node instanceof ExprNode.Match m) {
            return "(" + print(m.left(), order) + (m.negated() ? " !~ " : " =~ ") + print(m.right(), order) + ")";
        }
        if (node instanceof ExprNode.Arithmetic a) {
            return "(" + print(a.left(), order) + " " + a.op().symbol() + " " + print(a.right(), order) + ")";
        }
        if (node instanceof ExprNode.Size s) {
            return "size(" + print(s.operand(), order) + ")";
        }
        if (node instanceof ExprNode.Empty e) {
            return "empty(" + print(e.operand(), order) + ")";
        }
        ExprNode.Conditional c = (ExprNode.Conditional) node;
        return "(" + print(c.test(), order) + (c.then() == null ? " ?: " : " ? " + print(c.then(), order) + " : ") + print(c.otherwise(), order) + ")";
    }

    private static String join(List<ExprNode> nodes, String separator, UnaryOperator<List<ExprNode>> order) {
        List<String> parts = new ArrayList<>();
        for (ExprNode n : nodes) {
            parts.add(print(n, order));
        }
        return String.join(separator, parts);
    }
}
