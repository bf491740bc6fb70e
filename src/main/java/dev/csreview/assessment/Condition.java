package dev.csreview.assessment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The result of a condition: its truth and every fact it read (its drivers, or what is missing). */
public record Condition(Truth truth, List<FactRead> reads) {

    /** The open facts behind an uncertain result, without repeats. */
    public List<FactRead> openFacts() {
        Set<FactRead> open = new LinkedHashSet<>();
        for (FactRead r : reads) {
            open.addAll(r.openFacts());
        }
        return List.copyOf(open);
    }
}
