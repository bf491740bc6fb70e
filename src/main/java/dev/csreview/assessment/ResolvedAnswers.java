package dev.csreview.assessment;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.profile.Answer;
import java.util.List;
import java.util.Map;

/**
 * Answers after the questionnaire's conditions and defaults were applied: every top-level question has an
 * answer with a status (not applicable, missing, unknown, answered, defaulted), plus the problems found.
 */
public record ResolvedAnswers(Map<String, Answer> answers, Map<String, Fact> facts, List<Diagnostic> diagnostics) {

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
