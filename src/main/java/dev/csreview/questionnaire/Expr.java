package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;
import java.util.List;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlScript;

/**
 * A compiled expression with its source text and location. {@code references} lists the ids it reads,
 * as paths ({@code [users]}, {@code [item, supplier_country]}, {@code [unknown, users]}).
 */
public record Expr(String source, Location location, JexlScript script, List<List<String>> references) {

    /** Evaluates against facts; any engine error is reported as an {@link ExprException}. */
    public Object evaluate(JexlContext context) {
        try {
            return script.execute(context);
        } catch (RuntimeException e) {
            throw new ExprException(this, e.getMessage());
        }
    }

    /** A run-time failure of an expression, which the linter should have prevented. */
    public static final class ExprException extends RuntimeException {
        private final transient Expr expr;

        public ExprException(Expr expr, String message) {
            super(message);
            this.expr = expr;
        }

        public Expr expr() {
            return expr;
        }
    }
}
