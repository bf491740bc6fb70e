package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Binds what a questionnaire computes from the answers: computed values, factors, rules, determinations, notes. */
final class ScoringBinder {
    private final Diagnostics out;
    private final SharedFields shared;

    ScoringBinder(Diagnostics out, SharedFields shared) {
        this.out = out;
        this.shared = shared;
    }

    Computed computed(YNode n) {
        Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("computed value"), QuestionnaireLoader.COMPUTED_KEYS, out);
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
        Computed.Kind kind = Computed.Kind.valueOf(kinds.get(0).toUpperCase(Locale.ROOT));
        String group = null;
        Expr expr = null;
        List<String> of = List.of();
        switch (kind) {
            case EXPR -> expr = shared.expr(f, "expr");
            case MAX -> of = f.strings("max");
            default -> {
                group = f.string(kinds.get(0)).orElse("");
                expr = shared.expr(f, "where");
                if (!f.has("where")) {
                    out.error(f.location(), "S004", Diagnostic.Term.of("computed value"), "where");
                }
            }
        }
        return new Computed(id, kind, group, expr, of, shared.text(f, "description", true), shared.cites(f), f.location());
    }

    Factor factor(YNode n) {
        Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("factor"), QuestionnaireLoader.FACTOR_KEYS, out);
        if (fo.isEmpty()) {
            return null;
        }
        Fields f = fo.get();
        List<Factor.Level> levels = new ArrayList<>();
        for (YNode ln : f.list("levels")) {
            Fields.of(ln, Diagnostic.Term.of("level"), QuestionnaireLoader.LEVEL_KEYS, out).ifPresent(l -> levels.add(new Factor.Level(
                    l.requiredString("id").orElse(""), shared.text(l, "name", true),
                    l.integer("min").orElse(0L).intValue())));
        }
        String id = f.requiredString("id").orElse("");
        if (levels.isEmpty()) {
            out.error(f.location(), "Q004", id);
            return null;
        }
        return new Factor(id, f.string("number").orElse(""), shared.text(f, "title", true),
                shared.text(f, "description", false), shared.cites(f), List.copyOf(levels), shared.expr(f, "when"), f.location());
    }

    Rule rule(YNode n) {
        Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("rule"), QuestionnaireLoader.RULE_KEYS, out);
        if (fo.isEmpty()) {
            return null;
        }
        Fields f = fo.get();
        Expr when = shared.expr(f, "when");
        if (!f.has("when")) {
            out.error(f.location(), "S004", "rule", "when");
        }
        return new Rule(f.requiredString("id").orElse(""), f.requiredString("factor").orElse(""),
                f.string("for_each").orElse(null), when, f.integer("points").orElse(0L).intValue(),
                shared.text(f, "why", true), shared.cites(f), f.location());
    }

    Determination determination(YNode n) {
        Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("determination"), QuestionnaireLoader.DETERMINATION_KEYS, out);
        if (fo.isEmpty()) {
            return null;
        }
        Fields f = fo.get();
        String id = f.requiredString("id").orElse("");
        List<Determination.Case> cases = shared.each(f, "cases", cn -> determinationCase(cn, true));
        Determination.Case otherwise = null;
        if (f.has("otherwise")) {
            otherwise = determinationCase(f.node("otherwise"), false);
        } else {
            out.error(f.location(), "S004", "determination", "otherwise");
        }
        return new Determination(id, shared.text(f, "title", true), shared.text(f, "description", false), shared.cites(f),
                cases, otherwise, f.location());
    }

    private Determination.Case determinationCase(YNode n, boolean needsWhen) {
        Optional<Fields> fo = Fields.of(n, needsWhen ? "case" : "otherwise", QuestionnaireLoader.CASE_KEYS, out);
        if (fo.isEmpty()) {
            return null;
        }
        Fields f = fo.get();
        String outcomeId = f.requiredString("outcome").orElse("");
        Outcome outcome = Outcome.fromId(outcomeId);
        if (outcome == null && !outcomeId.isEmpty()) {
            Object[] hint = SharedFields.didYouMeanOr(outcomeId, Outcome.ids());
            out.error(f.at("outcome"), "Q005", outcomeId, hint[0], hint[1]);
        }
        Expr when = shared.expr(f, "when");
        if (needsWhen && !f.has("when")) {
            out.error(f.location(), "S004", "case", "when");
        }
        if (!needsWhen && f.has("when")) {
            out.error(f.at("when"), "Q006");
        }
        // otherwise: its reason always rests on every case failing, so it never stands alone.
        boolean standsAlone = needsWhen && f.bool("stands_alone").orElse(false);
        return new Determination.Case(outcome == null ? Outcome.CANNOT_TELL : outcome, when,
                shared.text(f, "reason", true), shared.cites(f), standsAlone, f.location());
    }

    Note note(YNode n) {
        Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("note"), QuestionnaireLoader.NOTE_KEYS, out);
        if (fo.isEmpty()) {
            return null;
        }
        Fields f = fo.get();
        Expr when = shared.expr(f, "when");
        if (!f.has("when")) {
            out.error(f.location(), "S004", "note", "when");
        }
        return new Note(f.requiredString("id").orElse(""), when, shared.text(f, "title", true), shared.text(f, "text", true),
                shared.cites(f), f.location());
    }
}
