package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Semantic checks of a bound questionnaire: ids, references, expressions, cycles, citations and translations.
 * Everything a consultant could get wrong by editing the YAML should surface here, at load, with a position.
 */
final class QuestionnaireLinter {
    /** Names the expression language gives meaning to, or that the evaluator binds. */
    static final Set<String> RESERVED = Set.of(
            "item", "unknown", "true", "false", "null", "size", "empty", "and", "or", "not", "eq", "ne", "lt",
            "gt", "le", "ge", "div", "mod", "new", "var", "let", "const", "function", "return", "if", "else",
            "for", "while", "do", "break", "continue", "in", "this");

    private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]{0,63}$");
    private static final Pattern LITERAL = Pattern.compile("'([^'\\\\]*)'|\"([^\"\\\\]*)\"");
    private static final Pattern CHOICE_LIKE = Pattern.compile("^[a-z][a-z0-9_]*$");
    /** A name compared with a quoted text, either way round: {@code is_ciio == 'no'}, {@code 'yes' != item.x}. */
    private static final Pattern NAME_VS_TEXT = Pattern.compile(
            "(?<![\\w.])((?:item\\.)?[a-z][a-z0-9_]*)\\s*(?:==|!=|=~|!~)\\s*['\"]([^'\"]*)['\"]"
                    + "|['\"]([^'\"]*)['\"]\\s*(?:==|!=|=~|!~)\\s*((?:item\\.)?[a-z][a-z0-9_]*)(?![\\w.])");

    private final Questionnaire q;
    private final Diagnostics out;
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, Question> groupOfField = new HashMap<>();
    private final Map<String, Computed> computed = new LinkedHashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Set<String> mentionedLiterals = new HashSet<>();
    /** Cited articles already reported for lacking a summary (once each, at the first citation). */
    private final Set<String> unsummarised = new HashSet<>();
    private final Set<String> referencedIds = new HashSet<>();

    QuestionnaireLinter(Questionnaire q, Diagnostics out) {
        this.q = q;
        this.out = out;
    }

    void lint() {
        checkHeader();
        collectIds();
        for (Section s : q.sections()) {
            checkAnswerExpr(s.when(), null, "section " + s.id());
            for (Question question : s.questions()) {
                checkQuestion(question, null);
            }
        }
        checkComputed();
        checkFactorsAndRules();
        checkDeterminations();
        for (Note n : q.notes()) {
            checkExpr(n.when(), null, "note " + n.id());
            requireCites(n.cites(), n.location(), "note", n.id(), true);
        }
        checkCycles();
        checkLiterals();
        new MigrationChecks(q, out).check();
    }

    private void checkHeader() {
        if (!q.id().isEmpty() && !Pattern.matches("^[a-z0-9][a-z0-9-]*$", q.id())) {
            out.error(Location.of(q.sourceName()), "Q030", q.id());
        }
        if (!q.regulation().isEmpty() && !q.instruments().containsKey(q.regulation())) {
            out.error(Location.of(q.sourceName()), "Q031", q.regulation(), suggest(q.regulation(), q.instruments().keySet()));
        }
        for (String lang : q.languages()) {
            if (!lang.equals("zh") && !lang.equals("en")) {
                out.error(Location.of(q.sourceName()), "Q032", lang);
            }
        }
        for (Instrument i : q.instruments().values()) {
            for (String article : i.quoted()) {
                if (!i.summaries().containsKey(article)) {
                    out.error(Location.of(q.sourceName()), "Q084", i.id(), article);
                }
            }
        }
    }

    private void collectIds() {
        Map<String, Location> seen = new HashMap<>();
        Map<String, Location> sections = new HashMap<>();
        int index = 0;
        for (Section s : q.sections()) {
            Location first = sections.putIfAbsent(s.id(), s.location());
            if (first != null) {
                out.error(s.location(), "Q010", "section", s.id(), first.line());
            }
            for (Question question : s.questions()) {
                declare(question.id(), question.location(), seen);
                questions.put(question.id(), question);
                order.put(question.id(), index++);
                for (Question field : question.fields()) {
                    declare(field.id(), field.location(), seen);
                    questions.put(field.id(), field);
                    groupOfField.put(field.id(), question);
                    order.put(field.id(), index++);
                }
            }
        }
        for (Computed c : q.computed()) {
            declare(c.id(), c.location(), seen);
            computed.put(c.id(), c);
            order.put(c.id(), index++);
        }
        unique(q.factors().stream().map(f -> new IdAt(f.id(), f.location())).toList(), "factor");
        unique(q.rules().stream().map(r -> new IdAt(r.id(), r.location())).toList(), "rule");
        unique(q.determinations().stream().map(d -> new IdAt(d.id(), d.location())).toList(), "determination");
        unique(q.notes().stream().map(n -> new IdAt(n.id(), n.location())).toList(), "note");
    }

    private record IdAt(String id, Location at) {}

    private void unique(List<IdAt> ids, String kind) {
        Map<String, Location> seen = new HashMap<>();
        for (IdAt i : ids) {
            Location before = seen.putIfAbsent(i.id(), i.at());
            if (before != null) {
                out.error(i.at(), "Q010", kind, i.id(), before.line());
            }
        }
    }

    private void declare(String id, Location at, Map<String, Location> seen) {
        if (!ID.matcher(id).matches()) {
            out.error(at, "Q033", id);
        } else if (RESERVED.contains(id)) {
            out.error(at, "Q034", id);
        }
        Location before = seen.putIfAbsent(id, at);
        if (before != null) {
            out.error(at, "Q010", "id", id, before.line());
        }
    }

    private void checkQuestion(Question question, Question group) {
        String what = "question " + question.id();
        checkAnswerExpr(question.when(), group, what);
        requireCites(question.cites(), question.location(), "question", question.id(), false);
        for (Validation v : question.validations()) {
            checkAnswerExpr(v.rule(), group, what);
        }
        boolean choiceType = question.type() == QuestionType.SINGLE || question.type() == QuestionType.MULTI;
        if (choiceType && question.choices().isEmpty()) {
            out.error(question.location(), "Q040", question.id());
        }
        if (!choiceType && !question.choices().isEmpty()) {
            out.error(question.location(), "Q041", question.id(), question.type().id());
        }
        Map<String, Location> choiceIds = new HashMap<>();
        for (Choice c : question.choices()) {
            Location first = choiceIds.putIfAbsent(c.id(), c.location());
            if (first != null) {
                out.error(c.location(), "Q010", "choice", c.id(), first.line());
            }
            if (!CHOICE_LIKE.matcher(c.id()).matches()) {
                out.error(c.location(), "Q033", c.id());
            }
        }
        if (question.min() != null && question.max() != null && question.min() > question.max()) {
            out.error(question.location(), "Q042", question.id(), question.min(), question.max());
        }
        if (question.isGroup()) {
            if (question.fields().isEmpty()) {
                out.error(question.location(), "Q043", question.id());
            }
            if (question.itemLabel() != null
                    && question.fields().stream().noneMatch(f -> f.id().equals(question.itemLabel()))) {
                out.error(question.location(), "Q044", question.itemLabel(), question.id(),
                        suggest(question.itemLabel(), question.fields().stream().map(Question::id).toList()));
            }
            for (Question field : question.fields()) {
                checkQuestion(field, question);
            }
        } else if (!question.fields().isEmpty()) {
            out.error(question.location(), "Q045", question.id());
        }
        if (question.defaultValue() instanceof YNode def) {
            checkDefault(question, def);
        }
        if (question.allowUnknown() && question.isGroup()) {
            out.error(question.location(), "Q046", question.id());
        }
    }

    private void checkDefault(Question question, YNode def) {
        boolean ok = switch (question.type()) {
            case YESNO -> def instanceof YNode.Scalar s && s.kind() == YNode.ScalarKind.BOOLEAN;
            case INTEGER -> def instanceof YNode.Scalar s && s.kind() == YNode.ScalarKind.INTEGER && fitsLong(s.text());
            case SINGLE -> def instanceof YNode.Scalar s && question.choice(s.text()) != null;
            case MULTI -> def instanceof YNode.Seq seq && seq.items().stream()
                    .allMatch(i -> i instanceof YNode.Scalar s && question.choice(s.text()) != null);
            case TEXT, DATE -> def instanceof YNode.Scalar;
            case GROUP -> false;
        };
        if (!ok) {
            out.error(def.location(), "Q047", question.id(), question.type().id());
        }
    }

    private void checkComputed() {
        for (Computed c : q.computed()) {
            String what = "computed " + c.id();
            switch (c.kind()) {
                case EXPR -> checkExpr(c.expr(), null, what);
                case MAX -> {
                    if (c.of().isEmpty()) {
                        out.error(c.location(), "S004", what, "max");
                    }
                    for (String id : c.of()) {
                        Question ref = questions.get(id);
                        Computed cref = computed.get(id);
                        referencedIds.add(id);
                        if (ref == null && cref == null) {
                            out.error(c.location(), "Q050", id, what, suggest(id, allIds()));
                        } else if (ref != null && ref.type() != QuestionType.INTEGER) {
                            out.error(c.location(), "Q051", id, what);
                        }
                    }
                }
                default -> {
                    Question group = questions.get(c.group());
                    referencedIds.add(c.group());
                    if (group == null || !group.isGroup()) {
                        out.error(c.location(), "Q052", c.group(), what, suggest(c.group(), groupIds()));
                    } else {
                        checkExpr(c.expr(), group, what);
                    }
                }
            }
        }
    }

    private void checkFactorsAndRules() {
        Set<String> factorIds = new HashSet<>();
        for (Factor f : q.factors()) {
            factorIds.add(f.id());
            requireCites(f.cites(), f.location(), "factor", f.id(), true);
            int last = Integer.MIN_VALUE;
            for (Factor.Level level : f.levels()) {
                if (level.min() <= last) {
                    out.error(f.location(), "Q060", f.id());
                }
                last = level.min();
            }
            if (f.levels().get(0).min() != 0) {
                out.error(f.location(), "Q061", f.id());
            }
            checkExpr(f.when(), null, "factor " + f.id());
        }
        Set<String> scored = new HashSet<>();
        for (Rule r : q.rules()) {
            String what = "rule " + r.id();
            if (!factorIds.contains(r.factor())) {
                out.error(r.location(), "Q062", r.factor(), r.id(), suggest(r.factor(), factorIds));
            }
            scored.add(r.factor());
            Question group = null;
            if (r.forEach() != null) {
                group = questions.get(r.forEach());
                referencedIds.add(r.forEach());
                if (group == null || !group.isGroup()) {
                    out.error(r.location(), "Q052", r.forEach(), what, suggest(r.forEach(), groupIds()));
                    group = null;
                }
            }
            checkExpr(r.when(), group, what);
            requireCites(r.cites(), r.location(), "rule", r.id(), true);
            if (r.points() == 0) {
                out.warning(r.location(), "Q063", r.id());
            }
        }
        for (Factor f : q.factors()) {
            if (!scored.contains(f.id())) {
                out.warning(f.location(), "Q064", f.id());
            }
        }
    }

    private void checkDeterminations() {
        for (Determination d : q.determinations()) {
            String what = "determination " + d.id();
            requireCites(d.cites(), d.location(), "determination", d.id(), true);
            if (d.cases().isEmpty()) {
                out.error(d.location(), "Q070", d.id());
            }
            for (Determination.Case c : d.cases()) {
                checkExpr(c.when(), null, what);
            }
            if (d.otherwise() != null && d.otherwise().outcome() == Outcome.MUST_DECLARE) {
                out.warning(d.otherwise().location(), "Q071", d.id());
            }
        }
    }

    private void requireCites(List<Citation> cites, Location at, String kind, String id, boolean required) {
        if (cites.isEmpty()) {
            if (required) {
                out.error(at, "Q080", kind, id);
            } else {
                out.warning(at, "Q080", kind, id);
            }
        }
        for (Citation c : cites) {
            Instrument instrument = q.instruments().get(c.instrument());
            if (instrument == null) {
                out.error(c.location(), "Q081", c.instrument(), suggest(c.instrument(), q.instruments().keySet()));
                continue;
            }
            for (String article : c.article().split("-")) {
                if (!instrument.hasArticle(article)) {
                    out.error(c.location(), "Q082", article, c.instrument());
                }
            }
            // The interview's ? shows what a cited article says: an instrument that gives summaries gives one for
            // every article cited (an error); one that gives none at all is a warning, once for the instrument.
            for (String article : Instrument.articlesOf(c.article())) {
                if (!instrument.hasArticle(article) || instrument.summaries().containsKey(article)) {
                    continue;
                }
                if (!instrument.summaries().isEmpty() && unsummarised.add(c.instrument() + ":" + article)) {
                    out.error(c.location(), "Q083", c.instrument(), article);
                } else if (instrument.summaries().isEmpty() && unsummarised.add(c.instrument())) {
                    out.warning(c.location(), "Q085", c.instrument());
                }
            }
        }
    }

    /**
     * A section's or question's condition, or a validate rule: read while the answers are resolved, before any value
     * is computed, so a computed id there would always read as empty (Q101).
     */
    private void checkAnswerExpr(Expr e, Question group, String what) {
        checkExpr(e, group, what);
        if (e == null) {
            return;
        }
        for (List<String> path : e.references()) {
            String id = path.get(0).equals("unknown") && path.size() > 1 ? path.get(1) : path.get(0);
            if (computed.containsKey(id) && !questions.containsKey(id)) {
                out.error(e.location(), "Q101", id, what);
            }
        }
    }

    /** Every path an expression reads must name a known id; {@code item.x} only inside a group's scope. */
    private void checkExpr(Expr e, Question group, String what) {
        if (e == null) {
            return;
        }
        Matcher m = LITERAL.matcher(e.source());
        while (m.find()) {
            mentionedLiterals.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        // A yes/no answer is true or false, never the text 'no' or 'yes': such a comparison means something else
        // than it says (and fails on the answers, E006): refused when the file loads.
        Matcher c = NAME_VS_TEXT.matcher(e.source());
        while (c.find()) {
            String name = c.group(1) != null ? c.group(1) : c.group(4);
            String text = c.group(1) != null ? c.group(2) : c.group(3);
            if (isYesNo(name, group)) {
                out.error(e.location(), "Q100", name, text, what);
            }
        }
        for (List<String> path : e.references()) {
            String head = path.get(0);
            if (head.equals("item")) {
                if (group == null) {
                    out.error(e.location(), "Q090", what);
                } else if (path.size() < 2) {
                    out.error(e.location(), "Q091", what);
                } else if (group.fields().stream().noneMatch(f -> f.id().equals(path.get(1)))) {
                    out.error(e.location(), "Q092", path.get(1), group.id(),
                            suggest(path.get(1), group.fields().stream().map(Question::id).toList()));
                } else {
                    referencedIds.add(path.get(1));
                }
            } else if (head.equals("unknown")) {
                if (path.size() < 2 || !(questions.containsKey(path.get(1)) || computed.containsKey(path.get(1)))) {
                    String name = path.size() < 2 ? "" : path.get(1);
                    out.error(e.location(), "Q093", name, what, suggest(name, allIds()));
                } else {
                    referencedIds.add(path.get(1));
                }
            } else if (groupOfField.containsKey(head)) {
                out.error(e.location(), "Q094", head, groupOfField.get(head).id(), what);
            } else if (!questions.containsKey(head) && !computed.containsKey(head)) {
                out.error(e.location(), "Q095", head, what, suggest(head, allIds()));
            } else {
                referencedIds.add(head);
            }
        }
    }

    private boolean isYesNo(String name, Question group) {
        Question asked;
        if (name.startsWith("item.")) {
            String field = name.substring("item.".length());
            asked = group == null ? null : group.fields().stream().filter(f -> f.id().equals(field)).findFirst().orElse(null);
        } else {
            asked = questions.get(name);
            Computed c = computed.get(name);
            if (c != null && (c.kind() == Computed.Kind.ANY || c.kind() == Computed.Kind.ALL)) {
                return true;
            }
        }
        return asked != null && asked.type() == QuestionType.YESNO;
    }

    /** Question conditions and computed values must not depend on themselves, directly or not. */
    private void checkCycles() {
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        Map<String, Location> where = new HashMap<>();
        for (Question question : questions.values()) {
            Set<String> d = new LinkedHashSet<>();
            if (question.when() != null) {
                d.addAll(heads(question.when()));
            }
            Question group = groupOfField.get(question.id());
            if (group != null) {
                d.add(group.id());
            }
            deps.put(question.id(), d);
            where.put(question.id(), question.location());
        }
        for (Computed c : q.computed()) {
            Set<String> d = new LinkedHashSet<>(c.of());
            if (c.expr() != null) {
                d.addAll(heads(c.expr()));
            }
            if (c.group() != null) {
                d.add(c.group());
            }
            deps.put(c.id(), d);
            where.put(c.id(), c.location());
        }
        Set<String> done = new HashSet<>();
        for (String id : deps.keySet()) {
            List<String> stack = new ArrayList<>();
            List<String> cycle = findCycle(id, deps, stack, new HashSet<>(), done);
            if (cycle != null) {
                out.error(where.get(cycle.get(0)), "Q096", String.join(" -> ", cycle));
                return;
            }
        }
        // The interview asks in order: a condition on a later question can only be settled after the fact.
        for (Question question : questions.values()) {
            if (question.when() == null) {
                continue;
            }
            for (String ref : heads(question.when())) {
                Integer refOrder = order.get(ref);
                if (questions.containsKey(ref) && refOrder != null && refOrder > order.get(question.id())) {
                    out.warning(question.when().location(), "Q097", question.id(), ref);
                }
            }
        }
    }

    private List<String> findCycle(String id, Map<String, Set<String>> deps, List<String> stack, Set<String> onStack, Set<String> done) {
        if (onStack.contains(id)) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(id), stack.size()));
            cycle.add(id);
            return cycle;
        }
        if (done.contains(id) || !deps.containsKey(id)) {
            return null;
        }
        stack.add(id);
        onStack.add(id);
        for (String next : deps.get(id)) {
            List<String> c = findCycle(next, deps, stack, onStack, done);
            if (c != null) {
                return c;
            }
        }
        stack.remove(stack.size() - 1);
        onStack.remove(id);
        done.add(id);
        return null;
    }

    private Set<String> heads(Expr e) {
        Set<String> result = new LinkedHashSet<>();
        for (List<String> path : e.references()) {
            String head = path.get(0);
            if ((head.equals("item") || head.equals("unknown")) && path.size() > 1) {
                result.add(path.get(1));
            } else {
                result.add(head);
            }
        }
        return result;
    }

    /** A literal that looks like a choice id but is none is almost always a typo; a choice never mentioned is dead. */
    private void checkLiterals() {
        Set<String> allChoices = new HashSet<>();
        for (Question question : questions.values()) {
            question.choices().forEach(c -> allChoices.add(c.id()));
        }
        for (String literal : mentionedLiterals) {
            if (CHOICE_LIKE.matcher(literal).matches() && !allChoices.contains(literal)) {
                out.warning(Location.of(q.sourceName()), "Q098", literal, suggest(literal, allChoices));
            }
        }
        for (Question question : questions.values()) {
            // Multiple choices often list options for the record only; a single choice's options are alternatives.
            if (!referencedIds.contains(question.id()) || question.type() != QuestionType.SINGLE) {
                continue;
            }
            for (Choice c : question.choices()) {
                if (!mentionedLiterals.contains(c.id())) {
                    out.warning(c.location(), "Q099", c.id(), question.id());
                }
            }
        }
    }

    private Set<String> allIds() {
        Set<String> ids = new HashSet<>(questions.keySet());
        ids.addAll(computed.keySet());
        return ids;
    }

    private Set<String> groupIds() {
        Set<String> ids = new HashSet<>();
        questions.values().stream().filter(Question::isGroup).forEach(g -> ids.add(g.id()));
        return ids;
    }

    private static Diagnostic.Hint suggest(String word, java.util.Collection<String> candidates) {
        return new Diagnostic.Hint(Fields.didYouMean(word, candidates));
    }

    private static boolean fitsLong(String text) {
        try {
            Long.parseLong(text.replace("_", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
