package dev.csreview.builtin;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import dev.csreview.report.PackageSpec;
import dev.csreview.report.TemplateSource;
import java.nio.charset.StandardCharsets;

/** The built-in questionnaires and their package specs, loaded as the jar loads them. */
final class Builtin {
    static final String FINAL = "cybersecurity-review-2022";
    static final String DRAFT = "cybersecurity-review-2021-draft";

    private Builtin() {}

    static QuestionnaireLoader.Loaded loaded(String id) {
        try {
            return new QuestionnaireCatalog().load(id, new QuestionnaireLoader());
        } catch (InvalidInputException e) {
            throw new AssertionError(e.diagnostics().toString());
        }
    }

    /** Loaded in full from the YAML (parsed, compiled, linted), as the build's BuiltinCheck loads it. */
    static QuestionnaireLoader.Loaded loadedInFull(String id) {
        try {
            return new QuestionnaireLoader().load("builtin:" + id, new QuestionnaireCatalog().bytes(id).orElseThrow());
        } catch (InvalidInputException e) {
            throw new AssertionError(e.diagnostics().toString());
        }
    }

    static Questionnaire questionnaire(String id) {
        return loaded(id).questionnaire();
    }

    static PackageSpec packageSpec(String id) {
        TemplateSource source = new TemplateSource(id, null);
        try {
            return PackageSpec.parse(id + "/package.yaml", source.readBytes("package.yaml").orElseThrow());
        } catch (InvalidInputException e) {
            throw new AssertionError(e.diagnostics().toString());
        }
    }

    static Assessment assess(Questionnaire q, String name, String profileYaml) {
        ProfileAssessor.Result r = new ProfileAssessor(q).assess(name, profileYaml.getBytes(StandardCharsets.UTF_8));
        if (r.assessment().isEmpty()) {
            throw new AssertionError(name + " rejected: " + r.diagnostics());
        }
        return r.assessment().get();
    }
}
