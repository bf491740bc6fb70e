package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.TreeCache;
import dev.csreview.yaml.YNode;
import dev.csreview.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a questionnaire file into the model, then lints it; any error aborts with every diagnostic found.
 * The key sets below are the file format's vocabulary (schema/questionnaire.schema.json lists the same);
 * one binder a part of the file reads it ({@link QuestionBinder}, {@link ScoringBinder}, {@link InstrumentBinder},
 * {@link MigrationBinder}).
 */
public final class QuestionnaireLoader {
    static final Set<String> TOP_KEYS = Set.of(
            "questionnaire", "version", "title", "disclaimer", "regulation", "languages", "instruments",
            "sections", "computed", "factors", "rules", "determinations", "notes", "migrations");
    static final Set<String> MIGRATION_KEYS = Set.of("from", "to", "summary", "changes");
    static final Set<String> CHANGE_KEYS = Set.of("new", "changed", "rename", "choices", "drop", "split", "merge", "to", "into", "map", "why");
    /** The keys that say what a change is; exactly one per change. */
    static final List<String> CHANGE_KINDS = List.of("new", "changed", "rename", "choices", "drop", "split", "merge");
    static final Set<String> INSTRUMENT_KEYS =
            Set.of("name", "number", "effective", "status", "sources", "articles", "summaries", "quoted", "article_format", "item_format");
    static final Set<String> SECTION_KEYS = Set.of("id", "title", "intro", "when", "questions");
    static final Set<String> QUESTION_KEYS = Set.of(
            "id", "type", "text", "help", "cites", "when", "required", "unknown", "default", "choices", "min",
            "max", "unit", "validate", "fields", "item_label", "min_items", "max_items");
    static final Set<String> CHOICE_KEYS = Set.of("id", "text", "help");
    static final Set<String> VALIDATION_KEYS = Set.of("rule", "message");
    static final Set<String> COMPUTED_KEYS =
            Set.of("id", "expr", "any", "all", "count", "where", "max", "description", "cites");
    static final Set<String> FACTOR_KEYS = Set.of("id", "number", "title", "description", "cites", "levels", "when");
    static final Set<String> LEVEL_KEYS = Set.of("id", "name", "min");
    static final Set<String> RULE_KEYS = Set.of("id", "factor", "for_each", "when", "points", "why", "cites");
    static final Set<String> DETERMINATION_KEYS = Set.of("id", "title", "description", "cites", "cases", "otherwise");
    static final Set<String> CASE_KEYS = Set.of("outcome", "when", "reason", "cites", "stands_alone");
    static final Set<String> NOTE_KEYS = Set.of("id", "when", "title", "text", "cites");
    static final Set<String> TEXT_KEYS = Set.of("zh", "en");

    private final YamlReader yaml = new YamlReader();
    // Made on first use: building the expression engine is the costliest step of start-up, and a loader
    // whose built-in questionnaire was preloaded elsewhere never needs one.
    private ExpressionCompiler compiler;

    /** Loads and lints; throws with all diagnostics if there is any error. Warnings are returned in the result. */
    public Loaded load(String sourceName, byte[] bytes) throws InvalidInputException {
        return load(sourceName, bytes, null);
    }

    /**
     * As {@link #load(String, byte[])}, skipping the YAML parse when {@code cachedTree} was made from these bytes.
     * Such a tree is made only by the build, for a built-in questionnaire that the build has loaded, linted and
     * compiled in full ({@link BuiltinCheck}); so with it, expressions are compiled on first use and the lint is not
     * repeated: a short run (the interview's first question) compiles only what it evaluates.
     */
    public Loaded load(String sourceName, byte[] bytes, byte[] cachedTree) throws InvalidInputException {
        Diagnostics out = new Diagnostics();
        Optional<TreeCache.Cached> cached = TreeCache.decode(cachedTree, bytes, sourceName);
        String hash = cached.isPresent() ? cached.get().sha256() : TreeCache.sha256(bytes);
        Optional<YNode> root = cached.map(TreeCache.Cached::root);
        if (root.isEmpty()) {
            root = yaml.read(sourceName, bytes, out);
        }
        if (root.isEmpty()) {
            throw new InvalidInputException(out.list());
        }
        boolean checkedByTheBuild = cached.isPresent();
        Questionnaire q = bind(root.get(), out, hash, sourceName, checkedByTheBuild);
        if (q != null && !out.hasErrors() && !checkedByTheBuild) {
            new QuestionnaireLinter(q, out).lint();
        }
        if (out.hasErrors() || q == null) {
            throw new InvalidInputException(out.list());
        }
        return new Loaded(q, out.list());
    }

    /** Compiles the expressions whose compiling was deferred (see {@link #load(String, byte[], byte[])}) now. */
    public void compileDeferred() {
        if (compiler != null) {
            compiler.compileDeferred();
        }
    }

    /** A questionnaire with the warnings its linting produced. */
    public record Loaded(Questionnaire questionnaire, List<Diagnostic> warnings) {}

    private ExpressionCompiler compiler() {
        if (compiler == null) {
            compiler = new ExpressionCompiler();
        }
        return compiler;
    }

    /**
     * Binds the located tree to records, one part of the file per binder, in the order of the file's keys (so the
     * diagnostics come in that order); null if the root is not a mapping.
     */
    private Questionnaire bind(YNode root, Diagnostics out, String hash, String sourceName, boolean deferCompiling) {
        Optional<Fields> fo = Fields.of(root, Diagnostic.Term.of("questionnaire"), TOP_KEYS, out);
        if (fo.isEmpty()) {
            return null;
        }
        SharedFields shared = new SharedFields(out, this::compiler, deferCompiling);
        QuestionBinder questions = new QuestionBinder(out, shared);
        ScoringBinder scoring = new ScoringBinder(out, shared);
        Fields f = fo.get();
        String id = f.requiredString("questionnaire").orElse("");
        String version = f.requiredString("version").orElse("");
        Text title = shared.text(f, "title", true);
        Text disclaimer = shared.text(f, "disclaimer", false);
        String regulation = f.requiredString("regulation").orElse("");
        List<String> languages = f.strings("languages");
        Map<String, Instrument> instruments = new InstrumentBinder(out, shared).instruments(f);
        List<Section> sections = shared.each(f, "sections", questions::section);
        if (!f.has("sections")) {
            out.error(f.location(), "S004", Diagnostic.Term.of("questionnaire"), "sections");
        }
        List<Computed> computed = shared.each(f, "computed", scoring::computed);
        List<Factor> factors = shared.each(f, "factors", scoring::factor);
        List<Rule> rules = shared.each(f, "rules", scoring::rule);
        List<Determination> determinations = shared.each(f, "determinations", scoring::determination);
        List<Note> notes = shared.each(f, "notes", scoring::note);
        List<Migration> migrations = shared.each(f, "migrations", new MigrationBinder(out, shared)::migration);
        return new Questionnaire(id, version, title, disclaimer, regulation, languages, instruments,
                sections, computed, factors, rules, determinations, notes, migrations, sourceName, hash);
    }
}
