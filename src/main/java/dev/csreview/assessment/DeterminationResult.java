package dev.csreview.assessment;

import dev.csreview.questionnaire.Determination;
import dev.csreview.questionnaire.Outcome;
import java.util.List;

/**
 * The conclusion on one review route. When unknown facts leave a more serious case open, the outcome is
 * {@code CANNOT_TELL}: {@code leaning} is what the known facts alone give, {@code openCases} what the unknowns
 * could still make it, and {@code missing} the facts to find out.
 */
public record DeterminationResult(
        Determination determination,
        Outcome outcome,
        Determination.Case decidingCase,
        Outcome leaning,
        List<Determination.Case> openCases,
        List<FactRead> drivers,
        List<FactRead> missing) {}
