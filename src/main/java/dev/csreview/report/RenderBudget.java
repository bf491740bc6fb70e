package dev.csreview.report;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.core.RangeFunction;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * Bounds on rendering a template a consultant supplies: the numbers {@code range()} (and {@code a..b}) make in one
 * render, so {@code range(0, 2000000000)} is an error naming its line instead of minutes and gigabytes. The output
 * size is bounded by Pebble's own {@code maxRenderedSize}.
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

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(RangeFunction.FUNCTION_NAME, new BoundedRange());
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
                    throw new PebbleException(null, "range() would make " + (long) count + " numbers; a template may make at most "
                            + MAX_RANGE_NUMBERS + " in all", line, self.getName());
                }
                total[0] += (long) Math.max(0, count);
            }
            return range.execute(args, self, context, line);
        }
    }
}
