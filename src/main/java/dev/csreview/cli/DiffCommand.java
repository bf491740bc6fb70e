package dev.csreview.cli;

import dev.csreview.run.DiffRun;
import dev.csreview.run.RunContext;
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
@Command(name = "diff", mixinStandardHelpOptions = true, addMethodSubcommands = false)
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

    @Override
    public Integer call() {
        DiffRun.Summary s = new DiffRun(context, spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(new DiffRun.Request(files, readings, questionnairePath.folders, format.json(), common.lang()));
        return s.invalid() ? ExitCode.INVALID : s.worse() ? ExitCode.THRESHOLD : ExitCode.OK;
    }
}
