package dev.csreview.run;

import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.MigrationChecks;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireLoader;
import dev.csreview.report.PackageSpec;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** {@code csreview validate FILE...}: lints questionnaires, profiles and package definitions, each by its own checker. */
public final class ValidateRun {
    /**
     * The files (folders expand to their YAML files); {@code questionnaire}: the one to check profiles against (null: the
     * one each names); {@code previous}: the published version a questionnaire must stay compatible with, or null;
     * {@code strict}: warnings refuse a file as errors do (the line printed for it says so).
     */
    public record Request(List<Path> files, boolean allowEmpty, String questionnaire, List<Path> questionnaireFolders, String previous,
            boolean strict, Lang lang) {}

    /** Whether any file had an error, or a warning. */
    public record Summary(boolean errors, boolean warnings) {}

    private final RunContext context;
    private final PrintWriter out;
    private final PrintWriter err;

    public ValidateRun(RunContext context, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    public Summary run(Request r) {
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(r.lang(), inputs.sources);
        List<Path> paths;
        Questionnaire before = null;
        try {
            inputs.allowQuestionnairesUnder(r.questionnaireFolders());
            if (r.previous() != null) {
                before = inputs.questionnaire(r.previous()).questionnaire();
            }
            paths = inputs.expandBatch(r.files(), r.allowEmpty(), r.lang());
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }
        boolean errors = false;
        boolean warnings = false;
        for (Path path : paths) {
            List<Diagnostic> found;
            try {
                byte[] bytes = inputs.read(path);
                String kind = kind(bytes);
                if (kind.equals("other")) {
                    // Named on the command line it is a mistake; met in a directory it is someone else's file.
                    if (r.files().contains(path)) {
                        err.println(path + ":1:1: error[S001] " + RunMessages.get(r.lang(), "validate.notInput"));
                        errors = true;
                    } else {
                        out.println(path + ": " + RunMessages.get(r.lang(), "validate.skipped"));
                    }
                    continue;
                }
                found = switch (kind) {
                    case "questionnaire" -> questionnaire(inputs, path, bytes, before);
                    case "package" -> {
                        PackageSpec.parse(path.toString(), bytes);
                        yield List.of();
                    }
                    default -> {
                        var named = new ProfileLoader().questionnaireNode(path.toString(), bytes);
                        QuestionnaireLoader.Loaded loaded = inputs.choose(r.questionnaire(), named);
                        yield new ProfileAssessor(loaded.questionnaire()).check(path.toString(), bytes);
                    }
                };
            } catch (InvalidInputException e) {
                found = e.diagnostics();
            }
            printer.print(found, err);
            boolean fileErrors = found.stream().anyMatch(Diagnostic::isError);
            errors |= fileErrors;
            warnings |= !found.isEmpty() && !fileErrors;
            out.println(path + ": " + RunMessages.get(r.lang(), fileErrors ? "validate.invalid" : found.isEmpty() ? "validate.ok"
                    : r.strict() ? "validate.strictWarnings" : "validate.okWarnings"));
        }
        out.flush();
        return new Summary(errors, warnings);
    }

    /** A questionnaire's problems, and, against the version before it, the ids that must not disappear. */
    private static List<Diagnostic> questionnaire(Inputs inputs, Path path, byte[] bytes, Questionnaire before) throws InvalidInputException {
        QuestionnaireLoader.Loaded loaded = inputs.loader.load(path.toString(), bytes);
        if (before == null || !before.id().equals(loaded.questionnaire().id())) {
            return loaded.warnings();
        }
        Diagnostics against = new Diagnostics();
        against.addAll(loaded.warnings());
        MigrationChecks.againstPrevious(before, loaded.questionnaire(), against);
        return against.list();
    }

    /** A cheap look at the top-level keys to pick the checker; the loaders do the real checking. */
    private static String kind(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        if (text.indexOf('\0') >= 0 || lines.stream().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            // Empty or binary: most likely a truncated profile, which assess would refuse; checked as one, not skipped.
            return "profile";
        }
        if (lines.stream().anyMatch(l -> l.startsWith("answers:"))) {
            return "profile";
        }
        if (lines.stream().anyMatch(l -> l.startsWith("sections:"))) {
            return "questionnaire";
        }
        if (lines.stream().anyMatch(l -> l.startsWith("documents:"))) {
            return "package";
        }
        if (lines.stream().anyMatch(l -> l.startsWith("questionnaire:"))) {
            return "profile";
        }
        return "other";
    }
}
