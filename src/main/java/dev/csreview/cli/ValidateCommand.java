package dev.csreview.cli;

import dev.csreview.run.RunContext;
import dev.csreview.run.ValidateRun;
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
        mixinStandardHelpOptions = true,
        addMethodSubcommands = false)
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
        ValidateRun.Summary s = new ValidateRun(context, spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(new ValidateRun.Request(files, allowEmpty.allowed, questionnaire.orNull(), questionnairePath.folders, previous, strict, common.lang()));
        return s.errors() || (strict && s.warnings()) ? ExitCode.INVALID : ExitCode.OK;
    }
}
