package dev.csreview.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.jexl3.MapContext;
import org.junit.jupiter.api.Test;

/** Expressions of build-checked built-ins are compiled on first use; they must behave as if compiled at load. */
class DeferredExprTest {
    private static final Location AT = new Location("q.yaml", 3, 9);
    private final ExpressionCompiler compiler = new ExpressionCompiler();

    @Test
    void a_deferred_expression_evaluates_and_reads_like_one_compiled_at_load() {
        String source = "users > 1000000 && listing_planned";
        Expr eager = compiler.compile(source, AT, new Diagnostics()).orElseThrow();
        Expr deferred = compiler.deferred(source, AT);
        MapContext facts = new MapContext(Map.of("users", 2_000_000, "listing_planned", true));
        assertThat(deferred.evaluate(facts)).isEqualTo(eager.evaluate(facts)).isEqualTo(true);
        assertThat(deferred.references()).isEqualTo(eager.references()).containsExactly(List.of("users"), List.of("listing_planned"));
        assertThat(deferred).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
    }

    @Test
    void a_deferred_expression_that_does_not_compile_fails_when_used_naming_itself() {
        Expr broken = compiler.deferred("users >", AT);
        assertThatThrownBy(() -> broken.evaluate(new MapContext()))
                .isInstanceOf(Expr.ExprException.class)
                .hasMessageContaining("does not compile")
                .satisfies(e -> assertThat(((Expr.ExprException) e).expr()).isSameAs(broken));
    }

    @Test
    void threads_that_first_use_one_deferred_expression_together_all_get_its_value() throws Exception {
        Expr deferred = compiler.deferred("a + b * 2", AT);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int a = i;
                results.add(pool.submit(() -> deferred.evaluate(new MapContext(Map.of("a", a, "b", 3)))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(((Number) results.get(i).get()).intValue()).isEqualTo(i + 6);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
