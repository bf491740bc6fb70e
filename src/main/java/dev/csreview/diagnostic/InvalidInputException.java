package dev.csreview.diagnostic;

import java.util.List;

/** Thrown when a questionnaire or profile has errors; carries every diagnostic found, not just the first. */
public final class InvalidInputException extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public InvalidInputException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid input" : diagnostics.get(0).code());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
