package dev.csreview.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.csreview.Fixtures;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.ExpressionCompiler;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireLoader;

/**
 * Fuzz targets: whatever bytes come in, the loaders and the expression compiler answer with their own diagnostics
 * and nothing else — no other exception, no hang. `./mvnw verify` replays the saved inputs under
 * src/test/resources/dev/csreview/fuzz/LoaderFuzzTestInputs/; fuzz for real with
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=LoaderFuzzTest#<target> -Djazzer.max_duration=10m} (see docs/fuzzing.md).
 */
class LoaderFuzzTest {
    private static final Questionnaire FEATURE = Fixtures.feature();

    @FuzzTest(maxDuration = "10m")
    void questionnaire_loader(byte[] input) {
        try {
            new QuestionnaireLoader().load("fuzz.yaml", input);
        } catch (InvalidInputException expected) {
            // the only allowed failure
        }
    }

    @FuzzTest(maxDuration = "10m")
    void profile_loader(byte[] input) {
        ProfileAssessor.Result r = new ProfileAssessor(FEATURE).assess("fuzz.yaml", input);
        if (r.assessment().isEmpty() && r.diagnostics().isEmpty()) {
            throw new AssertionError("rejected without saying why");
        }
    }

    @FuzzTest(maxDuration = "10m")
    void expression_compiler(String source) {
        new ExpressionCompiler().compile(source, new Location("fuzz.yaml", 1, 1), new Diagnostics());
    }
}
