package dev.csreview.assessment;

import dev.csreview.questionnaire.Determination;
import dev.csreview.questionnaire.Outcome;
import java.util.List;
import java.util.Map;

/**
 * The conclusion on one review route. When unknown facts leave a more serious case open, the outcome is
 * {@code CANNOT_TELL}: {@code leaning} is what the known facts alone give, {@code openCases} what the unknowns
 * could still make it, {@code missing} the facts to find out and {@code stakes} what each of them could make the
 * outcome (the most serious open case that waits on it).
 */
public record DeterminationResult(
        Determination determination,
        Outcome outcome,
        Determination.Case decidingCase,
        Outcome leaning,
        List<Determination.Case> openCases,
        List<FactRead> drivers,
        List<FactRead> missing,
        Map<FactRead, Outcome> stakes) {

    /** What finding out {@code fact} could make the outcome; the leaning if it is not among the missing facts. */
    public Outcome stake(FactRead fact) {
        return stakes.getOrDefault(fact, leaning);
    }
}
