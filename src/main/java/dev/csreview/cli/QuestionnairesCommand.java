package dev.csreview.cli;

import dev.csreview.run.Inputs;
import dev.csreview.run.RunContext;

import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.questionnaire.Questionnaire;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code csreview questionnaires}: the built-in questionnaires and their versions. */
@Command(name = "questionnaires", mixinStandardHelpOptions = true, addMethodSubcommands = false)
final class QuestionnairesCommand implements Callable<Integer> {
    private final RunContext context;

    QuestionnairesCommand(RunContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws InvalidInputException {
        PrintWriter out = spec.commandLine().getOut();
        Inputs inputs = context.inputs();
        for (String id : inputs.catalog.ids()) {
            Questionnaire q = inputs.questionnaire(id).questionnaire();
            out.println(id + "  " + q.version() + (id.equals(inputs.catalog.defaultId()) ? "  " + CliMessages.get(common.lang(), "questionnaires.default") : "") + "  "
                    + q.title().in(common.lang()));
            // Earlier versions kept for diff --questionnaire and comparing portfolios; profiles of them migrate.
            for (var m : q.migrations()) {
                if (inputs.catalog.has(id + "@" + m.from())) {
                    out.println(id + "@" + m.from() + "  " + m.from() + "  " + CliMessages.get(common.lang(), "questionnaires.earlier", q.version()));
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
