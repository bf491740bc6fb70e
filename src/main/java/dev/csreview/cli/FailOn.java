package dev.csreview.cli;

import dev.csreview.gate.FailLevel;
import dev.csreview.yaml.Fields;
import java.util.Locale;
import picocli.CommandLine;

/** Reads a --fail-on level: must-declare, must_declare and MUST-DECLARE alike. */
final class FailOn implements CommandLine.ITypeConverter<FailLevel> {
    @Override
    public FailLevel convert(String value) {
        try {
            return FailLevel.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String near = Fields.didYouMean(value.trim(), FailLevel.NAMES);
            throw new CommandLine.TypeConversionException("'" + value + "' is not a level (" + String.join(", ", FailLevel.NAMES) + ")"
                    + (near == null ? "" : "; did you mean '" + near + "'?"));
        }
    }
}
