package dev.csreview.cli;

import dev.csreview.questionnaire.Outcome;
import dev.csreview.yaml.Fields;
import java.util.List;
import picocli.CommandLine;

/** The --fail-on levels: exit 1 when any route reaches the level (or a more serious one). */
enum FailOn {
    NONE(null),
    MUST_DECLARE(Outcome.MUST_DECLARE),
    CANNOT_TELL(Outcome.CANNOT_TELL),
    SHOULD_CONSIDER(Outcome.SHOULD_CONSIDER);

    private final Outcome threshold;

    FailOn(Outcome threshold) {
        this.threshold = threshold;
    }

    boolean reached(Outcome worst) {
        return threshold != null && worst.atLeast(threshold);
    }

    /** Accepts must-declare, must_declare and MUST-DECLARE alike. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                List<String> levels = List.of("must-declare", "cannot-tell", "should-consider", "none");
                String near = Fields.didYouMean(value.trim(), levels);
                throw new CommandLine.TypeConversionException("'" + value + "' is not a level (" + String.join(", ", levels) + ")"
                        + (near == null ? "" : "; did you mean '" + near + "'?"));
            }
        }
    }
}
