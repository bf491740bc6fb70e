package dev.csreview.gate;

import dev.csreview.output.Finding;
import dev.csreview.questionnaire.Outcome;
import java.util.List;
import java.util.function.Predicate;

/**
 * The --fail-on levels: a run fails (exit 1) when any route reaches the level (or a more serious one), or, for
 * {@code late}, when a filing plan cannot hold or holds only without the extension.
 */
public enum FailLevel {
    NONE(null),
    MUST_DECLARE(Outcome.MUST_DECLARE),
    CANNOT_TELL(Outcome.CANNOT_TELL),
    SHOULD_CONSIDER(Outcome.SHOULD_CONSIDER),
    LATE(null);

    /** The levels as written on the command line. */
    public static final List<String> NAMES = List.of("must-declare", "cannot-tell", "should-consider", "late", "none");

    private final Outcome threshold;

    FailLevel(Outcome threshold) {
        this.threshold = threshold;
    }

    boolean reached(Outcome worst) {
        return threshold != null && worst.atLeast(threshold);
    }

    /** Whether any of the levels is reached. */
    public static boolean anyReached(List<FailLevel> levels, Outcome worst, boolean planAtRisk) {
        for (FailLevel level : levels) {
            if (level.reached(worst) || level == LATE && planAtRisk) {
                return true;
            }
        }
        return false;
    }

    /** Which findings fail the run under these levels: routes that reach one, plan warnings under late. */
    public static Predicate<Finding> gate(List<FailLevel> levels) {
        return f -> switch (f.kind()) {
            case "route" -> levels.stream().anyMatch(l -> l.reached(Outcome.fromId(f.level())));
            case "plan" -> levels.contains(LATE) && (f.severity() == Finding.Severity.ERROR || f.severity() == Finding.Severity.WARNING);
            default -> false;
        };
    }
}
