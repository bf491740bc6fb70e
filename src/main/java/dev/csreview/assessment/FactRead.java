package dev.csreview.assessment;

import dev.csreview.diagnostic.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    // Written out rather than generated: a record's equals and hashCode go through method handles, which cost
    // several times more on C1 (the launcher's compiler), and reads are deduplicated for every condition.
    @Override
    public boolean equals(Object o) {
        return o instanceof FactRead r && id.equals(r.id) && Objects.equals(item, r.item) && Objects.equals(itemLabel, r.itemLabel)
                && Objects.equals(value, r.value) && state == r.state && Objects.equals(source, r.source) && Objects.equals(basis, r.basis);
    }

    @Override
    public int hashCode() {
        int h = id.hashCode();
        h = 31 * h + Objects.hashCode(item);
        h = 31 * h + Objects.hashCode(itemLabel);
        h = 31 * h + Objects.hashCode(value);
        h = 31 * h + Objects.hashCode(state);
        h = 31 * h + Objects.hashCode(source);
        return 31 * h + Objects.hashCode(basis);
    }

    /** A short form such as {@code procurement[2].supplier_country}. */
    public String ref(String group) {
        return item == null ? id : group + "[" + item + "]." + id;
    }
}
