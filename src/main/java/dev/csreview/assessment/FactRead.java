package dev.csreview.assessment;

import dev.csreview.diagnostic.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * One fact an expression read while deciding something: which, in which group item, its value and state,
 * and where the answer came from. For a computed value, {@code basis} holds the facts it was computed from.
 */
public record FactRead(String id, Integer item, String itemLabel, Object value, FactState state, Location source, List<FactRead> basis) {

    /** The questions that must be answered to settle this read (itself, or what a computed value rests on). */
    public List<FactRead> openFacts() {
        List<FactRead> result = new ArrayList<>();
        if (state == FactState.KNOWN) {
            return result;
        }
        if (!basis.isEmpty()) {
            for (FactRead b : basis) {
                result.addAll(b.openFacts());
            }
        } else if (state.isOpen()) {
            result.add(this);
        }
        return result;
    }

    /** A short form such as {@code procurement[2].supplier_country}. */
    public String ref(String group) {
        return item == null ? id : group + "[" + item + "]." + id;
    }
}
