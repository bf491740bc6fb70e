package dev.csreview.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Expressions of build-checked built-ins are compiled on first use; they must behave as if compiled at load. */
class DeferredExprTest {
    private static final Location AT = new Location("q.yaml", 3, 9);
    private final ExpressionCompiler compiler = new ExpressionCompiler();

    @Test
    void a_deferred_expression_has_the_tree_and_reads_of_one_compiled_at_load() {
        String source = "users > 1000000 && listing_planned";
        Expr eager = compiler.compile(source, AT, new Diagnostics()).orElseThrow();
        Expr deferred = compiler.deferred(source, AT);
        assertThat(deferred.tree()).isEqualTo(eager.tree()).isInstanceOf(ExprNode.And.class);
        assertThat(deferred.references()).isEqualTo(eager.references()).containsExactly(List.of("users"), List.of("listing_planned"));
        assertThat(deferred).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
    }

    @Test
    void a_deferred_expression_that_does_not_compile_fails_when_used_naming_itself() {
        Expr broken = compiler.deferred("users >", AT);
        assertThatThrownBy(broken::tree)
                .isInstanceOf(Expr.ExprException.class)
                .hasMessageContaining("does not compile")
                .satisfies(e -> assertThat(((Expr.ExprException) e).expr()).isSameAs(broken));
    }

    @Test
    void threads_that_first_use_one_deferred_expression_together_all_get_its_one_tree() throws Exception {
        Expr deferred = compiler.deferred("a + b * 2", AT);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ExprNode>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(deferred::tree));
            }
            ExprNode first = results.get(0).get();
            assertThat(first).isInstanceOf(ExprNode.Arithmetic.class);
            for (Future<ExprNode> result : results) {
                assertThat(result.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
