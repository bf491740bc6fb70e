package dev.csreview.questionnaire;

import static dev.csreview.questionnaire.DeclaredIds.suggest;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.regex.Pattern;

/**
 * Semantic checks of a bound questionnaire: ids, references, expressions, cycles, citations and translations.
 * Everything a consultant could get wrong by editing the YAML should surface here, at load, with a position.
 * Each family of checks has its class; this one runs them in a fixed order, so the diagnostics come in that order.
 */
final class QuestionnaireLinter {
    private final Questionnaire q;
    private final Diagnostics out;

    QuestionnaireLinter(Questionnaire q, Diagnostics out) {
        this.q = q;
        this.out = out;
    }

    void lint() {
        CitationChecks citations = new CitationChecks(q, out);
        checkHeader(citations);
        DeclaredIds ids = DeclaredIds.collect(q, out);
        ExpressionChecks expressions = new ExpressionChecks(q, out, ids);
        QuestionChecks questions = new QuestionChecks(out, expressions, citations);
        for (Section s : q.sections()) {
            expressions.checkAnswerExpr(s.when(), null, "section " + s.id());
            for (Question question : s.questions()) {
                questions.checkQuestion(question, null);
            }
        }
        ScoringChecks scoring = new ScoringChecks(q, out, ids, expressions, citations);
        scoring.checkComputed();
        scoring.checkFactorsAndRules();
        scoring.checkDeterminations();
        for (Note n : q.notes()) {
            expressions.checkExpr(n.when(), null, "note " + n.id());
            citations.requireCites(n.cites(), n.location(), "note", n.id(), true);
        }
        new DependencyChecks(q, out, ids).checkCycles();
        expressions.checkLiterals();
        new MigrationChecks(q, out).check();
    }

    private void checkHeader(CitationChecks citations) {
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
        citations.checkInstruments();
    }
}
