package dev.csreview.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.jexl3.MapContext;
import org.junit.jupiter.api.Test;

/**
 * An expression that is one variable is read from the context without JEXL's interpreter; it must give what JEXL
 * gives, which {@code (name)} (the same variable, not one name) still goes through JEXL for.
 */
class OneNameExprTest {
    private static final Location AT = new Location("q.yaml", 3, 9);
    private final ExpressionCompiler compiler = new ExpressionCompiler();

    @Test
    void one_variable_gives_what_jexl_gives_for_every_kind_of_value() {
        List<Object> values = new ArrayList<>(Arrays.asList(true, false, 0, 1_000_001L, 2.5, "", "cn", List.of(), List.of("a"), Map.of()));
        values.add(null);
        for (Object value : values) {
            Map<String, Object> facts = new HashMap<>();
            facts.put("users", value);
            MapContext context = new MapContext(facts);
            assertThat(expr("users").evaluate(context)).as("%s", value).isEqualTo(expr("(users)").evaluate(context));
            assertThat(expr(" users\n").evaluate(context)).isEqualTo(value);
        }
    }

    @Test
    void a_variable_the_context_does_not_have_fails_as_through_jexl() {
        Expr one = expr("users");
        assertThatThrownBy(() -> one.evaluate(new MapContext()))
                .isInstanceOf(Expr.ExprException.class)
                .hasMessageContaining("users")
                .satisfies(e -> assertThat(((Expr.ExprException) e).expr()).isSameAs(one));
        assertThatThrownBy(() -> expr("(users)").evaluate(new MapContext())).isInstanceOf(Expr.ExprException.class).hasMessageContaining("users");
    }

    @Test
    void literals_and_paths_are_not_taken_for_one_variable() {
        MapContext context = new MapContext(new HashMap<>(Map.of("unknown", Map.of("users", true), "item", Map.of("x", 1))));
        assertThat(expr("true").evaluate(context)).isEqualTo(true);
        assertThat(expr("null").evaluate(context)).isNull();
        assertThat(expr("unknown.users").evaluate(context)).isEqualTo(true);
        assertThat(expr("item.x").evaluate(context)).isEqualTo(1);
    }

    @Test
    void deferred_one_variable_expressions_are_read_the_same_way() {
        MapContext context = new MapContext(new HashMap<>(Map.of("listing_planned", true)));
        assertThat(compiler.deferred("listing_planned", AT).evaluate(context)).isEqualTo(true);
        assertThatThrownBy(() -> compiler.deferred("other", AT).evaluate(context)).isInstanceOf(Expr.ExprException.class);
    }

    private Expr expr(String source) {
        return compiler.compile(source, AT, new Diagnostics()).orElseThrow();
    }
}
