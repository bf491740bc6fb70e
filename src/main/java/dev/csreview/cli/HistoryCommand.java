package dev.csreview.cli;

import dev.csreview.run.HistoryRun;
import dev.csreview.run.RunContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csreview history PROFILE...}: when each answer was given and under which questionnaire version, and the migrations. */
@Command(name = "history", mixinStandardHelpOptions = true, addMethodSubcommands = false)
final class HistoryCommand implements Callable<Integer> {
    private final RunContext context;

    HistoryCommand(RunContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    AllowEmpty allowEmpty;

    @Mixin
    QuestionnairePath questionnairePath;

    @Parameters(paramLabel = "PROFILE", arity = "1..*")
    List<Path> profiles;

    @Override
    public Integer call() {
        HistoryRun.Request request = new HistoryRun.Request(profiles, allowEmpty.allowed, questionnairePath.folders, common.lang());
        HistoryRun.Summary summary = new HistoryRun(context, spec.commandLine().getOut(), spec.commandLine().getErr()).run(request);
        return summary.invalid() ? ExitCode.INVALID : ExitCode.OK;
    }
}
