package dev.csreview.assessment;

import dev.csreview.questionnaire.Determination;
import dev.csreview.questionnaire.Outcome;
import java.util.List;
import java.util.Map;

/**
 * The conclusion on one review route. When unknown facts leave a more serious case open, the outcome is
 * {@code CANNOT_TELL}: {@code leaning} is what the known facts alone give, {@code openCases} what the unknowns
 * could still make it, {@code missing} the facts to find out and {@code stakes} what each of them could make the
 * outcome (the most serious open case that waits on it). {@code reasonOpen} are the unknown facts of every case above
 * the deciding one that may still hold: while there are any, a reason written for the cases above having failed is
 * not known to be true ({@link #reasonHolds}).
 */
public record DeterminationResult(
        Determination determination,
        Outcome outcome,
        Determination.Case decidingCase,
        Outcome leaning,
        List<Determination.Case> openCases,
        List<FactRead> drivers,
        List<FactRead> missing,
        Map<FactRead, Outcome> stakes,
        List<FactRead> reasonOpen) {

    /**
     * Whether the deciding case's reason is known to be true: no case above it is still open, or its reason rests on
     * its own condition alone. An "otherwise" reason ("not a CIIO, or nothing to be bought") holds only when every
     * case is known to fail: an unknown is never stated as a "no".
     */
    public boolean reasonHolds() {
        return openCases.isEmpty() || decidingCase.standsAlone() && decidingCase != determination.otherwise();
    }

    /**
     * The open cases to show as what the route could still be, each with its reason: a case whose reason presumes the
     * cases above it failed is left out while one of them is open too, as the deciding case's reason is (its "no
     * individuals use your services" may not be a possibility at all, and states an unknown as a "no"). The facts
     * those cases wait on stay in {@link #reasonOpen} and {@link #missing}.
     */
    public List<Determination.Case> couldBe() {
        List<Determination.Case> out = new java.util.ArrayList<>();
        for (int i = 0; i < openCases.size(); i++) {
            if (i == 0 || openCases.get(i).standsAlone()) {
                out.add(openCases.get(i));
            }
        }
        return List.copyOf(out);
    }

    /** What finding out {@code fact} could make the outcome; the leaning if it is not among the missing facts. */
    public Outcome stake(FactRead fact) {
        return stakes.getOrDefault(fact, leaning);
    }
}
