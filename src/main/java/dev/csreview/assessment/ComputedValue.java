package dev.csreview.assessment;

import dev.csreview.questionnaire.Computed;
import java.util.List;

/** A computed value with its state and the facts it was derived from. */
public record ComputedValue(Computed computed, Object value, FactState state, List<FactRead> reads) {}
