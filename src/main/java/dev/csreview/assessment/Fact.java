package dev.csreview.assessment;

import dev.csreview.diagnostic.Location;
import java.util.List;

/**
 * A resolved fact: an answer after conditions and defaults, or a computed value. For a computed value that is not
 * known, {@code open} lists the unknown answers that could change it (null for an answer: itself, if unknown).
 */
public record Fact(Object value, FactState state, Location source, List<FactRead> basis, List<FactRead> open) {
    static final Fact NOT_APPLICABLE = new Fact(null, FactState.NOT_APPLICABLE, null, List.of());

    Fact(Object value, FactState state, Location source, List<FactRead> basis) {
        this(value, state, source, basis, null);
    }
}
