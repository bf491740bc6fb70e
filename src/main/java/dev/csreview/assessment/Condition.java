package dev.csreview.assessment;

import java.util.List;

/**
 * The result of a condition: its truth, the facts that decided it, and, when uncertain, only the unknown facts that
 * could change it.
 */
public record Condition(Truth truth, List<FactRead> reads, List<FactRead> openFacts) {}
