package dev.csreview.cli;

import dev.csreview.run.PortfolioRun;
import dev.csreview.run.RunContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csreview portfolio PROFILES... --out DIR}: every client's package and one overview of them all. */
@Command(name = "portfolio", mixinStandardHelpOptions = true, addMethodSubcommands = false)
final class PortfolioCommand implements Callable<Integer> {
    private final RunContext context;

    PortfolioCommand(RunContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    AllowEmpty allowEmpty;

    @Parameters(paramLabel = "PROFILE", arity = "1..*")
    List<Path> profiles;

    @Mixin
    QuestionnaireOption questionnaire;

    @Mixin
    QuestionnairePath questionnairePath;

    @Mixin
    Jobs jobs;

    @Option(names = "--compare-with", paramLabel = "ID|FILE")
    String compareWith;

    @Mixin
    PackageOptions pkg;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PortfolioRun.Summary s = new PortfolioRun(context, spec.commandLine().getOut(), spec.commandLine().getErr(), total -> TerminalProgress.start(total, context.env()),
                Version.get()).run(new PortfolioRun.Request(profiles, allowEmpty.allowed, questionnaire.orNull(), questionnairePath.folders,
                        jobs.count(), compareWith, pkg.choices(context.env()), common.lang()));
        return s.invalid() ? ExitCode.INVALID : ExitCode.OK;
    }
}
