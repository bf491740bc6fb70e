package dev.csreview.assessment;

import dev.csreview.migration.MigrationReport;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.profile.Evidence;
import java.util.List;
import java.util.Map;

/**
 * Everything the evaluator concluded for one set of answers, and the filing plan made from it for a given day.
 * Pure data, deterministic. {@code migration} is null unless the answers were written for an earlier version;
 * {@code evidence} holds where the facts come from (the profile's {@code evidence:}), empty when it gives none.
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
        MigrationReport migration,
        Map<String, Evidence> evidence) {

    Assessment(Questionnaire questionnaire, String profileName, ResolvedAnswers answers, List<ComputedValue> computed,
            List<DeterminationResult> determinations, List<FactorScore> factors, List<NoteResult> notes) {
        this(questionnaire, profileName, answers, computed, determinations, factors, notes, FilingPlan.NONE, null, Map.of());
    }

    /** The same conclusions with a filing plan. */
    public Assessment withPlan(FilingPlan plan) {
        return new Assessment(questionnaire, profileName, answers, computed, determinations, factors, notes, plan, migration, evidence);
    }

    /** The same conclusions, noting that the answers were written for an earlier version and read through {@code report}. */
    public Assessment withMigration(MigrationReport report) {
        return new Assessment(questionnaire, profileName, answers, computed, determinations, factors, notes, plan, report, evidence);
    }

    /** The same conclusions with the sources of the facts (the profile's {@code evidence:}, keyed by question id). */
    public Assessment withEvidence(Map<String, Evidence> sources) {
        return new Assessment(questionnaire, profileName, answers, computed, determinations, factors, notes, plan, migration,
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources)));
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
