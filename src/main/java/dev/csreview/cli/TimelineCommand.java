package dev.csreview.cli;

import dev.csreview.gate.FailLevel;
import dev.csreview.run.RunContext;
import dev.csreview.run.TimelineRun;
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
 * {@code csreview timeline PROFILE}: the profile's filing plan (latest filing dates back from its planned dates,
 * warnings); {@code csreview timeline --submitted DATE}: the review clock's latest dates from a submission date.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true, addMethodSubcommands = false)
final class TimelineCommand implements Callable<Integer> {
    private final RunContext context;

    TimelineCommand(RunContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..1", paramLabel = "PROFILE")
    Path profile;

    @Option(names = "--submitted", paramLabel = "YYYY-MM-DD")
    String submitted;

    @Mixin
    DateOption date;

    @Option(names = "--fail-on", paramLabel = "LEVEL", split = ",", converter = FailOn.class, completionCandidates = Candidates.FailOnLevels.class)
    List<FailLevel> failOn = List.of();

    @Option(names = "--questionnaire", paramLabel = "ID", completionCandidates = Candidates.QuestionnaireIds.class)
    String questionnaire;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Mixin
    TextOrJson format;

    @Override
    public Integer call() throws IOException, InterruptedException {
        TimelineRun.Summary s = new TimelineRun(context, spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(new TimelineRun.Request(profile, submitted, date.fixed(common.lang(), context.env()), questionnaire, templates,
                        format.json(), common.lang()));
        return s.invalid() ? ExitCode.INVALID : FailLevel.anyReached(failOn, s.worst(), s.planAtRisk()) ? ExitCode.THRESHOLD : ExitCode.OK;
    }
}
