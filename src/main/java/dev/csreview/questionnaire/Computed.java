package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;
import java.util.List;

/**
 * A value derived from answers. Kinds: {@code expr} (an expression), {@code any}/{@code all}/{@code count}
 * over the items of a group that satisfy {@code expr}, and {@code max} (the largest known of several
 * numbers — a lower bound while any of them is unknown).
 */
public record Computed(
        String id,
        Kind kind,
        String group,
        Expr expr,
        List<String> of,
        Text description,
        List<Citation> cites,
        Location location) {

    /** How the value is derived. */
    public enum Kind {
        EXPR,
        ANY,
        ALL,
        COUNT,
        MAX
    }
}
