package dev.csreview.cli;

import dev.csreview.run.Inputs;
import dev.csreview.run.DiagnosticPrinter;
import dev.csreview.run.RunContext;

import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.profile.ProfileSkeleton;
import dev.csreview.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csreview init}: a commented profile skeleton for people who prefer to fill in YAML by hand. */
@Command(name = "init", mixinStandardHelpOptions = true)
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
        Inputs inputs = context.inputs();
        Questionnaire q;
        try {
            q = questionnaire.choose(inputs, java.util.Optional.empty()).questionnaire();
        } catch (InvalidInputException e) {
            new DiagnosticPrinter(common.lang(), inputs.sources).print(e.diagnostics(), spec.commandLine().getErr());
            return ExitCode.INVALID;
        }
        String text = new ProfileSkeleton(q, common.lang()).write();
        if (file == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        if (Files.exists(file) && !force) {
            spec.commandLine().getErr().println("csreview: " + CliMessages.get(common.lang(), "exists", file));
            return ExitCode.INVALID;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        spec.commandLine().getOut().println(file);
        return ExitCode.OK;
    }
}
