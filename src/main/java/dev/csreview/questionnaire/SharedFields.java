package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds the fields every part of a questionnaire file shares (texts in two languages, expressions, citations) and
 * reports what is malformed; one instance per file.
 */
final class SharedFields {
    private static final Pattern CITATION = Pattern.compile("^([a-z][a-z0-9_-]*):(\\d+[a-z]?(?:-\\d+[a-z]?)?)(?:\\(([0-9a-z]+)\\))?$");

    private final Diagnostics out;
    private final Supplier<ExpressionCompiler> compiler;
    private final boolean deferCompiling;

    SharedFields(Diagnostics out, Supplier<ExpressionCompiler> compiler, boolean deferCompiling) {
        this.out = out;
        this.compiler = compiler;
        this.deferCompiling = deferCompiling;
    }

    /** Each item of the list under {@code key}, bound; items that could not be bound are left out. */
    <T> List<T> each(Fields f, String key, Function<YNode, T> bind) {
        List<T> result = new ArrayList<>();
        for (YNode n : f.list(key)) {
            T x = bind.apply(n);
            if (x != null) {
                result.add(x);
            }
        }
        return List.copyOf(result);
    }

    List<Citation> cites(Fields f) {
        List<Citation> result = new ArrayList<>();
        YNode n = f.node("cites");
        List<YNode> items = n instanceof YNode.Scalar s && !s.isNull() ? List.of(n) : f.list("cites");
        for (YNode item : items) {
            if (!(item instanceof YNode.Scalar s) || s.isNull()) {
                out.error(item.location(), "S005", "cites", "text", item.kindName());
                continue;
            }
            Matcher m = CITATION.matcher(s.text().trim());
            if (!m.matches()) {
                out.error(item.location(), "Q007", s.text());
                continue;
            }
            result.add(new Citation(m.group(1), m.group(2), m.group(3), item.location()));
        }
        return List.copyOf(result);
    }

    Expr expr(Fields f, String key) {
        YNode n = f.node(key);
        if (n == null || Fields.isNull(n)) {
            return null;
        }
        if (!(n instanceof YNode.Scalar s)) {
            out.error(n.location(), "S005", key, "expression", n.kindName());
            return null;
        }
        // YAML types `true` as a boolean; as an expression it means the same.
        return deferCompiling
                ? compiler.get().deferred(s.text(), n.location())
                : compiler.get().compile(s.text(), n.location(), s::at, out).orElse(null);
    }

    Text text(Fields f, String key, boolean required) {
        YNode n = f.node(key);
        if (n == null || Fields.isNull(n)) {
            if (required) {
                out.error(f.location(), "S004", f.what(), key);
            }
            return Text.EMPTY;
        }
        return textNode(n, key);
    }

    Text textNode(YNode n, String key) {
        if (n instanceof YNode.Scalar s) {
            out.warning(n.location(), "Q008", key);
            return Text.both(s.text());
        }
        Optional<Fields> fo = Fields.of(n, key, QuestionnaireLoader.TEXT_KEYS, out);
        if (fo.isEmpty()) {
            return Text.EMPTY;
        }
        Fields t = fo.get();
        Text result = new Text(t.string("zh").orElse(null), t.string("en").orElse(null));
        if (result.zh() == null || result.en() == null) {
            out.warning(t.location(), "Q009", key, result.zh() == null ? "zh" : "en");
        }
        return result;
    }

    /** The arguments "one of these" and "did you mean" of a diagnostic on a word that is none of the options. */
    static Object[] didYouMeanOr(String word, List<String> options) {
        return new Object[] {String.join(", ", options), new Diagnostic.Hint(Fields.didYouMean(word, options))};
    }
}
