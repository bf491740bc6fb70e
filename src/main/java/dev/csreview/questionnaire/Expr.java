package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.List;

/**
 * An expression with its source text and location, compiled when loaded or, for a built-in questionnaire the
 * build has already checked, on first use ({@link ExpressionCompiler#deferred}). {@code references} lists the ids
 * it reads, as paths ({@code [users]}, {@code [item, supplier_country]}, {@code [unknown, users]}); {@code tree} is
 * what the assessment evaluates. Equal when source and location are.
 */
public final class Expr {
    private final String source;
    private final Location location;
    // Set while compilation is deferred; the compiled form is published once through the volatile field.
    private final ExpressionCompiler compiler;
    private volatile Compiled compiled;

    private record Compiled(ExprNode tree, List<List<String>> references) {}

    Expr(String source, Location location, ExprNode tree, List<List<String>> references) {
        this.source = source;
        this.location = location;
        this.compiler = null;
        this.compiled = new Compiled(tree, references);
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

    /** The expression's tree; a deferred one is compiled now. */
    public ExprNode tree() {
        return compiled().tree();
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

    /**
     * A run-time failure of an expression on some answers: values of kinds that do not combine ({@code E006}), or a
     * limit on what one evaluation may build ({@code E007}).
     */
    public static final class ExprException extends RuntimeException {
        private final transient Expr expr;
        private final String code;

        public ExprException(Expr expr, String message) {
            this(expr, "E006", message);
        }

        public ExprException(Expr expr, String code, String message) {
            super(message);
            this.expr = expr;
            this.code = code;
            this.why = null;
        }

        /** What failed in csreview's words, shown in the reader's language (the message is its English). */
        public ExprException(Expr expr, String code, dev.csreview.diagnostic.Diagnostic.Term why) {
            super(null, null);
            this.expr = expr;
            this.code = code;
            this.why = why;
        }

        public ExprException(Expr expr, dev.csreview.diagnostic.Diagnostic.Term why) {
            this(expr, "E006", why);
        }

        private final dev.csreview.diagnostic.Diagnostic.Term why;

        @Override
        public String getMessage() {
            return why != null ? why.in(java.util.Locale.ENGLISH) : super.getMessage();
        }

        /** What failed, for the diagnostic: a term in the reader's language, else JEXL's message. */
        public Object why() {
            return why != null ? why : getMessage();
        }

        public Expr expr() {
            return expr;
        }

        /** The diagnostic code: E006 or E007. */
        public String code() {
            return code;
        }
    }
}
