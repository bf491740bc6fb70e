package dev.csreview.cli;

import dev.csreview.output.Finding;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.yaml.Fields;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine;

/**
 * The --fail-on levels: exit 1 when any route reaches the level (or a more serious one), or, for {@code late}, when a
 * filing plan cannot hold or holds only without the extension.
 */
enum FailOn {
    NONE(null),
    MUST_DECLARE(Outcome.MUST_DECLARE),
    CANNOT_TELL(Outcome.CANNOT_TELL),
    SHOULD_CONSIDER(Outcome.SHOULD_CONSIDER),
    LATE(null);

    private final Outcome threshold;

    FailOn(Outcome threshold) {
        this.threshold = threshold;
    }

    boolean reached(Outcome worst) {
        return threshold != null && worst.atLeast(threshold);
    }

    /** Whether any of the levels is reached. */
    static boolean anyReached(List<FailOn> levels, Outcome worst, boolean planAtRisk) {
        for (FailOn level : levels) {
            if (level.reached(worst) || level == LATE && planAtRisk) {
                return true;
            }
        }
        return false;
    }

    /** Which findings fail the run under these levels: routes that reach one, plan warnings under late. */
    static Predicate<Finding> gate(List<FailOn> levels) {
        return f -> switch (f.kind()) {
            case "route" -> levels.stream().anyMatch(l -> l.reached(Outcome.fromId(f.level())));
            case "plan" -> levels.contains(LATE) && (f.severity() == Finding.Severity.ERROR || f.severity() == Finding.Severity.WARNING);
            default -> false;
        };
    }

    /** Accepts must-declare, must_declare and MUST-DECLARE alike. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                List<String> levels = List.of("must-declare", "cannot-tell", "should-consider", "late", "none");
                String near = Fields.didYouMean(value.trim(), levels);
                throw new CommandLine.TypeConversionException("'" + value + "' is not a level (" + String.join(", ", levels) + ")"
                        + (near == null ? "" : "; did you mean '" + near + "'?"));
            }
        }
    }
}
