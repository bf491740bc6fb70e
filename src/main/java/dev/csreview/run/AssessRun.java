package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.batch.BatchAssessor;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.gate.FailLevel;
import dev.csreview.gate.Baseline;
import dev.csreview.output.Findings;
import dev.csreview.output.JunitReport;
import dev.csreview.output.TextReport;
import dev.csreview.gate.Waivers;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.calendar.Today;
import dev.csreview.report.PackageRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code csreview assess}: assesses profiles in a batch, writes the machine formats and, if asked, a declaration
 * package per profile, and says how the batch stands against the CI gate. Everything the user may have got wrong is
 * checked before the first profile, so that a batch of thousands does not fail at its end.
 */
public final class AssessRun {
    /** The machine formats, in the order their ends are written. */
    public static final List<String> FORMATS = List.of("text", "json", "junit", "sarif", "github");

    /**
     * What to assess and write. {@code formats}: machine formats, in the order given; {@code outputDir}: where they go
     * (null: standard output), replacing files there only with {@code force}; {@code questionnaire}: an id or file for every profile (null: the one each names);
     * {@code packages}: how to write packages (null: none); {@code date}: --date or SOURCE_DATE_EPOCH, if given.
     */
    public record Request(List<Path> profiles, boolean allowEmpty, String questionnaire, List<Path> questionnaireFolders,
            Set<String> formats, Path outputDir, boolean force, List<FailLevel> failOn, Path baseline, boolean failOnChanges, Path waivers,
            Path sourceRoot, int jobs, boolean strictVersion, PackageChoices packages, Path templates, Lang lang,
            Optional<LocalDate> date) {}

    /**
     * How the batch stands: a profile was invalid or rejected; the waivers that expired; the most serious route that
     * fails the gate (unwaived; with --fail-on-changes, only one that got worse); a filing plan at risk.
     */
    public record Summary(boolean invalid, List<String> expiredWaivers, Outcome worst, boolean planAtRisk) {
        /** Whether the --fail-on levels are reached, or a waiver has expired: exit 1. */
        public boolean failsGate(List<FailLevel> levels) {
            return !expiredWaivers.isEmpty() || FailLevel.anyReached(levels, worst, planAtRisk);
        }
    }

    private final RunContext context;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Progress.Factory progress;
    private final String version;

    public AssessRun(RunContext context, PrintWriter out, PrintWriter err, Progress.Factory progress, String version) {
        this.context = context;
        this.out = out;
        this.err = err;
        this.progress = progress;
        this.version = version;
    }

