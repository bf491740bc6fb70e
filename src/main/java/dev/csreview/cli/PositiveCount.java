package dev.csreview.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A count of at least 1 ({@code --jobs}): 0 or -5 threads is a usage error, not a default. */
final class PositiveCount implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < 1) {
            throw new TypeConversionException("'" + value + "' must be at least 1");
        }
        return n;
    }
}
