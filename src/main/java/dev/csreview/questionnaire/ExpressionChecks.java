package dev.csreview.questionnaire;

import static dev.csreview.questionnaire.DeclaredIds.suggest;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The linter's checks of expressions (every name read is declared and in scope, no yes/no answer compared with a
 * text) and of the choice literals they mention, which it collects with the ids read on the way.
 */
final class ExpressionChecks {
    private static final Pattern LITERAL = Pattern.compile("'([^'\\\\]*)'|\"([^\"\\\\]*)\"");
    /** A name compared with a quoted text, either way round: {@code is_ciio == 'no'}, {@code 'yes' != item.x}. */
    private static final Pattern NAME_VS_TEXT = Pattern.compile(
            "(?<![\\w.])((?:item\\.)?[a-z][a-z0-9_]*)\\s*(?:==|!=|=~|!~)\\s*['\"]([^'\"]*)['\"]"
                    + "|['\"]([^'\"]*)['\"]\\s*(?:==|!=|=~|!~)\\s*((?:item\\.)?[a-z][a-z0-9_]*)(?![\\w.])");

    private final Questionnaire q;
    private final Diagnostics out;
    private final DeclaredIds ids;
    private final Set<String> mentionedLiterals = new HashSet<>();
    /** Ids some expression, computed value or rule reads: only their choices must be mentioned (Q099). */
    private final Set<String> referencedIds = new HashSet<>();

    ExpressionChecks(Questionnaire q, Diagnostics out, DeclaredIds ids) {
        this.q = q;
        this.out = out;
        this.ids = ids;
    }

    /** An id read other than by an expression: a computed value's operands, a group to iterate. */
    void referenced(String id) {
        referencedIds.add(id);
    }

    /**
     * A section's or question's condition, or a validate rule: read while the answers are resolved, before any value
     * is computed, so a computed id there would always read as empty (Q101).
     */
    void checkAnswerExpr(Expr e, Question group, String what) {
        checkExpr(e, group, what);
        if (e == null) {
            return;
        }
        for (List<String> path : e.references()) {
            String id = path.get(0).equals("unknown") && path.size() > 1 ? path.get(1) : path.get(0);
            if (ids.computed(id) != null && ids.question(id) == null) {
                out.error(e.location(), "Q101", id, what);
            }
        }
    }

    /** Every path an expression reads must name a known id; {@code item.x} only inside a group's scope. */
    void checkExpr(Expr e, Question group, String what) {
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
                if (path.size() < 2 || !ids.isDeclared(path.get(1))) {
                    String name = path.size() < 2 ? "" : path.get(1);
                    out.error(e.location(), "Q093", name, what, suggest(name, ids.allIds()));
                } else {
                    referencedIds.add(path.get(1));
                }
            } else if (ids.groupOf(head) != null) {
                out.error(e.location(), "Q094", head, ids.groupOf(head).id(), what);
            } else if (!ids.isDeclared(head)) {
                out.error(e.location(), "Q095", head, what, suggest(head, ids.allIds()));
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
            asked = ids.question(name);
            Computed c = ids.computed(name);
            if (c != null && (c.kind() == Computed.Kind.ANY || c.kind() == Computed.Kind.ALL)) {
                return true;
            }
        }
        return asked != null && asked.type() == QuestionType.YESNO;
    }

    /** A literal that looks like a choice id but is none is almost always a typo; a choice never mentioned is dead. */
    void checkLiterals() {
        Set<String> allChoices = new HashSet<>();
        for (Question question : ids.questions()) {
            question.choices().forEach(c -> allChoices.add(c.id()));
        }
        for (String literal : mentionedLiterals) {
            if (DeclaredIds.CHOICE_LIKE.matcher(literal).matches() && !allChoices.contains(literal)) {
                out.warning(Location.of(q.sourceName()), "Q098", literal, suggest(literal, allChoices));
            }
        }
        for (Question question : ids.questions()) {
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
}
