package dev.csreview.cli;

import dev.csreview.run.MigrateRun;
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

/**
 * {@code csreview migrate PROFILE...}: rewrites profiles written for an earlier version of their questionnaire to the
 * current one, editing the text where the parser located each answer (comments and layout stay), and lists per
 * profile the new questions to answer and the answers to look at again.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, addMethodSubcommands = false)
final class MigrateCommand implements Callable<Integer> {
    private final RunContext context;

    MigrateCommand(RunContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PROFILE", arity = "1..*")
    List<Path> profiles;

    @Mixin
    QuestionnaireOption questionnaire;

    @Mixin
    AllowEmpty allowEmpty;

    @Mixin
    QuestionnairePath questionnairePath;

    @Option(names = "--in-place")
    boolean inPlace;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Mixin
    DateOption date;

    @Override
    public Integer call() throws IOException {
        MigrateRun.Request request = new MigrateRun.Request(profiles, allowEmpty.allowed, questionnaire.orNull(), questionnairePath.folders, inPlace, dryRun,
                date.date(common.lang(), context.env()), common.lang());
        MigrateRun.Summary summary = new MigrateRun(context, spec.commandLine().getOut(), spec.commandLine().getErr()).run(request);
        return summary.invalid() ? ExitCode.INVALID : ExitCode.OK;
    }
}
