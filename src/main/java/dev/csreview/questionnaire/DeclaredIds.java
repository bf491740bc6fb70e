package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.yaml.Fields;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids a questionnaire declares (questions, group fields, computed values) in the order the interview meets them,
 * as the linter's checks look them up; collecting them reports malformed, reserved and duplicate ids.
 */
final class DeclaredIds {
    /** Names the expression language gives meaning to, or that the evaluator binds. */
    static final Set<String> RESERVED = Set.of(
            "item", "unknown", "true", "false", "null", "size", "empty", "and", "or", "not", "eq", "ne", "lt",
            "gt", "le", "ge", "div", "mod", "new", "var", "let", "const", "function", "return", "if", "else",
            "for", "while", "do", "break", "continue", "in", "this");

    private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]{0,63}$");
    static final Pattern CHOICE_LIKE = Pattern.compile("^[a-z][a-z0-9_]*$");

    private final Diagnostics out;
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, Question> groupOfField = new HashMap<>();
    private final Map<String, Computed> computed = new LinkedHashMap<>();
    /** Where each question, field and computed value stands in the questionnaire, from 0. */
    private final Map<String, Integer> order = new HashMap<>();

    private DeclaredIds(Diagnostics out) {
        this.out = out;
    }

    static DeclaredIds collect(Questionnaire q, Diagnostics out) {
        DeclaredIds ids = new DeclaredIds(out);
        ids.collectIds(q);
        return ids;
    }

    private void collectIds(Questionnaire q) {
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

    /** Every question and group field, in the questionnaire's order. */
    Collection<Question> questions() {
        return Collections.unmodifiableCollection(questions.values());
    }

    /** The question or group field of that id, or null. */
    Question question(String id) {
        return questions.get(id);
    }

    /** The computed value of that id, or null. */
    Computed computed(String id) {
        return computed.get(id);
    }

    /** The group a field belongs to; null for anything but a group field. */
    Question groupOf(String fieldId) {
        return groupOfField.get(fieldId);
    }

    Integer order(String id) {
        return order.get(id);
    }

    /** A question or a computed value of that id. */
    boolean isDeclared(String id) {
        return questions.containsKey(id) || computed.containsKey(id);
    }

    Set<String> allIds() {
        Set<String> ids = new HashSet<>(questions.keySet());
        ids.addAll(computed.keySet());
        return ids;
    }

    Set<String> groupIds() {
        Set<String> ids = new HashSet<>();
        questions.values().stream().filter(Question::isGroup).forEach(g -> ids.add(g.id()));
        return ids;
    }

    /** The "did you mean" hint of a diagnostic: the nearest of the candidates, if any is near. */
    static Diagnostic.Hint suggest(String word, Collection<String> candidates) {
        return new Diagnostic.Hint(Fields.didYouMean(word, candidates));
    }
}
