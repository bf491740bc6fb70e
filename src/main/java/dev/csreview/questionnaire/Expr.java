package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.List;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlScript;

/**
 * An expression with its source text and location, compiled when loaded or, for a built-in questionnaire the
 * build has already checked, on first use ({@link ExpressionCompiler#deferred}). {@code references} lists the ids
 * it reads, as paths ({@code [users]}, {@code [item, supplier_country]}, {@code [unknown, users]}). Equal when
 * source and location are.
 */
public final class Expr {
    private final String source;
    private final Location location;
    // Set while compilation is deferred; the compiled form is published once through the volatile field.
    private final ExpressionCompiler compiler;
    private volatile Compiled compiled;

    /** {@code name}: the one variable the expression is, with nothing around it (a third of the built-ins); else null. */
    private record Compiled(JexlScript script, List<List<String>> references, String name) {}

    Expr(String source, Location location, JexlScript script, List<List<String>> references) {
        this.source = source;
        this.location = location;
        this.compiler = null;
        boolean oneName = references.size() == 1 && references.get(0).size() == 1 && source.strip().equals(references.get(0).get(0));
        this.compiled = new Compiled(script, references, oneName ? references.get(0).get(0) : null);
    }

    Expr(String source, Location location, ExpressionCompiler compiler) {
        this.source = source;
        this.location = location;
        this.compiler = compiler;
    }

    public String source() {
        return source;
    }

    public Location location() {
        return location;
    }

    public List<List<String>> references() {
        return compiled().references();
    }

    /** Evaluates against facts; any engine error is reported as an {@link ExprException}. */
    public Object evaluate(JexlContext context) {
        Compiled c = compiled();
        if (c.name() != null) {
            // What JEXL does for a script that is one variable (strict mode): the context's value, or an error if the
            // context has no such name, which is left to JEXL to raise. Without the interpreter JEXL sets up and
            // tears down for every call (thread-locals, operators), which is half of evaluating on C1.
            Object value = context.get(c.name());
            if (value != null || context.has(c.name())) {
                return value;
            }
        }
        JexlScript script = c.script();
        try {
            return script.execute(context);
        } catch (RuntimeException e) {
            throw new ExprException(this, e.getMessage());
        }
    }

    /** Compiles now if compiling was deferred (a background thread's head start); nothing otherwise. */
    void compile() {
        compiled();
    }

    private Compiled compiled() {
        Compiled c = compiled;
        if (c == null) {
            synchronized (compiler) {
                c = compiled;
                if (c == null) {
                    Diagnostics out = new Diagnostics();
                    Expr e = compiler.compile(source, location, out).orElse(null);
                    if (e == null) {
                        // Only built-ins are deferred, and the build refuses any that does not compile (BuiltinCheck).
                        throw new ExprException(this, "does not compile: " + out.list());
                    }
                    c = e.compiled;
                    compiled = c;
                }
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expr e && source.equals(e.source) && location.equals(e.location);
    }

    @Override
    public int hashCode() {
        return source.hashCode() * 31 + location.hashCode();
    }

    @Override
    public String toString() {
        return "Expr[" + source + " @ " + location + "]";
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
