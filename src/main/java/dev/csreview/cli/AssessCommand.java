package dev.csreview.cli;

import dev.csreview.batch.BatchAssessor;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.files.InputFiles;
import dev.csreview.gate.Baseline;
import dev.csreview.gate.Change;
import dev.csreview.gate.Changes;
import dev.csreview.gate.Waivers;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.report.PackageRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        mixinStandardHelpOptions = true)
final class AssessCommand implements Callable<Integer> {
    private static final Set<String> FORMATS = Set.of("text", "json", "junit", "sarif", "github");

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--allow-empty")
    boolean allowEmpty;

    @Parameters(paramLabel = "PROFILE", arity = "1..*")
    List<Path> profiles;

    @Option(names = "--questionnaire", paramLabel = "ID|FILE", completionCandidates = Candidates.QuestionnaireIds.class)
    String questionnaire;

    @Mixin
    QuestionnairePath questionnairePath;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text", completionCandidates = Candidates.ReportFormats.class)
    List<String> formats;

    @Option(names = "--output-dir", paramLabel = "DIR")
    Path outputDir;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "none", split = ",", converter = FailOn.Converter.class,
            completionCandidates = Candidates.FailOnLevels.class)
    List<FailOn> failOn;

    @Option(names = "--baseline", paramLabel = "FILE")
    Path baseline;

    @Option(names = "--fail-on-changes")
    boolean failOnChanges;

    @Option(names = "--waivers", paramLabel = "FILE")
    Path waiversFile;

    @Option(names = "--source-root", paramLabel = "DIR")
    Path sourceRoot;

    @Option(names = "--jobs", paramLabel = "N", converter = PositiveCount.class)
    Integer jobs;

    @Option(names = "--strict-version")
    boolean strictVersion;

    @Mixin
    PackageOptions pkg;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> chosen = new LinkedHashSet<>(formats);
        for (String f : chosen) {
            if (!FORMATS.contains(f)) {
                err.println("csreview: " + CliMessages.get(common.lang(), "assess.unknownFormat", f));
                return ExitCode.INVALID;
            }
        }
        if (outputDir == null && chosen.stream().filter(f -> !f.equals("github")).count() > 1) {
            err.println("csreview: " + CliMessages.get(common.lang(), "assess.formatsNeedDir"));
            return ExitCode.INVALID;
        }
        Outputs outputs = new Outputs(outputDir, out);
        List<Path> existing = outputs.existing(chosen);
        if (!existing.isEmpty() && !pkg.force) {
            // Checked before any work: a batch of thousands should not fail at its end.
            err.println("csreview: " + CliMessages.get(common.lang(), "exists", existing.get(0)));
            return ExitCode.INVALID;
        }
        if (failOnChanges && baseline == null) {
            err.println("csreview: " + CliMessages.get(common.lang(), "assess.changesNeedBaseline"));
            return ExitCode.INVALID;
        }
        PackageRequest request;
        PackageWriting packages;
        LocalDate today;
        try {
            // Only packages and waivers use the date; today is looked up only for them.
            today = pkg.fixedDate(System.getenv()).orElseGet(() -> pkg.out != null || waiversFile != null ? LocalDate.now() : null);
            request = pkg.out == null ? null
                    : new PackageRequest(pkg.formats(), pkg.languages(), today, ChinaWorkingDays.builtin(), Version.get());
            packages = pkg.out == null ? null : new PackageWriting(pkg);
            if (packages != null) {
                DocxSupport.warmUpInBackground(request.formats());
            }
        } catch (PackageOptions.UsageException e) {
            err.println("csreview: " + e.getMessage());
            return ExitCode.INVALID;
        }
        Inputs inputs = new Inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(common.lang(), inputs.sources);
        Baseline before = null;
        Waivers waivers = Waivers.none();
        List<Path> files;
        try {
            inputs.allowQuestionnairesUnder(questionnairePath.folders);
            if (baseline != null) {
                before = Baseline.parse(InputFiles.read(baseline, InputFiles.JSON_LIMIT), new CompanyQuestions(pkg.templates));
            }
            if (waiversFile != null) {
                waivers = Waivers.parse(waiversFile.toString(), inputs.read(waiversFile));
            }
            if (request != null) {
                pkg.loadHouseStyle(inputs);
                request = request.withBrand(pkg.brand());
            }
            files = inputs.expand(profiles);
            if (files.isEmpty() && !allowEmpty) {
                // A CI glob that matches nothing must not pass silently (ESLint's convention).
                err.println("csreview: " + CliMessages.get(common.lang(), "noProfiles",
                        String.join(", ", profiles.stream().map(String::valueOf).toList())));
                return ExitCode.INVALID;
            }
        } catch (PackageOptions.UsageException e) {
            err.println("csreview: " + e.getMessage());
            return ExitCode.INVALID;
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        } catch (IOException e) {
            err.println("csreview: " + CliMessages.get(common.lang(), "assess.baselineUnreadable", baseline, e.getMessage()));
            return ExitCode.INVALID;
        }
        BatchRun run = new BatchRun(outputs, chosen, err, printer, inputs, waivers, today, common.lang(), before != null, FailOn.gate(failOn),
                SourceRoot.of(sourceRoot, files.isEmpty() ? null : files.get(0)), new CompanyQuestions(pkg.templates));
        int threads = Math.min(Math.max(1, files.size()), jobs != null ? jobs : Runtime.getRuntime().availableProcessors());
        try (Progress progress = Progress.start(files.size())) {
            // A filing plan counts from the run's day: --date or SOURCE_DATE_EPOCH, else today.
            Plans plans = new Plans(pkg.templates, today != null ? today : LocalDate.now());
            BatchAssessor.Step step = packages == null ? null : packages.step(request, Path::toString);
            new BatchAssessor(threads, run.renderer()).run(files, plans.around(inputs.batchSource(questionnaire)), strictVersion ? currentOnly(step) : step, result -> {
                run.accept(result);
                progress.step();
            });
        } finally {
            run.finishStreams();
        }
        List<Change> changes = before == null ? List.of() : Changes.between(before, run.levels());
        run.writeSummaries(changes);
        if (run.invalid()) {
            return ExitCode.INVALID;
        }
        boolean expired = run.reportExpiredWaivers(waivers);
        Outcome worst = failOnChanges ? run.worstWorsened(changes) : run.worstUnwaived();
        return expired || FailOn.anyReached(failOn, worst, run.planAtRisk()) ? ExitCode.THRESHOLD : ExitCode.OK;
    }

    /** {@code --strict-version}: a profile written for an earlier version is refused (P033) before anything is written for it. */
    private static BatchAssessor.Step currentOnly(BatchAssessor.Step then) {
        return a -> {
            if (a.migration() != null) {
                throw new BatchAssessor.StepException(null, List.of(Diagnostic.error(a.migration().at(), "P033",
                        a.migration().from(), a.migration().to(), a.profileName())));
            }
            return then == null ? null : then.apply(a);
        };
    }
}
