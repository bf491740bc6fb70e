package dev.csreview.assessment;

import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The answers an assessment's conclusions rest on: the known facts that decided a route that applies, and those that
 * fired a scoring rule, as top-level question ids in questionnaire order (a group for a field of its records, the
 * answers a computed value was made of). These are the statements a filing must evidence.
 */
public final class RestsOn {
    private RestsOn() {}

    public static List<String> questions(Assessment a) {
        Questionnaire q = a.questionnaire();
        Set<String> decided = new LinkedHashSet<>();
        for (DeterminationResult d : a.determinations()) {
            if (d.outcome() != Outcome.NOT_TRIGGERED) {
                d.drivers().forEach(r -> questionsOf(q, r, decided));
            }
        }
        for (FactorScore f : a.factors()) {
            for (RuleHit h : f.hits()) {
                h.drivers().forEach(r -> questionsOf(q, r, decided));
            }
        }
        List<String> out = new ArrayList<>();
        for (Question question : q.topLevelQuestions()) {
            var ans = a.answers().answers().get(question.id());
            if (decided.contains(question.id()) && ans != null && ans.status().isKnown()) {
                out.add(question.id());
            }
        }
        return out;
    }

    private static void questionsOf(Questionnaire q, FactRead r, Set<String> into) {
        if (r.state() != FactState.KNOWN && r.state() != FactState.LOWER_BOUND) {
            return;
        }
        if (r.item() != null) {
            for (Question g : q.topLevelQuestions()) {
                if (g.isGroup() && g.fields().stream().anyMatch(f -> f.id().equals(r.id()))) {
                    into.add(g.id());
                }
            }
            return;
        }
        if (q.topLevelQuestions().stream().anyMatch(x -> x.id().equals(r.id()))) {
            into.add(r.id());
        } else if (r.basis() != null) {
            r.basis().forEach(b -> questionsOf(q, b, into));
        }
    }
}
