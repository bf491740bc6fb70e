package dev.csreview.questionnaire;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import dev.csreview.diagnostic.Diagnostic.Term;
import java.util.Map;
import org.apache.commons.jexl3.parser.ASTAddNode;
import org.apache.commons.jexl3.parser.ASTAndNode;
import org.apache.commons.jexl3.parser.ASTArrayLiteral;
import org.apache.commons.jexl3.parser.ASTDivNode;
import org.apache.commons.jexl3.parser.ASTEQNode;
import org.apache.commons.jexl3.parser.ASTERNode;
import org.apache.commons.jexl3.parser.ASTEmptyFunction;
import org.apache.commons.jexl3.parser.ASTFalseNode;
import org.apache.commons.jexl3.parser.ASTGENode;
import org.apache.commons.jexl3.parser.ASTGTNode;
import org.apache.commons.jexl3.parser.ASTIdentifier;
import org.apache.commons.jexl3.parser.ASTIdentifierAccess;
import org.apache.commons.jexl3.parser.ASTJexlScript;
import org.apache.commons.jexl3.parser.ASTLENode;
import org.apache.commons.jexl3.parser.ASTLTNode;
import org.apache.commons.jexl3.parser.ASTModNode;
import org.apache.commons.jexl3.parser.ASTMulNode;
import org.apache.commons.jexl3.parser.ASTNENode;
import org.apache.commons.jexl3.parser.ASTNRNode;
import org.apache.commons.jexl3.parser.ASTNotNode;
import org.apache.commons.jexl3.parser.ASTNullLiteral;
import org.apache.commons.jexl3.parser.ASTNumberLiteral;
import org.apache.commons.jexl3.parser.ASTOrNode;
import org.apache.commons.jexl3.parser.ASTReference;
import org.apache.commons.jexl3.parser.ASTReferenceExpression;
import org.apache.commons.jexl3.parser.ASTSizeFunction;
import org.apache.commons.jexl3.parser.ASTStringLiteral;
import org.apache.commons.jexl3.parser.ASTSubNode;
import org.apache.commons.jexl3.parser.ASTTernaryNode;
import org.apache.commons.jexl3.parser.ASTTrueNode;
import org.apache.commons.jexl3.parser.ASTUnaryMinusNode;
import org.apache.commons.jexl3.parser.ASTUnaryPlusNode;
import org.apache.commons.jexl3.parser.JexlNode;

/**
 * JEXL's syntax tree → {@link ExprNode}, for the documented subset only: anything else JEXL can parse (strict
 * equality, {@code ??}, starts-with, bit operators, maps, sets …) is refused here with what it is, so that no
 * expression means something the evaluator does not define.
 */
final class ExprTrees {
    private static final Map<String, Term> REFUSED = Map.ofEntries(
            Map.entry("ASTNullpNode", Term.of("operator", "??")),
            Map.entry("ASTEQSNode", Term.of("operator", "===")),
            Map.entry("ASTNESNode", Term.of("operator", "!==")),
            Map.entry("ASTSWNode", Term.of("operator", "=^")),
            Map.entry("ASTNSWNode", Term.of("operator", "!^")),
            Map.entry("ASTEWNode", Term.of("operator", "=$")),
            Map.entry("ASTNEWNode", Term.of("operator", "!$")),
            Map.entry("ASTBitwiseAndNode", Term.of("operator", "&")),
            Map.entry("ASTBitwiseOrNode", Term.of("operator", "|")),
            Map.entry("ASTBitwiseXorNode", Term.of("operator", "^")),
            Map.entry("ASTBitwiseComplNode", Term.of("operator", "~")),
            Map.entry("ASTShiftLeftNode", Term.of("operator", "<<")),
            Map.entry("ASTShiftRightNode", Term.of("operator", ">>")),
            Map.entry("ASTShiftRightUnsignedNode", Term.of("operator", ">>>")),
            Map.entry("ASTRegexLiteral", Term.of("regex literal")),
            Map.entry("ASTJxltLiteral", Term.of("template literal")));

    private static final Map<Class<?>, ExprNode.Comparison> COMPARISONS = Map.of(
            ASTEQNode.class, ExprNode.Comparison.EQ,
            ASTNENode.class, ExprNode.Comparison.NE,
            ASTLTNode.class, ExprNode.Comparison.LT,
            ASTLENode.class, ExprNode.Comparison.LE,
            ASTGTNode.class, ExprNode.Comparison.GT,
            ASTGENode.class, ExprNode.Comparison.GE);
    private static final Map<Class<?>, ExprNode.Operator> OPERATORS = Map.of(
            ASTAddNode.class, ExprNode.Operator.ADD,
            ASTSubNode.class, ExprNode.Operator.SUB,
            ASTMulNode.class, ExprNode.Operator.MUL,
            ASTDivNode.class, ExprNode.Operator.DIV,
            ASTModNode.class, ExprNode.Operator.MOD);

    private ExprTrees() {}

    /** Thrown for a construct outside the subset, with its position in the expression. */
    static final class Refused extends RuntimeException {
        private final transient JexlNode node;

        private final transient Term what;

        Refused(JexlNode node, Term what) {
            super(null, null, false, false);
            this.node = node;
            this.what = what;
        }

