package dev.csreview.cli;

import dev.csreview.run.DiagnosticPrinter;
import dev.csreview.run.CompanyQuestions;
import dev.csreview.run.ChangeReport;
import dev.csreview.run.RunContext;

import dev.csreview.gate.Baseline;
import dev.csreview.gate.Change;
import dev.csreview.gate.Changes;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.diagnostic.Location;
import dev.csreview.files.InputFiles;
import dev.csreview.gate.Baseline;
import dev.csreview.gate.Change;
import dev.csreview.gate.Changes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code csreview diff OLD NEW}: what changed between two assessment JSON files; {@code csreview diff --questionnaire
 * OLD NEW PROFILE...}: what changes for each client when the reading (questionnaire version) changes.
 */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {
    private final RunContext context;

    DiffCommand(RunContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    @Option(names = "--questionnaire", arity = "2", paramLabel = "READING")
    List<String> readings;

    @Mixin
    QuestionnairePath questionnairePath;

    @Mixin
    TextOrJson format;

    @Mixin
    CommonOptions common;

    /** An assessment JSON through the bounded reader; a file that is not one is named in the error. */
    private static Baseline parse(Path file, Baseline.CompanyQuestion company) throws InvalidInputException {
        try {
            return Baseline.parse(InputFiles.read(file, InputFiles.JSON_LIMIT), company);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Diagnostic.error(Location.of(file.toString()), "J001", e.getMessage())));
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (readings != null) {
            return new ReadingComparison(context, common.lang()).run(readings.get(0), readings.get(1), files, questionnairePath, out, spec.commandLine().getErr());
        }
        if (files.size() != 2) {
            spec.commandLine().getErr().println("csreview: " + CliMessages.get(common.lang(), "diff.twoFiles"));
            return ExitCode.INVALID;
        }
        List<Change> changes;
        try {
            CompanyQuestions company = new CompanyQuestions(null);
            changes = Changes.between(parse(files.get(0), company), parse(files.get(1), company));
        } catch (InvalidInputException e) {
            new DiagnosticPrinter(common.lang(), java.util.Map.of()).print(e.diagnostics(), spec.commandLine().getErr());
            return ExitCode.INVALID;
        }
        out.print(format.json() ? ChangeReport.json(changes) : ChangeReport.text(changes, common.lang()).stripLeading());
        out.flush();
        return changes.stream().anyMatch(Change::worse) ? ExitCode.THRESHOLD : ExitCode.OK;
    }
}