    public Summary run(Request r) throws IOException, InterruptedException {
        for (String f : r.formats()) {
            if (!FORMATS.contains(f)) {
                throw RunException.invalid(r.lang(), "assess.unknownFormat", f);
            }
        }
        if (r.formats().isEmpty()) {
            throw RunException.invalid(r.lang(), "assess.noFormat");
        }
        // Without --output-dir every format writes standard output: one format, or text with github (annotations are
        // log lines GitHub reads from among the text, by design); github inside JSON, JUnit or SARIF breaks them.
        if (r.outputDir() == null && r.formats().size() > 1 && !r.formats().equals(Set.of("text", "github"))) {
            throw RunException.invalid(r.lang(), "assess.formatsNeedDir", String.join(",", r.formats()));
        }
        Outputs.checkFolder(r.outputDir(), "--output-dir", r.lang());
        if (r.packages() != null) {
            Outputs.checkFolder(r.packages().out(), "--out", r.lang());
        }
        Outputs outputs = new Outputs(r.outputDir(), out, context.temporaryFiles());
        outputs.checkTargets(r.formats(), r.lang());
        List<Path> existing = outputs.existing(r.formats());
        if (!existing.isEmpty() && !r.force()) {
            throw RunException.invalid(r.lang(), "exists", existing.get(0));
        }
        if (r.failOnChanges() && r.baseline() == null) {
            throw RunException.invalid(r.lang(), "assess.changesNeedBaseline");
        }
        // Only packages and waivers use the date; today is looked up only for them.
        LocalDate today = r.date().orElseGet(() -> r.packages() != null || r.waivers() != null ? Today.onThisMachine() : null);
        PackageRequest request = r.packages() == null ? null
                : new PackageRequest(r.packages().formats(), r.packages().languages(), today, ChinaWorkingDays.builtin(), version);
        if (request != null) {
            r.packages().checkTemplates();
            DocxSupport.warmUpInBackground(request.formats(), r.lang());
        }
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(r.lang(), inputs.sources);
        Baseline before = null;
        Waivers waivers = Waivers.none();
        PackageWriting packages = null;
        List<Path> files;
        try {
            inputs.allowQuestionnairesUnder(r.questionnaireFolders());
            // Input files named by options are not profiles, even in a folder given as one: the README keeps waivers.yaml beside the profiles.
            inputs.setAside(r.waivers(), r.baseline());
            inputs.setAsideNamed(r.questionnaire());
            if (r.packages() != null) {
                inputs.setAside(r.packages().brandFile(), r.packages().referenceDocx(), r.packages().pdfFont());
            }
            if (r.baseline() != null) {
                before = DiffRun.parse(r.baseline(), new CompanyQuestions(r.templates()));
            }
            if (r.waivers() != null) {
                waivers = Waivers.parse(r.waivers().toString(), inputs.read(r.waivers()));
            }
            if (request != null) {
                PackageChoices.Loaded style = r.packages().load(inputs, context.env());
                printer.print(style.warnings(), err);
                request = request.withBrand(style.brand());
                packages = new PackageWriting(style.settings());
            }
            files = inputs.expandBatch(r.profiles(), r.allowEmpty(), r.lang());
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }
        List<FormatSink<?>> sinks = new ArrayList<>();
        TextSink text = null;
        JsonSink json = null;
        GithubSink github = null;
        if (r.formats().contains("text")) {
            sinks.add(text = new TextSink(new TextReport(r.lang()), outputs, r.lang()));
        }
        if (r.formats().contains("json")) {
            sinks.add(json = new JsonSink(outputs, version));
        }
        for (String f : r.formats()) {
            switch (f) {
                case "junit" -> sinks.add(new JunitSink(new JunitReport(FailLevel.gate(r.failOn())), outputs));
                case "sarif" -> sinks.add(new SarifSink(outputs, SourceRoot.of(r.sourceRoot(), files.isEmpty() ? null : files.get(0)), version));
                // Annotations go out as profiles finish, unless another format is on standard output (they would break it).
                case "github" -> sinks.add(github = new GithubSink(out, outputs.toFiles() || r.formats().size() == 1));
                default -> { }
            }
        }
        BatchReport report = new BatchReport(sinks, new Findings(r.lang()), waivers, today, github != null && github.keepsAll(),
                before, new CompanyQuestions(r.templates()), r.lang());
        int threads = Math.min(Math.max(1, files.size()), r.jobs());
        boolean strict = r.strictVersion();
        PackageWriting writer = packages;
        PackageRequest finalRequest = request;
        BatchAssessor<BatchReport.Rendered> batch = new BatchAssessor<>(threads, a -> {
            if (strict && a.migration() != null) {
                // --strict-version: a profile written for an earlier version is refused before anything is written for it.
                throw new BatchAssessor.StepException(null, List.of(Diagnostic.error(a.migration().at(), "P033",
                        a.migration().from(), a.migration().to(), a.profileName())));
            }
            Path folder = writer == null ? null : writer.job(finalRequest).apply(a);
            return report.render(a, folder);
        });
        // Where a package's folder is announced: standard output, unless the text report is there.
        PrintWriter announce = text != null && text.onStandardOutput() ? out : err;
        try (Progress bar = progress.start(files.size())) {
            // A filing plan counts from the run's day: --date or SOURCE_DATE_EPOCH, else today.
            Plans plans = new Plans(r.templates(), today != null ? today : Today.onThisMachine());
            batch.run(files, plans.around(inputs.batchSource(r.questionnaire())), result -> {
                printer.print(result.diagnostics(), err);
                // The profile's text was kept only to show its diagnostics; drop it so a large batch stays small.
                inputs.sources.remove(result.file().toString());
                if (result.problem() != null) {
                    err.println("csreview: " + result.problem());
                }
                if (result.assessment() == null) {
                    report.rejected();
                } else {
                    report.accept(result.assessment(), result.value());
                    if (result.value().packageFolder() != null) {
                        announce.println(result.value().packageFolder());
                    }
                }
                bar.step();
            });
        } finally {
            if (json != null) {
                json.close();
            }
        }
        report.finish();
        outputs.commit(out);
        out.flush();
        printer.print(report.unmatchedWaivers(), err);
        if (report.invalid()) {
            return new Summary(true, List.of(), Outcome.NOT_TRIGGERED, false);
        }
        List<String> expired = report.expiredWaivers();
        for (String line : expired) {
            // The owner and ids are the waiver file's text: control characters shown, not sent to the terminal.
            err.println(DiagnosticPrinter.visible("csreview: " + line));
        }
        return new Summary(false, expired, r.failOnChanges() ? report.worstWorsened() : report.worstUnwaived(), report.planAtRisk());
    }
}
