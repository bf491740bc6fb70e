package dev.csreview.assessment;

import java.util.List;

/** The result of a condition: its truth and every fact it read (its drivers, or what is missing). */
public record Condition(Truth truth, List<FactRead> reads) {

    /** The open facts behind an uncertain result, without repeats. */
    public List<FactRead> openFacts() {
        return reads.stream().flatMap(r -> r.openFacts().stream()).distinct().toList();
    }
}
