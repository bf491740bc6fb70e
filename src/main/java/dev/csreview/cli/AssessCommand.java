package dev.csreview.cli;

import dev.csreview.gate.FailLevel;
import dev.csreview.run.AssessRun;
import dev.csreview.run.RunContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;


/** {@code csreview assess PROFILE...}: batch assessment of company profiles. */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        addMethodSubcommands = false)
final class AssessCommand implements Callable<Integer> {
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

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text", completionCandidates = Candidates.ReportFormats.class)
    List<String> formats;

    @Option(names = "--output-dir", paramLabel = "DIR")
    Path outputDir;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "none", split = ",", converter = FailOn.class,
            completionCandidates = Candidates.FailOnLevels.class)
    List<FailLevel> failOn;

    @Option(names = "--baseline", paramLabel = "FILE")
    Path baseline;

    @Option(names = "--fail-on-changes")
    boolean failOnChanges;

    @Option(names = "--waivers", paramLabel = "FILE")
    Path waiversFile;

    @Option(names = "--source-root", paramLabel = "DIR")
    Path sourceRoot;

    @Mixin
    Jobs jobs;

    @Option(names = "--strict-version")
    boolean strictVersion;

    @Mixin
    PackageOptions pkg;

    private final RunContext context;

    AssessCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        // Package options are checked whether or not --out asks for packages: a mistyped value is never ignored.
        pkg.formats();
        pkg.languages();
        Set<String> named = new LinkedHashSet<>();
        formats.forEach(f -> named.add(f.trim().toLowerCase(java.util.Locale.ROOT)));
        AssessRun.Request request = new AssessRun.Request(profiles, allowEmpty.allowed, questionnaire.orNull(), questionnairePath.folders,
                named, outputDir, pkg.force, failOn, baseline, failOnChanges, waiversFile, sourceRoot,
                jobs.count(), strictVersion,
                pkg.out == null ? null : pkg.choices(context.env()), pkg.templates, common.lang(), pkg.fixedDate(context.env()));
        AssessRun.Summary summary = new AssessRun(context, spec.commandLine().getOut(), spec.commandLine().getErr(),
                total -> TerminalProgress.start(total, context.env()), Version.get()).run(request);
        return summary.invalid() ? ExitCode.INVALID : summary.failsGate(failOn) ? ExitCode.THRESHOLD : ExitCode.OK;
    }
}
