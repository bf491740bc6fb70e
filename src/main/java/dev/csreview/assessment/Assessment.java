package dev.csreview.assessment;

import dev.csreview.migration.MigrationReport;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Questionnaire;
import java.util.List;

/**
 * Everything the evaluator concluded for one set of answers, and the filing plan made from it for a given day.
 * Pure data, deterministic. {@code migration} is null unless the answers were written for an earlier version.
 */
public record Assessment(
        Questionnaire questionnaire,
        String profileName,
        ResolvedAnswers answers,
        List<ComputedValue> computed,
        List<DeterminationResult> determinations,
        List<FactorScore> factors,
        List<NoteResult> notes,
        FilingPlan plan,
        MigrationReport migration) {

    Assessment(Questionnaire questionnaire, String profileName, ResolvedAnswers answers, List<ComputedValue> computed,
            List<DeterminationResult> determinations, List<FactorScore> factors, List<NoteResult> notes) {
        this(questionnaire, profileName, answers, computed, determinations, factors, notes, FilingPlan.NONE, null);
    }

    /** The same conclusions with a filing plan. */
    public Assessment withPlan(FilingPlan plan) {
        return new Assessment(questionnaire, profileName, answers, computed, determinations, factors, notes, plan, migration);
    }

    /** The same conclusions, noting that the answers were written for an earlier version and read through {@code report}. */
    public Assessment withMigration(MigrationReport report) {
        return new Assessment(questionnaire, profileName, answers, computed, determinations, factors, notes, plan, report);
    }

    /** The most serious outcome over all routes. */
    public Outcome worstOutcome() {
        Outcome worst = Outcome.NOT_TRIGGERED;
        for (DeterminationResult d : determinations) {
            if (d.outcome().atLeast(worst)) {
                worst = d.outcome();
            }
        }
        return worst;
    }
}
