package dev.csreview.assessment;

import dev.csreview.diagnostic.Location;
import java.util.List;
import java.util.Objects;

/**
 * One fact an expression read while deciding something: which, in which group item, its value and state,
 * and where the answer came from. For a computed value, {@code basis} holds the facts it was computed from and
 * {@code open}, while it is not known, the unknown answers that could change it.
 */
public record FactRead(String id, Integer item, String itemLabel, Object value, FactState state, Location source, List<FactRead> basis,
        List<FactRead> open) {

    public FactRead(String id, Integer item, String itemLabel, Object value, FactState state, Location source, List<FactRead> basis) {
        this(id, item, itemLabel, value, state, source, basis, null);
    }

    /** The questions that must be answered to settle this read (itself, or those a computed value waits on). */
    public List<FactRead> openFacts() {
        if (state == FactState.KNOWN || state == FactState.NOT_APPLICABLE) {
            return List.of();
        }
        if (open != null) {
            return open;
        }
        return state.isOpen() ? List.of(this) : List.of();
    }

    // Written out rather than generated: a record's equals and hashCode go through method handles, which cost
    // several times more on C1 (the launcher's compiler), and reads are deduplicated for every condition.
    @Override
    public boolean equals(Object o) {
        return o instanceof FactRead r && id.equals(r.id) && Objects.equals(item, r.item) && Objects.equals(itemLabel, r.itemLabel)
                && Objects.equals(value, r.value) && state == r.state && Objects.equals(source, r.source) && Objects.equals(basis, r.basis)
                && Objects.equals(open, r.open);
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
