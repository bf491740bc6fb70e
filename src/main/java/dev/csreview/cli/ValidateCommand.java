package dev.csreview.cli;

import dev.csreview.run.Inputs;
import dev.csreview.run.DiagnosticPrinter;
import dev.csreview.run.RunContext;

import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csreview validate FILE...}: lint questionnaires and profiles. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    private final RunContext context;

    ValidateCommand(RunContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    AllowEmpty allowEmpty;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    @Mixin
    QuestionnaireOption questionnaire;

    @Mixin
    QuestionnairePath questionnairePath;

    @Option(names = "--strict")
    boolean strict;

    @Option(names = "--previous", paramLabel = "ID|FILE")
    String previous;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(common.lang(), inputs.sources);
        boolean errors = false;
        boolean warnings = false;
        List<Path> paths;
        dev.csreview.questionnaire.Questionnaire before = null;
        try {
            inputs.allowQuestionnairesUnder(questionnairePath.folders);
            if (previous != null) {
                before = inputs.questionnaire(previous).questionnaire();
            }
            paths = inputs.expand(files);
            if (paths.isEmpty() && !allowEmpty.allowed) {
                // A CI glob that matches nothing must not pass silently (ESLint's convention).
                err.println("csreview: " + CliMessages.get(common.lang(), "noProfiles",
                        String.join(", ", files.stream().map(String::valueOf).toList())));
                return ExitCode.INVALID;
            }
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        }
        for (Path path : paths) {
            List<Diagnostic> found;
            try {
                byte[] bytes = inputs.read(path);
                String kind = kind(bytes);
                if (kind.equals("other")) {
                    // Named on the command line it is a mistake; met in a directory it is someone else's file.
                    if (files.contains(path)) {
                        err.println(path + ": error[S001] " + CliMessages.get(common.lang(), "validate.notInput"));
                        errors = true;
                    } else {
                        out.println(path + ": " + CliMessages.get(common.lang(), "validate.skipped"));
                    }
                    continue;
                }
                if (kind.equals("questionnaire")) {
                    QuestionnaireLoader.Loaded loaded = inputs.loader.load(path.toString(), bytes);
                    found = loaded.warnings();
                    if (before != null && before.id().equals(loaded.questionnaire().id())) {
                        dev.csreview.diagnostic.Diagnostics against = new dev.csreview.diagnostic.Diagnostics();
                        against.addAll(found);
                        dev.csreview.questionnaire.MigrationChecks.againstPrevious(before, loaded.questionnaire(), against);
                        found = against.list();
                    }
                } else if (kind.equals("package")) {
                    dev.csreview.report.PackageSpec.parse(path.toString(), bytes);
                    found = List.of();
                } else {
                    var named = new ProfileLoader().questionnaireNode(path.toString(), bytes);
                    QuestionnaireLoader.Loaded loaded = questionnaire.choose(inputs, named);
                    found = new ProfileAssessor(loaded.questionnaire()).check(path.toString(), bytes);
                }
            } catch (InvalidInputException e) {
                found = e.diagnostics();
            }
            printer.print(found, err);
            boolean fileErrors = found.stream().anyMatch(Diagnostic::isError);
            errors |= fileErrors;
            warnings |= !found.isEmpty() && !fileErrors;
            out.println(path + ": " + CliMessages.get(common.lang(), fileErrors ? "validate.invalid" : found.isEmpty() ? "validate.ok" : "validate.okWarnings"));
        }
        out.flush();
        return errors || (strict && warnings) ? ExitCode.INVALID : ExitCode.OK;
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
