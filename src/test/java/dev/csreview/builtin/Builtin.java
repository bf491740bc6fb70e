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
import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in questionnaires and their package specs, loaded as the jar loads them. */
public final class Builtin {
    public static final String FINAL = "cybersecurity-review-2022";
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

    public static Questionnaire questionnaire(String id) {
        return loaded(id).questionnaire();
    }

    public static PackageSpec packageSpec(String id) {
        TemplateSource source = new TemplateSource(id, null);
        try {
            return PackageSpec.parse(id + "/package.yaml", source.readBytes("package.yaml").orElseThrow());
        } catch (InvalidInputException e) {
            throw new AssertionError(e.diagnostics().toString());
        }
    }

    /** The start of a profile for a built-in questionnaire, up to {@code answers:}. */
    public static String header(String id) {
        return "questionnaire: " + id + "\nversion: \"" + questionnaire(id).version() + "\"\nanswers:\n";
    }

    /**
     * Answers that trigger nothing, with the given lines ({@code id: value}, one a line) replacing or adding to
     * them, so that only those lines matter.
     */
    public static String neutralAnswers(String specific) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("company_name", "示例");
        answers.put("sectors", "[other_sector]");
        answers.put("is_ciio", "no");
        answers.put("ciio_likely", "no");
        answers.put("platform_services", "[none]");
        answers.put("offshore_holding", "no");
        answers.put("foreign_investors", "no");
        answers.put("users_registered", "0");
        answers.put("persons_deduplicated", "0");
        answers.put("users_active_12m", "0");
        answers.put("sensitive_pi", "no");
        answers.put("important_data", "\"no\"");
        answers.put("core_data", "no");
        answers.put("transfers_abroad", "no");
        answers.put("foreign_hosting", "no");
        answers.put("security_measures", "[classification, encryption]");
        answers.put("incidents_3y", "no");
        answers.put("open_compliance_issues", "no");
        answers.put("listing_planned", "no");
        answers.put("already_listed", "no");
        StringBuilder extra = new StringBuilder();
        boolean inBlock = false;
        for (String line : specific.stripTrailing().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            // An indented line continues the block of the key before it (a procurement list, say).
            if (line.startsWith(" ") || inBlock && line.startsWith("-")) {
                extra.append("  ").append(line).append('\n');
                continue;
            }
            String[] kv = line.split(":", 2);
            String value = kv[1].strip();
            inBlock = value.isEmpty();
            if (inBlock) {
                answers.remove(kv[0].strip());
                extra.append("  ").append(kv[0].strip()).append(":\n");
            } else {
                answers.put(kv[0].strip(), value);
            }
        }
        StringBuilder y = new StringBuilder();
        answers.forEach((k, v) -> y.append("  ").append(k).append(": ").append(v).append('\n'));
        return y.append(extra).toString();
    }

    public static Assessment assess(Questionnaire q, String name, String profileYaml) {
        ProfileAssessor.Result r = new ProfileAssessor(q).assess(name, profileYaml.getBytes(StandardCharsets.UTF_8));
        if (r.assessment().isEmpty()) {
            throw new AssertionError(name + " rejected: " + r.diagnostics());
        }
        return r.assessment().get();
    }
}
