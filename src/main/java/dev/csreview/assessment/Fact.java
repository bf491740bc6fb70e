package dev.csreview.assessment;

import dev.csreview.diagnostic.Location;
import java.util.List;

/** A resolved fact: an answer after conditions and defaults, or a computed value. */
public record Fact(Object value, FactState state, Location source, List<FactRead> basis) {
    static final Fact NOT_APPLICABLE = new Fact(null, FactState.NOT_APPLICABLE, null, List.of());
}
