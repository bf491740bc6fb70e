package dev.csreview;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helpers: the feature questionnaire and quick profile assessment from strings. */
public final class Fixtures {
    private Fixtures() {}

    public static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Questionnaire feature() {
        try {
            return new QuestionnaireLoader().load("feature.yaml", resource("/fixtures/feature.yaml")).questionnaire();
        } catch (InvalidInputException e) {
            throw new AssertionError(e.diagnostics().toString());
        }
    }

    /** Assesses a profile body against the feature questionnaire; the header is added. */
    public static ProfileAssessor.Result assess(String answersYaml) {
        String yaml = "questionnaire: feature-test\nversion: \"1.0\"\nanswers:\n" + answersYaml.stripIndent().indent(2);
        return new ProfileAssessor(feature()).assess("p.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    public static Assessment assessOk(String answersYaml) {
        ProfileAssessor.Result r = assess(answersYaml);
        if (r.assessment().isEmpty()) {
            throw new AssertionError("profile rejected: " + r.diagnostics());
        }
        return r.assessment().get();
    }
}
