package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.diagnostic.Location;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.TreeCache;
import dev.csreview.yaml.YNode;
import dev.csreview.yaml.YamlReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a questionnaire file into the model, then lints it; any error aborts with every diagnostic found. */
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
    static final Set<String> CASE_KEYS = Set.of("outcome", "when", "reason", "cites");
    static final Set<String> NOTE_KEYS = Set.of("id", "when", "title", "text", "cites");
    static final Set<String> TEXT_KEYS = Set.of("zh", "en");

    private static final Pattern CITATION = Pattern.compile("^([a-z][a-z0-9_-]*):(\\d+[a-z]?(?:-\\d+[a-z]?)?)(?:\\(([0-9a-z]+)\\))?$");
    private static final Pattern RANGE = Pattern.compile("^(\\d+)-(\\d+)$");

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
        Questionnaire q = new Binder(out, hash, sourceName, checkedByTheBuild).questionnaire(root.get());
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

    /** Binds the located tree to records; one instance per file. */
    private final class Binder {
        private final Diagnostics out;
        private final String hash;
        private final String sourceName;
        private final boolean deferCompiling;

        Binder(Diagnostics out, String hash, String sourceName, boolean deferCompiling) {
            this.out = out;
            this.hash = hash;
            this.sourceName = sourceName;
            this.deferCompiling = deferCompiling;
        }

        Questionnaire questionnaire(YNode root) {
            Optional<Fields> fo = Fields.of(root, Diagnostic.Term.of("questionnaire"), TOP_KEYS, out);
            if (fo.isEmpty()) {
                return null;
            }
            Fields f = fo.get();
            String id = f.requiredString("questionnaire").orElse("");
            String version = f.requiredString("version").orElse("");
            Text title = text(f, "title", true);
            Text disclaimer = text(f, "disclaimer", false);
            String regulation = f.requiredString("regulation").orElse("");
            List<String> languages = f.strings("languages");
            Map<String, Instrument> instruments = instruments(f);
            List<Section> sections = new ArrayList<>();
            for (YNode n : f.list("sections")) {
                Section s = section(n);
                if (s != null) {
                    sections.add(s);
                }
            }
            if (!f.has("sections")) {
                out.error(f.location(), "S004", Diagnostic.Term.of("questionnaire"), "sections");
            }
            List<Computed> computed = new ArrayList<>();
            for (YNode n : f.list("computed")) {
                Computed c = computed(n);
                if (c != null) {
                    computed.add(c);
                }
            }
            List<Factor> factors = new ArrayList<>();
            for (YNode n : f.list("factors")) {
                Factor x = factor(n);
                if (x != null) {
                    factors.add(x);
                }
            }
            List<Rule> rules = new ArrayList<>();
            for (YNode n : f.list("rules")) {
                Rule r = rule(n);
                if (r != null) {
                    rules.add(r);
                }
            }
            List<Determination> determinations = new ArrayList<>();
            for (YNode n : f.list("determinations")) {
                Determination d = determination(n);
                if (d != null) {
                    determinations.add(d);
                }
            }
            List<Note> notes = new ArrayList<>();
            for (YNode n : f.list("notes")) {
                Note x = note(n);
                if (x != null) {
                    notes.add(x);
                }
            }
            List<Migration> migrations = new ArrayList<>();
            for (YNode n : f.list("migrations")) {
                Migration m = migration(n);
                if (m != null) {
                    migrations.add(m);
                }
            }
            return new Questionnaire(id, version, title, disclaimer, regulation, languages, instruments,
                    List.copyOf(sections), List.copyOf(computed), List.copyOf(factors), List.copyOf(rules),
                    List.copyOf(determinations), List.copyOf(notes), List.copyOf(migrations), sourceName, hash);
        }

        Migration migration(YNode n) {
            Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("migration"), MIGRATION_KEYS, out);
            if (fo.isEmpty()) {
                return null;
            }
            Fields f = fo.get();
            String from = f.requiredString("from").orElse("");
            String to = f.requiredString("to").orElse("");
            List<Migration.Change> changes = new ArrayList<>();
            for (YNode cn : f.list("changes")) {
                Migration.Change c = change(cn);
                if (c != null) {
                    changes.add(c);
                }
            }
            return new Migration(from, to, text(f, "summary", false), List.copyOf(changes), f.location());
        }

        Migration.Change change(YNode n) {
            Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("migration change"), CHANGE_KEYS, out);
            if (fo.isEmpty()) {
                return null;
            }
            Fields f = fo.get();
            List<String> kinds = CHANGE_KINDS.stream().filter(f::has).toList();
            if (kinds.size() != 1) {
                // Q110: one of new, changed, rename, choices, drop, split, merge — exactly one.
                out.error(f.location(), "Q110", String.join(", ", kinds.isEmpty() ? CHANGE_KINDS : kinds));
                return null;
            }
            String key = kinds.get(0);
            Migration.Kind kind = Migration.Kind.valueOf(key.toUpperCase(java.util.Locale.ROOT));
            Map<String, Location> at = new LinkedHashMap<>();
            at.put(key, f.at(key));
            String question = null;
            List<String> ids = List.of();
            if (kind == Migration.Kind.MERGE) {
                ids = f.strings("merge");
            } else {
                question = f.string(key).orElse(null);
            }
            if (kind == Migration.Kind.SPLIT) {
                ids = f.strings("into");
                at.put("into", f.at("into"));
            }
            String to = f.string("to").orElse(null);
            at.put("to", f.at("to"));
            Map<String, String> map = new LinkedHashMap<>();
            YNode mn = f.node("map");
            if (mn instanceof YNode.Mapping mm) {
                for (var e : mm.entries().entrySet()) {
                    if (e.getValue() instanceof YNode.Scalar sv && !sv.isNull()) {
                        map.put(e.getKey(), sv.text());
                        at.put("map." + e.getKey(), sv.location());
                    } else {
                        out.error(e.getValue().location(), "S005", e.getKey(), "text", e.getValue().kindName());
                    }
                }
            } else if (mn != null && !Fields.isNull(mn)) {
                out.error(mn.location(), "S001", "map", mn.kindName());
            }
            boolean needsTo = kind == Migration.Kind.RENAME || kind == Migration.Kind.MERGE;
            if (needsTo && to == null) {
                out.error(f.location(), "S004", Diagnostic.Term.of("migration change"), "to");
            }
            if (kind == Migration.Kind.SPLIT && ids.isEmpty()) {
                out.error(f.location(), "S004", Diagnostic.Term.of("migration change"), "into");
            }
            if (kind == Migration.Kind.CHOICES && map.isEmpty()) {
                out.error(f.location(), "S004", Diagnostic.Term.of("migration change"), "map");
            }
            Text why = text(f, "why", kind != Migration.Kind.RENAME && kind != Migration.Kind.CHOICES);
            return new Migration.Change(kind, question, to, java.util.Collections.unmodifiableMap(map), List.copyOf(ids), why, f.location(), Map.copyOf(at));
        }

        Map<String, Instrument> instruments(Fields f) {
            Map<String, Instrument> result = new LinkedHashMap<>();
            YNode node = f.node("instruments");
            if (node == null) {
                out.error(f.location(), "S004", Diagnostic.Term.of("questionnaire"), "instruments");
                return result;
            }
            if (!(node instanceof YNode.Mapping m)) {
                out.error(node.location(), "S001", "instruments", node.kindName());
                return result;
            }
            for (var e : m.entries().entrySet()) {
                Optional<Fields> io = Fields.of(e.getValue(), Diagnostic.Term.of("instrument"), INSTRUMENT_KEYS, out);
                if (io.isEmpty()) {
                    continue;
                }
                Fields i = io.get();
                Map<String, Text> summaries = new LinkedHashMap<>();
                YNode sn = i.node("summaries");
                if (sn instanceof YNode.Mapping sm) {
                    for (var s : sm.entries().entrySet()) {
                        summaries.put(s.getKey(), textNode(s.getValue(), "summaries"));
                    }
                } else if (sn != null && !Fields.isNull(sn)) {
                    out.error(sn.location(), "S001", "summaries", sn.kindName());
                }
                result.put(e.getKey(), new Instrument(
                        e.getKey(),
                        text(i, "name", true),
                        i.string("number").orElse(null),
                        i.string("effective").orElse(null),
                        i.string("status").orElse(null),
                        i.strings("sources"),
                        articles(i),
                        summaries,
                        i.strings("quoted"),
                        text(i, "article_format", false),
                        text(i, "item_format", false)));
            }
            return result;
        }

        /** Articles as a list, where an item may be a range {@code "1-23"}. */
        List<String> articles(Fields i) {
            List<String> result = new ArrayList<>();
            YNode n = i.node("articles");
            List<String> raw = n instanceof YNode.Scalar s && !s.isNull() ? List.of(s.text()) : i.strings("articles");
            for (String a : raw) {
                Matcher m = RANGE.matcher(a.trim());
                if (m.matches()) {
                    // No instrument has a million articles; longer numbers would overflow (found by fuzzing).
                    if (m.group(1).length() > 6 || m.group(2).length() > 6) {
                        out.error(i.at("articles"), "Q020", a);
                        continue;
                    }
                    int from = Integer.parseInt(m.group(1));
                    int to = Integer.parseInt(m.group(2));
                    if (to < from || to - from > 2000) {
                        out.error(i.at("articles"), "Q020", a);
                        continue;
                    }
                    for (int k = from; k <= to; k++) {
                        result.add(Integer.toString(k));
                    }
                } else {
                    result.add(a.trim());
                }
            }
            if (raw.isEmpty()) {
                // Only when none are written: a bad range is reported as such (Q020), not also as missing.
                out.error(i.location(), "S004", Diagnostic.Term.of("instrument"), "articles");
            }
            return List.copyOf(result);
        }

        Section section(YNode n) {
            Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("section"), SECTION_KEYS, out);
            if (fo.isEmpty()) {
                return null;
            }
            Fields f = fo.get();
            String id = f.requiredString("id").orElse("");
            List<Question> questions = new ArrayList<>();
            for (YNode qn : f.list("questions")) {
                Question q = question(qn, false);
                if (q != null) {
                    questions.add(q);
                }
            }
            if (questions.isEmpty()) {
                out.error(f.location(), "Q021", id);
            }
            return new Section(id, text(f, "title", true), text(f, "intro", false), expr(f, "when"),
                    List.copyOf(questions), f.location());
        }

        Question question(YNode n, boolean inGroup) {
            Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("question"), QUESTION_KEYS, out);
            if (fo.isEmpty()) {
                return null;
            }
            Fields f = fo.get();
            String id = f.requiredString("id").orElse("");
            String typeName = f.requiredString("type").orElse("text");
            QuestionType type;
            try {
                type = QuestionType.valueOf(typeName.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                Object[] hint = didYouMeanOr(typeName, QuestionType.ids());
                out.error(f.at("type"), "Q001", typeName, id, hint[0], hint[1]);
                type = QuestionType.TEXT;
            }
            if (type == QuestionType.GROUP && inGroup) {
                out.error(f.at("type"), "Q002", id);
            }
            List<Choice> choices = new ArrayList<>();
            for (YNode cn : f.list("choices")) {
                Fields.of(cn, Diagnostic.Term.of("choice"), CHOICE_KEYS, out).ifPresent(c -> choices.add(new Choice(
                        c.requiredString("id").orElse(""), text(c, "text", true), text(c, "help", false), c.location())));
            }
            List<Validation> validations = new ArrayList<>();
            for (YNode vn : f.list("validate")) {
                Fields.of(vn, Diagnostic.Term.of("validation"), VALIDATION_KEYS, out).ifPresent(v -> {
                    Expr rule = expr(v, "rule");
                    if (rule == null && !v.has("rule")) {
                        out.error(v.location(), "S004", "validation", "rule");
                    }
                    if (rule != null) {
                        validations.add(new Validation(rule, text(v, "message", true)));
                    }
                });
            }
            List<Question> fields = new ArrayList<>();
            for (YNode fn : f.list("fields")) {
                Question q = question(fn, true);
                if (q != null) {
                    fields.add(q);
                }
            }
            return new Question(
                    id,
                    type,
                    text(f, "text", true),
                    text(f, "help", false),
                    cites(f),
                    expr(f, "when"),
                    f.bool("required").orElse(true),
                    f.bool("unknown").orElse(false),
                    defaultValue(f),
                    List.copyOf(choices),
                    f.integer("min").orElse(null),
                    f.integer("max").orElse(null),
                    text(f, "unit", false),
                    List.copyOf(validations),
                    List.copyOf(fields),
                    f.string("item_label").orElse(null),
                    f.integer("min_items").map(Long::intValue).orElse(null),
                    f.integer("max_items").map(Long::intValue).orElse(null),
                    f.location());
        }

        /** The default as a located scalar or list; checked against the question's type by the linter. */
        Object defaultValue(Fields f) {
            YNode n = f.node("default");
            return n == null || Fields.isNull(n) ? null : n;
        }

        Computed computed(YNode n) {
            Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("computed value"), COMPUTED_KEYS, out);
            if (fo.isEmpty()) {
                return null;
            }
            Fields f = fo.get();
            String id = f.requiredString("id").orElse("");
            List<String> kinds = new ArrayList<>();
            for (String k : List.of("expr", "any", "all", "count", "max")) {
                if (f.has(k)) {
                    kinds.add(k);
                }
            }
            if (kinds.size() != 1) {
                out.error(f.location(), "Q003", id);
                return null;
            }
            Computed.Kind kind = Computed.Kind.valueOf(kinds.get(0).toUpperCase(java.util.Locale.ROOT));
            String group = null;
            Expr expr = null;
            List<String> of = List.of();
            switch (kind) {
                case EXPR -> expr = expr(f, "expr");
                case MAX -> of = f.strings("max");
                default -> {
                    group = f.string(kinds.get(0)).orElse("");
                    expr = expr(f, "where");
                    if (!f.has("where")) {
                        out.error(f.location(), "S004", Diagnostic.Term.of("computed value"), "where");
                    }
                }
            }
            return new Computed(id, kind, group, expr, of, text(f, "description", true), cites(f), f.location());
        }

        Factor factor(YNode n) {
            Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("factor"), FACTOR_KEYS, out);
            if (fo.isEmpty()) {
                return null;
            }
            Fields f = fo.get();
            List<Factor.Level> levels = new ArrayList<>();
            for (YNode ln : f.list("levels")) {
                Fields.of(ln, Diagnostic.Term.of("level"), LEVEL_KEYS, out).ifPresent(l -> levels.add(new Factor.Level(
                        l.requiredString("id").orElse(""), text(l, "name", true),
                        l.integer("min").orElse(0L).intValue())));
            }
            String id = f.requiredString("id").orElse("");
            if (levels.isEmpty()) {
                out.error(f.location(), "Q004", id);
                return null;
            }
            return new Factor(id, f.string("number").orElse(""), text(f, "title", true),
                    text(f, "description", false), cites(f), List.copyOf(levels), expr(f, "when"), f.location());
        }

        Rule rule(YNode n) {
            Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("rule"), RULE_KEYS, out);
            if (fo.isEmpty()) {
                return null;
            }
            Fields f = fo.get();
            Expr when = expr(f, "when");
            if (!f.has("when")) {
                out.error(f.location(), "S004", "rule", "when");
            }
            return new Rule(f.requiredString("id").orElse(""), f.requiredString("factor").orElse(""),
                    f.string("for_each").orElse(null), when, f.integer("points").orElse(0L).intValue(),
                    text(f, "why", true), cites(f), f.location());
        }

        Determination determination(YNode n) {
            Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("determination"), DETERMINATION_KEYS, out);
            if (fo.isEmpty()) {
                return null;
            }
            Fields f = fo.get();
            String id = f.requiredString("id").orElse("");
            List<Determination.Case> cases = new ArrayList<>();
            for (YNode cn : f.list("cases")) {
                Determination.Case c = determinationCase(cn, true);
                if (c != null) {
                    cases.add(c);
                }
            }
            Determination.Case otherwise = null;
            if (f.has("otherwise")) {
                otherwise = determinationCase(f.node("otherwise"), false);
            } else {
                out.error(f.location(), "S004", "determination", "otherwise");
            }
            return new Determination(id, text(f, "title", true), text(f, "description", false), cites(f),
                    List.copyOf(cases), otherwise, f.location());
        }

        Determination.Case determinationCase(YNode n, boolean needsWhen) {
            Optional<Fields> fo = Fields.of(n, needsWhen ? "case" : "otherwise", CASE_KEYS, out);
            if (fo.isEmpty()) {
                return null;
            }
            Fields f = fo.get();
            String outcomeId = f.requiredString("outcome").orElse("");
            Outcome outcome = Outcome.fromId(outcomeId);
            if (outcome == null && !outcomeId.isEmpty()) {
                Object[] hint = didYouMeanOr(outcomeId, Outcome.ids());
                out.error(f.at("outcome"), "Q005", outcomeId, hint[0], hint[1]);
            }
            Expr when = expr(f, "when");
            if (needsWhen && !f.has("when")) {
                out.error(f.location(), "S004", "case", "when");
            }
            if (!needsWhen && f.has("when")) {
                out.error(f.at("when"), "Q006");
            }
            return new Determination.Case(outcome == null ? Outcome.CANNOT_TELL : outcome, when,
                    text(f, "reason", true), cites(f), f.location());
        }

        Note note(YNode n) {
            Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("note"), NOTE_KEYS, out);
            if (fo.isEmpty()) {
                return null;
            }
            Fields f = fo.get();
            Expr when = expr(f, "when");
            if (!f.has("when")) {
                out.error(f.location(), "S004", "note", "when");
            }
            return new Note(f.requiredString("id").orElse(""), when, text(f, "title", true), text(f, "text", true),
                    cites(f), f.location());
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
            if (compiler == null) {
                compiler = new ExpressionCompiler();
            }
            return deferCompiling ? compiler.deferred(s.text(), n.location()) : compiler.compile(s.text(), n.location(), out).orElse(null);
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
            Optional<Fields> fo = Fields.of(n, key, TEXT_KEYS, out);
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

        private Object[] didYouMeanOr(String word, List<String> options) {
            return new Object[] {String.join(", ", options), new Diagnostic.Hint(Fields.didYouMean(word, options))};
        }
    }
}
