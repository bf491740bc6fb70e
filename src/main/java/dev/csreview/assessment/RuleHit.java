package dev.csreview.assessment;

import dev.csreview.questionnaire.Rule;
import java.util.List;

/**
 * A scoring rule that fired ({@code certain}) or might fire once unknowns are settled; for a per-item rule,
 * the item it fired for.
 */
public record RuleHit(Rule rule, Integer item, String itemLabel, boolean certain, List<FactRead> drivers, List<FactRead> missing) {}
