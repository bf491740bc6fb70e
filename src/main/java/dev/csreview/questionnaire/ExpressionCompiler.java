package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.internal.Engine;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.parser.ASTJexlScript;

/**
 * Compiles questionnaire expressions: Apache Commons JEXL parses them, locked down to a side-effect-free subset (no
 * loops, method calls, {@code new}, assignment, lambdas, local variables or pragmas), and {@link ExprTrees} turns
 * the parse into the documented subset that the assessment evaluates in three-valued logic. JEXL never runs them.
 */
public final class ExpressionCompiler {
    /** Longer expressions are a sign of hostile input or of logic that belongs in computed values. */
    public static final int MAX_LENGTH = 2000;

    private final JexlFeatures features;
    private final ParsingEngine engine;
    private final List<Expr> pending = new ArrayList<>(); // deferred, maybe not compiled yet; guarded by this

    public ExpressionCompiler() {
        this.features = new JexlFeatures()
                .loops(false)
                .sideEffect(false)
                .sideEffectGlobal(false)
                .newInstance(false)
                .methodCall(false)
                .lambda(false)
                .localVar(false)
                .script(false)
                .annotation(false)
                .pragma(false)
                .importPragma(false)
                .namespacePragma(false)
                .structuredLiteral(true);
        // An explicit no-op logger, here and in the introspector, keeps commons-logging from discovering a
        // logging back-end at start-up (it finds POI's Log4j API and routes it through SLF4J: ~50 ms, ~150 classes).
        org.apache.commons.logging.Log quiet = new org.apache.commons.logging.impl.NoOpLog();
        JexlPermissions permissions = JexlPermissions.RESTRICTED;
        this.engine = new ParsingEngine(new JexlBuilder()
                .features(features)
                .permissions(permissions)
                .logger(quiet)
                .uberspect(new org.apache.commons.jexl3.internal.introspection.Uberspect(
                        quiet, org.apache.commons.jexl3.introspection.JexlUberspect.JEXL_STRATEGY, permissions))
                .strict(true)
                .safe(false)
                .silent(false)
                .cache(512));
    }

    /** Compiles {@code source}; on failure reports a diagnostic at the expression's position and returns empty. */
    public Optional<Expr> compile(String source, Location at, Diagnostics out) {
        return compile(source, at, offset -> at, out);
    }

    /**
     * Compiles {@code source}, {@code inText} telling where its character at an offset stands in the file (the
     * expression's own location when that is not known), so that a parse error points at the offending token.
     */
    public Optional<Expr> compile(String source, Location at, IntFunction<Location> inText, Diagnostics out) {
        if (source == null || source.isBlank()) {
            out.error(at, "E002");
            return Optional.empty();
        }
        if (source.length() > MAX_LENGTH) {
            out.error(at, "E001", source.length(), MAX_LENGTH);
            return Optional.empty();
        }
        if (hasStatementSeparator(source)) {
            out.error(at, "E003");
            return Optional.empty();
        }
        Optional<ParseProblem> shape = ExpressionShape.firstProblem(source);
        if (shape.isPresent()) {
            out.error(inText.apply(shape.get().offset()), "E005", shape.get().what());
            return Optional.empty();
        }
        try {
            ASTJexlScript parsed = engine.parse(new JexlInfo(at.file(), at.line(), at.column()), features, source);
            ExprNode tree = ExprTrees.of(parsed);
            List<List<String>> refs = new ArrayList<>();
            for (List<String> path : engine.variables(parsed)) {
                refs.add(List.copyOf(path));
            }
            return Optional.of(new Expr(source, at, tree, List.copyOf(refs)));
        } catch (ExprTrees.Refused e) {
            out.error(inText.apply(offset(e.line(), e.column())), "E005", e.what());
            return Optional.empty();
        } catch (JexlException e) {
            ParseProblem problem = ParseProblem.of(source, e);
            out.error(inText.apply(problem.offset()), "E004", problem.what());
            return Optional.empty();
        } catch (RuntimeException e) {
            out.error(at, "E004", String.valueOf(e.getMessage()));
            return Optional.empty();
        } catch (StackOverflowError e) {
            // The shape check bounds nesting; this is the last line of defence for the recursive parser.
            out.error(at, "E005", dev.csreview.diagnostic.Diagnostic.Term.of("nesting"));
            return Optional.empty();
        }
    }

    /**
     * {@code source} to be compiled on first use, for a questionnaire the build has already compiled in full; a
     * failure then is an internal error ({@link Expr.ExprException}), not a diagnostic.
     */
    public Expr deferred(String source, Location at) {
        Expr e = new Expr(source, at, this);
        synchronized (this) {
            pending.add(e);
        }
        return e;
    }

    /**
     * Compiles every deferred expression not compiled yet: a background thread's head start, so that what a run
     * evaluates is mostly compiled already when it gets there.
     */
    public void compileDeferred() {
        List<Expr> all;
        synchronized (this) {
            all = new ArrayList<>(pending);
            pending.clear();
        }
        for (Expr e : all) {
            e.compile();
        }
    }

    /** JEXL accepts {@code a; b} even with scripts disabled; only one expression is allowed. */
    private static boolean hasStatementSeparator(String source) {
        boolean inSingle = false;
        boolean inDouble = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'' && !inDouble) {
                inSingle = !inSingle;
            } else if (c == '"' && !inSingle) {
                inDouble = !inDouble;
            } else if (c == ';' && !inSingle && !inDouble) {
                return true;
            }
        }
        return false;
    }

    /** The offset in the expression of JEXL's 1-based line and column; -1 past the first line. */
    static int offset(int line, int column) {
        return line == 1 && column > 0 ? column - 1 : -1;
    }

    /** JEXL's engine used as a parser only: the tree and the names it reads, nothing evaluated. */
    private static final class ParsingEngine extends Engine {
        ParsingEngine(JexlBuilder builder) {
            super(builder);
        }

        ASTJexlScript parse(JexlInfo info, JexlFeatures features, String source) {
            return parse(info, features, source, null);
        }

        Set<List<String>> variables(ASTJexlScript script) {
            return getVariables(script);
        }
    }
}
