package dev.csreview.questionnaire;

import static dev.csreview.questionnaire.DeclaredIds.suggest;

import dev.csreview.diagnostic.Diagnostics;
import java.util.HashSet;
import java.util.Set;

/** The linter's checks of what the assessment computes: computed values, factors and their rules, determinations. */
final class ScoringChecks {
    private final Questionnaire q;
    private final Diagnostics out;
    private final DeclaredIds ids;
    private final ExpressionChecks expressions;
    private final CitationChecks citations;

    ScoringChecks(Questionnaire q, Diagnostics out, DeclaredIds ids, ExpressionChecks expressions, CitationChecks citations) {
        this.q = q;
        this.out = out;
        this.ids = ids;
        this.expressions = expressions;
        this.citations = citations;
    }

    void checkComputed() {
        for (Computed c : q.computed()) {
            String what = "computed " + c.id();
            switch (c.kind()) {
                case EXPR -> expressions.checkExpr(c.expr(), null, what);
                case MAX -> {
                    if (c.of().isEmpty()) {
                        out.error(c.location(), "S004", what, "max");
                    }
                    for (String id : c.of()) {
                        Question ref = ids.question(id);
                        Computed cref = ids.computed(id);
                        expressions.referenced(id);
                        if (ref == null && cref == null) {
                            out.error(c.location(), "Q050", id, what, suggest(id, ids.allIds()));
                        } else if (ref != null && ref.type() != QuestionType.INTEGER) {
                            out.error(c.location(), "Q051", id, what);
                        }
                    }
                }
                default -> {
                    Question group = ids.question(c.group());
                    expressions.referenced(c.group());
                    if (group == null || !group.isGroup()) {
                        out.error(c.location(), "Q052", c.group(), what, suggest(c.group(), ids.groupIds()));
                    } else {
                        expressions.checkExpr(c.expr(), group, what);
                    }
                }
            }
        }
    }

    void checkFactorsAndRules() {
        Set<String> factorIds = new HashSet<>();
        for (Factor f : q.factors()) {
            factorIds.add(f.id());
            citations.requireCites(f.cites(), f.location(), "factor", f.id(), true);
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
            expressions.checkExpr(f.when(), null, "factor " + f.id());
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
                group = ids.question(r.forEach());
                expressions.referenced(r.forEach());
                if (group == null || !group.isGroup()) {
                    out.error(r.location(), "Q052", r.forEach(), what, suggest(r.forEach(), ids.groupIds()));
                    group = null;
                }
            }
            expressions.checkExpr(r.when(), group, what);
            citations.requireCites(r.cites(), r.location(), "rule", r.id(), true);
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

    void checkDeterminations() {
        for (Determination d : q.determinations()) {
            String what = "determination " + d.id();
            citations.requireCites(d.cites(), d.location(), "determination", d.id(), true);
            if (d.cases().isEmpty()) {
                out.error(d.location(), "Q070", d.id());
            }
            for (Determination.Case c : d.cases()) {
                expressions.checkExpr(c.when(), null, what);
            }
            if (d.otherwise() != null && d.otherwise().outcome() == Outcome.MUST_DECLARE) {
                out.warning(d.otherwise().location(), "Q071", d.id());
            }
        }
    }
}
