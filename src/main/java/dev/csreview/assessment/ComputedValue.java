package dev.csreview.assessment;

import dev.csreview.questionnaire.Computed;
import java.util.List;

/**
 * A computed value with its state, the facts it was derived from, and, while it is not known, the unknown answers
 * that could change it.
 */
public record ComputedValue(Computed computed, Object value, FactState state, List<FactRead> reads, List<FactRead> open) {}
