package dev.csreview.report;

import dev.csreview.diagnostic.Diagnostic;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.core.MergeFilter;
import io.pebbletemplates.pebble.extension.core.RangeFunction;
import io.pebbletemplates.pebble.node.expression.ConcatenateExpression;
import io.pebbletemplates.pebble.operator.Associativity;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.BinaryOperatorImpl;
import io.pebbletemplates.pebble.operator.BinaryOperatorType;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * Bounds on rendering a template a consultant supplies: the numbers {@code range()} (and {@code a..b}) make in one
 * render, the length of a string made with {@code ~} and of a list made with {@code merge}, so that
 * {@code range(0, 2000000000)} or a string doubled in a loop is an error naming its line instead of minutes and
 * gigabytes. The output size is bounded by Pebble's own {@code maxRenderedSize}.
 */
final class RenderBudget extends AbstractExtension {
    /** Numbers all range() calls of one render may make together: loops over them nest. */
    static final long MAX_RANGE_NUMBERS = 1_000_000;
    /** Characters one template may render (the largest built-in document is ~100 KB for a big batch). */
    static final int MAX_OUTPUT_CHARS = 32 * 1024 * 1024;

    private final ThreadLocal<long[]> used = ThreadLocal.withInitial(() -> new long[1]);

    /** Called before each render: the budget is per document. */
    void reset() {
        used.get()[0] = 0;
    }

    /** A bound reached: what, in csreview's words (a diagnostics term), on the template's line; the message is English. */
    static final class Exceeded extends PebbleException {
        private final transient Diagnostic.Term reason;

        Exceeded(Diagnostic.Term reason, int line, String template) {
            super(null, reason.in(java.util.Locale.ENGLISH), line, template);
            this.reason = reason;
        }

        Diagnostic.Term reason() {
            return reason;
        }
    }

    /** Characters a string made with {@code ~} may have, and elements a list made with {@code merge}. */
    static final int MAX_STRING = 4 * 1024 * 1024;
    static final int MAX_LIST = 1_000_000;

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(RangeFunction.FUNCTION_NAME, new BoundedRange());
    }

    @Override
    public List<BinaryOperator> getBinaryOperators() {
        // Replaces the core '~' (same symbol, precedence and associativity): a string doubled 40 times is an error on
        // its line, not gigabytes.
        return List.of(new BinaryOperatorImpl("~", 110, BoundedConcatenation::new, BinaryOperatorType.NORMAL, Associativity.LEFT));
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(MergeFilter.FILTER_NAME, new BoundedMerge());
    }

    /** {@code a ~ b}, refused past {@link #MAX_STRING} characters. */
    static final class BoundedConcatenation extends ConcatenateExpression {
        @Override
        public String evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object left = getLeftExpression().evaluate(self, context);
            Object right = getRightExpression().evaluate(self, context);
            String l = left == null ? "" : left.toString();
            String r = right == null ? "" : right.toString();
            if ((long) l.length() + r.length() > MAX_STRING) {
                throw new Exceeded(Diagnostic.Term.of("template string budget", (long) l.length() + r.length(), MAX_STRING),
                        getLineNumber(), self.getName());
            }
            return l + r;
        }
    }

    /** {@code list | merge(other)}, refused past {@link #MAX_LIST} elements. */
    private static final class BoundedMerge implements Filter {
        private final MergeFilter merge = new MergeFilter();

        @Override
        public List<String> getArgumentNames() {
            return merge.getArgumentNames();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            long size = size(input) + size(args.get("items"));
            if (size > MAX_LIST) {
                throw new Exceeded(Diagnostic.Term.of("template list budget", size, MAX_LIST), line, self.getName());
            }
            return merge.apply(input, args, self, context, line);
        }

        private static long size(Object o) {
            return o instanceof java.util.Collection<?> c ? c.size() : o instanceof Map<?, ?> m ? m.size()
                    : o != null && o.getClass().isArray() ? java.lang.reflect.Array.getLength(o) : 0;
        }
    }

    private final class BoundedRange implements Function {
        private final RangeFunction range = new RangeFunction();

        @Override
        public List<String> getArgumentNames() {
            return range.getArgumentNames();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object start = args.get("start");
            Object end = args.get("end");
            Object step = args.getOrDefault("increment", 1L);
            if (start instanceof Number s && end instanceof Number e && step instanceof Number i && i.doubleValue() != 0) {
                double count = Math.floor((e.doubleValue() - s.doubleValue()) / i.doubleValue()) + 1;
                long[] total = used.get();
                if (count > 0 && total[0] + count > MAX_RANGE_NUMBERS) {
                    throw new Exceeded(Diagnostic.Term.of("template range budget", (long) count, MAX_RANGE_NUMBERS), line, self.getName());
                }
                total[0] += (long) Math.max(0, count);
            }
            return range.execute(args, self, context, line);
        }
    }
}
