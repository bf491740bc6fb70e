package dev.csreview.cli;

import dev.csreview.run.InitRun;
import dev.csreview.run.RunContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csreview init}: a commented profile skeleton for people who prefer to fill in YAML by hand. */
@Command(name = "init", mixinStandardHelpOptions = true, addMethodSubcommands = false)
final class InitCommand implements Callable<Integer> {
    private final RunContext context;

    InitCommand(RunContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    QuestionnaireOption questionnaire;

    @Option(names = "--force")
    boolean force;

    @Parameters(paramLabel = "FILE", arity = "0..1")
    Path file;

    @Override
    public Integer call() throws IOException {
        InitRun.Request request = new InitRun.Request(questionnaire.orNull(), file, force, common.lang());
        new InitRun(context, spec.commandLine().getOut(), spec.commandLine().getErr()).run(request);
        return ExitCode.OK;
    }
}
