package dev.csreview.cli;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.output.AssessmentJson;
import dev.csreview.output.TextReport;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.QuestionnaireLoader;
import dev.csreview.report.PackageFolder;
import dev.csreview.report.PackageRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csreview assess PROFILE...}: batch assessment of company profiles. */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = {
            "Assess one or more company profiles (YAML answers) and print the result.",
            "Directories are searched for *.yaml and *.yml files."
        })
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PROFILE", arity = "1..*", description = "Profile files or directories.")
    List<Path> profiles;

    @Option(names = "--questionnaire", paramLabel = "ID|FILE",
            description = "Built-in questionnaire id or a questionnaire file (default: the one the profile names).")
    String questionnaire;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text for people, json for machines (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "none", converter = FailOn.Converter.class,
            description = "Exit 1 when any route reaches LEVEL: must-declare, cannot-tell, should-consider or none (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Mixin
    PackageOptions pkg;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("csreview: unknown --format '" + format + "' (text, json)");
            return ExitCode.INVALID;
        }
        PackageRequest request = null;
        PackageWriting packages = null;
        try {
            if (pkg.out != null) {
                request = new PackageRequest(pkg.formats(), pkg.languages(), pkg.date(System.getenv()), WorkingDaysSupport.builtin(), Version.get());
                packages = new PackageWriting(pkg);
            }
        } catch (PackageOptions.UsageException e) {
            err.println("csreview: " + e.getMessage());
            return ExitCode.INVALID;
        }
        Inputs inputs = new Inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(common.lang(), inputs.sources);
        List<Assessment> results = new ArrayList<>();
        boolean invalid = false;
        List<Path> files;
        try {
            files = inputs.expand(profiles);
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        }
        for (Path file : files) {
            try {
                byte[] bytes = inputs.read(file);
                String qid = questionnaire != null ? questionnaire
                        : new ProfileLoader().questionnaireId(file.toString(), bytes).orElse(inputs.catalog.defaultId());
                QuestionnaireLoader.Loaded loaded = inputs.questionnaire(qid);
                ProfileAssessor.Result result = new ProfileAssessor(loaded.questionnaire()).assess(file.toString(), bytes);
                printer.print(result.diagnostics(), err);
                if (result.assessment().isPresent()) {
                    results.add(result.assessment().get());
                    if (packages != null) {
                        Path written = packages.write(result.assessment().get(), request);
                        (format.equals("json") ? err : out).println(written);
                    }
                } else {
                    invalid = true;
                }
            } catch (InvalidInputException e) {
                printer.print(e.diagnostics(), err);
                invalid = true;
            } catch (PackageFolder.ExistsException e) {
                err.println("csreview: " + e.getMessage() + " already exists; use --force to replace it");
                invalid = true;
            } catch (PackageOptions.UsageException e) {
                err.println("csreview: " + e.getMessage());
                return ExitCode.INVALID;
            }
        }
        if (format.equals("json")) {
            out.print(new AssessmentJson().renderAll(results, Version.get()));
        } else {
            TextReport report = new TextReport(common.lang());
            for (int i = 0; i < results.size(); i++) {
                if (i > 0) {
                    out.println("----");
                }
                out.print(report.render(results.get(i)));
            }
        }
        out.flush();
        if (invalid) {
            return ExitCode.INVALID;
        }
        Outcome worst = results.stream().map(Assessment::worstOutcome)
                .reduce(Outcome.NOT_TRIGGERED, (a, b) -> a.atLeast(b) ? a : b);
        return failOn.reached(worst) ? ExitCode.THRESHOLD : ExitCode.OK;
    }

    static boolean hasErrors(List<Diagnostic> ds) {
        return ds.stream().anyMatch(Diagnostic::isError);
    }
}