        /** What is refused, in csreview's words. */
        Term what() {
            return what;
        }

        @Override
        public String getMessage() {
            return what.in(java.util.Locale.ENGLISH);
        }

        int line() {
            return node.getLine();
        }

        int column() {
            return node.getColumn();
        }
    }

    static ExprNode of(ASTJexlScript script) {
        if (script.jjtGetNumChildren() != 1) {
            throw new Refused(script, Term.of("several expressions"));
        }
        return node(script.jjtGetChild(0));
    }

    private static ExprNode node(JexlNode n) {
        if (n instanceof ASTReferenceExpression && n.jjtGetNumChildren() == 1) {
            return node(n.jjtGetChild(0));
        }
        if (n instanceof ASTAndNode) {
            return new ExprNode.And(children(n));
        }
        if (n instanceof ASTOrNode) {
            return new ExprNode.Or(children(n));
        }
        if (n instanceof ASTNotNode) {
            return new ExprNode.Not(only(n));
        }
        if (n instanceof ASTUnaryMinusNode) {
            return new ExprNode.Negate(only(n));
        }
        if (n instanceof ASTUnaryPlusNode) {
            return only(n);
        }
        ExprNode.Comparison comparison = COMPARISONS.get(n.getClass());
        if (comparison != null) {
            return new ExprNode.Compare(comparison, node(n.jjtGetChild(0)), node(n.jjtGetChild(1)));
        }
        if (n instanceof ASTERNode || n instanceof ASTNRNode) {
            return match(n);
        }
        ExprNode.Operator operator = OPERATORS.get(n.getClass());
        if (operator != null) {
            ExprNode result = node(n.jjtGetChild(0));
            for (int i = 1; i < n.jjtGetNumChildren(); i++) {
                result = new ExprNode.Arithmetic(operator, result, node(n.jjtGetChild(i)));
            }
            return result;
        }
        if (n instanceof ASTSizeFunction) {
            return new ExprNode.Size(only(n));
        }
        if (n instanceof ASTEmptyFunction) {
            return new ExprNode.Empty(only(n));
        }
        if (n instanceof ASTTernaryNode) {
            return n.jjtGetNumChildren() == 3
                    ? new ExprNode.Conditional(node(n.jjtGetChild(0)), node(n.jjtGetChild(1)), node(n.jjtGetChild(2)))
                    : new ExprNode.Conditional(node(n.jjtGetChild(0)), null, node(n.jjtGetChild(1)));
        }
        if (n instanceof ASTIdentifier id) {
            return new ExprNode.Name(id.getName());
        }
        if (n instanceof ASTReference) {
            return path(n);
        }
        if (n instanceof ASTNumberLiteral number) {
            return new ExprNode.Literal(number(n, number.getLiteral()));
        }
        if (n instanceof ASTStringLiteral text) {
            return new ExprNode.Literal(text.getLiteral());
        }
        if (n instanceof ASTTrueNode) {
            return new ExprNode.Literal(Boolean.TRUE);
        }
        if (n instanceof ASTFalseNode) {
            return new ExprNode.Literal(Boolean.FALSE);
        }
        if (n instanceof ASTNullLiteral) {
            return new ExprNode.Literal(null);
        }
        if (n instanceof ASTArrayLiteral) {
            return new ExprNode.ListOf(children(n));
        }
        String type = n.getClass().getSimpleName();
        throw new Refused(n, REFUSED.getOrDefault(type, Term.of(type.replaceFirst("^AST", "").replaceFirst("Node$", ""))));
    }

    private static ExprNode match(JexlNode n) {
        ExprNode left = node(n.jjtGetChild(0));
        ExprNode right = node(n.jjtGetChild(1));
        Pattern pattern = null;
        if (right instanceof ExprNode.Literal l && l.value() instanceof String regex) {
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new Refused(n.jjtGetChild(1), Term.of("bad pattern", regex, e.getDescription()));
            }
        }
        return new ExprNode.Match(n instanceof ASTNRNode, left, right, pattern);
    }

    /** {@code item.<field>} and {@code unknown.<id>}; the shape check has refused every other dotted path. */
    private static ExprNode path(JexlNode n) {
        if (n.jjtGetNumChildren() == 2 && n.jjtGetChild(0) instanceof ASTIdentifier head
                && n.jjtGetChild(1) instanceof ASTIdentifierAccess field) {
            if (head.getName().equals("item")) {
                return new ExprNode.ItemField(field.getName());
            }
            if (head.getName().equals("unknown")) {
                return new ExprNode.UnknownTest(field.getName());
            }
        }
        throw new Refused(n, Term.of("dotted path"));
    }

    private static Object number(JexlNode n, Number value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return value.longValue();
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return value.doubleValue();
        }
        throw new Refused(n, Term.of("number too large", value));
    }

    private static ExprNode only(JexlNode n) {
        return node(n.jjtGetChild(0));
    }

    private static List<ExprNode> children(JexlNode n) {
        List<ExprNode> result = new ArrayList<>(n.jjtGetNumChildren());
        for (int i = 0; i < n.jjtGetNumChildren(); i++) {
            result.add(node(n.jjtGetChild(i)));
        }
        return List.copyOf(result);
    }
}
