package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Build step ({@code process-classes}, also when tests are skipped): loads every built-in questionnaire in full,
 * YAML parsed, every expression compiled, linted, and fails the build on any error or warning. Runs trust what it
 * passed: with a built-in's build-time tree, {@link QuestionnaireLoader} compiles expressions on first use and does
 * not lint again.
 */
public final class BuiltinCheck {
    private BuiltinCheck() {}

    public static void main(String[] args) {
        QuestionnaireCatalog catalog = new QuestionnaireCatalog();
        List<String> problems = new ArrayList<>();
        for (String id : catalog.ids()) {
            byte[] bytes = catalog.bytes(id).orElseThrow(() -> new IllegalStateException("catalog.txt names " + id + ", which is missing"));
            List<Diagnostic> found;
            try {
                found = new QuestionnaireLoader().load("builtin:" + id, bytes).warnings();
            } catch (InvalidInputException e) {
                found = e.diagnostics();
            }
            for (Diagnostic d : found) {
                problems.add(d.location() + ": " + d.severity() + "[" + d.code() + "] " + d.message(Locale.ENGLISH));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("built-in questionnaires must load without any diagnostic:\n  " + String.join("\n  ", problems));
        }
    }
}
