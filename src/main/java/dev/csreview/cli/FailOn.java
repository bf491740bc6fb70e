package dev.csreview.cli;

import dev.csreview.questionnaire.Outcome;

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
            return FailOn.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
