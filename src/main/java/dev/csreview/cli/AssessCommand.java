package dev.csreview.cli;

import dev.csreview.assessment.Assessment;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.batch.BatchAssessor;
import dev.csreview.output.AssessmentJson;
import dev.csreview.output.JsonText;
import dev.csreview.output.Baseline;
import dev.csreview.output.Change;
import dev.csreview.output.Changes;
import dev.csreview.output.Waivers;
import dev.csreview.output.Finding;
import dev.csreview.output.Findings;
import dev.csreview.output.GithubAnnotations;
import dev.csreview.output.JunitReport;
import dev.csreview.output.SarifReport;
import dev.csreview.output.TextReport;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.QuestionnaireLoader;
import dev.csreview.report.ChinaWorkingDays;
import dev.csreview.report.PackageFolder;
import dev.csreview.report.PackageRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        description = {
            "Assess one or more company profiles (YAML answers) and print the result.",
            "Directories are searched for *.yaml and *.yml files; profiles are assessed in parallel."
        })
final class AssessCommand implements Callable<Integer> {
    private static final Set<String> FORMATS = Set.of("text", "json", "junit", "sarif", "github");

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PROFILE", arity = "1..*", description = "Profile files or directories.")
    List<Path> profiles;

    @Option(names = "--questionnaire", paramLabel = "ID|FILE",
            description = "Built-in questionnaire id or a questionnaire file (default: the one the profile names).")
    String questionnaire;

    @Option(names = "--format", paramLabel = "FORMAT[,FORMAT...]", split = ",", defaultValue = "text",
            description = "text (people), json, junit, sarif, github (Actions annotations); several need --output-dir,"
                    + " except github, which always goes to standard output (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write each format to DIR/csreview.{txt,json,junit.xml,sarif} instead of standard output.")
    Path outputDir;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "none", converter = FailOn.Converter.class,
            description = "Exit 1 when any route reaches LEVEL: must-declare, cannot-tell, should-consider or none (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An earlier assessment JSON: report what is new or worse since then.")
    Path baseline;

    @Option(names = "--fail-on-changes",
            description = "With --baseline: only routes that got worse count for --fail-on.")
    boolean failOnChanges;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Accepted findings (YAML: id, profile, reason, owner, expires): shown as waived, never failing the run until they expire.")
    Path waiversFile;

    @Option(names = "--jobs", paramLabel = "N", description = "Profiles assessed at once (default: the number of cores).")
    Integer jobs;

    @Mixin
    PackageOptions pkg;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> chosen = new LinkedHashSet<>(formats);
        for (String f : chosen) {
            if (!FORMATS.contains(f)) {
                err.println("csreview: unknown --format '" + f + "' (text, json, junit, sarif, github)");
                return ExitCode.INVALID;
            }
        }
        if (outputDir == null && chosen.stream().filter(f -> !f.equals("github")).count() > 1) {
            err.println("csreview: several formats need --output-dir (github may always be added)");
            return ExitCode.INVALID;
        }
        if (failOnChanges && baseline == null) {
            err.println("csreview: --fail-on-changes needs --baseline");
            return ExitCode.INVALID;
        }
        PackageRequest request;
        PackageWriting packages;
        LocalDate today;
        try {
            today = pkg.date(System.getenv());
            request = pkg.out == null ? null
                    : new PackageRequest(pkg.formats(), pkg.languages(), today, ChinaWorkingDays.builtin(), Version.get());
            packages = pkg.out == null ? null : new PackageWriting(pkg);
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
            if (baseline != null) {
                before = Baseline.parse(Files.readAllBytes(baseline));
            }
            if (waiversFile != null) {
                waivers = Waivers.parse(waiversFile.toString(), inputs.read(waiversFile));
            }
            files = inputs.expand(profiles);
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        } catch (IOException e) {
            err.println("csreview: cannot read the baseline " + baseline + ": " + e.getMessage());
            return ExitCode.INVALID;
        }
        BatchRun run = new BatchRun(chosen, out, err, printer, inputs, waivers, today, before != null);
        int threads = Math.min(Math.max(1, files.size()), jobs != null ? jobs : Runtime.getRuntime().availableProcessors());
        try (Progress progress = Progress.start(files.size())) {
            new BatchAssessor(threads).run(files, file -> prepare(file, inputs), packages == null ? null : a -> {
                try {
                    return packages.write(a, request).toString();
                } catch (PackageFolder.ExistsException e) {
                    throw new BatchAssessor.StepException(e.getMessage() + " already exists; use --force to replace it", List.of());
                } catch (InvalidInputException e) {
                    throw new BatchAssessor.StepException(null, e.diagnostics());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, result -> {
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
        return expired || failOn.reached(worst) ? ExitCode.THRESHOLD : ExitCode.OK;
    }

    private BatchAssessor.Prepared prepare(Path file, Inputs inputs) throws InvalidInputException {
        byte[] bytes = inputs.read(file);
        String qid = questionnaire != null ? questionnaire
                : new ProfileLoader().questionnaireId(file.toString(), bytes).orElse(inputs.catalog.defaultId());
        QuestionnaireLoader.Loaded loaded = inputs.questionnaire(qid);
        return new BatchAssessor.Prepared(file, bytes, loaded.questionnaire());
    }

    /** Where each format goes: standard output, or a file in --output-dir written atomically at the end. */
    Sink sink(String format) throws IOException {
        if (outputDir == null || format.equals("github")) {
            return new Sink(spec.commandLine().getOut(), null, null);
        }
        String name = switch (format) {
            case "json" -> "csreview.json";
            case "junit" -> "csreview.junit.xml";
            case "sarif" -> "csreview.sarif";
            default -> "csreview.txt";
        };
        Files.createDirectories(outputDir);
        Path tmp = Files.createTempFile(outputDir, ".csreview-", ".tmp");
        return new Sink(new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)), tmp, outputDir.resolve(name));
    }

    /** An output stream for one format; a file sink is renamed into place when closed. */
    record Sink(PrintWriter writer, Path tmp, Path target) {
        void close(PrintWriter announce) throws IOException {
            writer.flush();
            if (tmp != null) {
                writer.close();
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                announce.println(target);
            }
        }
    }

    /** The per-run state of a batch: streams results out in order and keeps only what summaries need. */
    final class BatchRun {
        private final Set<String> chosen;
        private final PrintWriter out;
        private final PrintWriter err;
        private final DiagnosticPrinter printer;
        private final Inputs inputs;
        private final Waivers waivers;
        private final LocalDate today;
        private final Findings findingMaker;
        private final TextReport textReport;
        private final Map<String, List<Finding>> findings = new LinkedHashMap<>();
        private final Baseline.Builder levels = new Baseline.Builder();
        private final boolean keepLevels;
        private Sink text;
        private Sink json;
        private JsonText.ArrayStream jsonItems;
        private boolean invalid;
        private int written;

        BatchRun(Set<String> chosen, PrintWriter out, PrintWriter err, DiagnosticPrinter printer, Inputs inputs, Waivers waivers,
                LocalDate today, boolean keepLevels) throws IOException {
            this.chosen = chosen;
            this.out = out;
            this.err = err;
            this.printer = printer;
            this.inputs = inputs;
            this.waivers = waivers;
            this.today = today;
            this.keepLevels = keepLevels;
            this.findingMaker = new Findings(common.lang());
            this.textReport = new TextReport(common.lang());
            if (chosen.contains("text")) {
                text = sink("text");
            }
            if (chosen.contains("json")) {
                json = sink("json");
                jsonItems = new JsonText.ArrayStream(json.writer(), AssessmentJson.SCHEMA, "assessments");
            }
        }

        void accept(BatchAssessor.Result r) {
            printer.print(r.diagnostics(), err);
            // The profile's text was kept only to show its diagnostics; drop it so a large batch stays small.
            inputs.sources.remove(r.file().toString());
            if (r.problem() != null) {
                err.println("csreview: " + r.problem());
            }
            if (r.assessment() == null) {
                invalid = true;
                return;
            }
            Assessment a = r.assessment();
            if (text != null) {
                text.writer().print((written++ > 0 ? "----\n" : "") + textReport.render(a));
            }
            if (jsonItems != null) {
                jsonItems.add(new AssessmentJson().tree(a, Version.get()));
            }
            List<Finding> list = new ArrayList<>();
            for (Finding f : findingMaker.of(a)) {
                Waivers.Waiver w = waivers.find(f).orElse(null);
                list.add(w != null && !w.expires().isBefore(today) ? f.waived(w.reason() + " (" + w.owner() + ", until " + w.expires() + ")") : f);
            }
            findings.put(a.profileName(), list);
            if (keepLevels) {
                levels.add(a);
            }
            if (r.stepResult() != null) {
                (text != null && text.tmp() == null ? out : err).println(r.stepResult());
            }
        }

        void finishStreams() {
            if (jsonItems != null) {
                jsonItems.close();
                json.writer().println();
            }
        }

        Baseline levels() {
            return levels.build();
        }

        boolean invalid() {
            return invalid;
        }

        void writeSummaries(List<Change> changes) throws IOException {
            List<Finding> all = findings.values().stream().flatMap(List::stream).toList();
            if (text != null) {
                List<Finding> waived = all.stream().filter(Finding::isWaived).toList();
                if (!waived.isEmpty()) {
                    text.writer().print("\nWaived\n");
                    for (Finding f : waived) {
                        text.writer().println("  " + f.profile() + "  " + f.id() + " = " + f.level() + ": " + f.waiver());
                    }
                }
                if (baseline != null) {
                    text.writer().print(ChangeReport.text(changes));
                }
                text.close(out);
            }
            if (json != null) {
                json.close(out);
            }
            for (String format : chosen) {
                String rendered = switch (format) {
                    case "junit" -> JunitReport.render(findings);
                    case "sarif" -> SarifReport.render(all, Version.get());
                    case "github" -> GithubAnnotations.render(all);
                    default -> null;
                };
                if (rendered != null) {
                    Sink s = sink(format);
                    s.writer().print(rendered);
                    s.close(out);
                }
            }
            out.flush();
        }

        /** Expired waivers that still match a finding fail the run, naming the owner and where the waiver is. */
        boolean reportExpiredWaivers(Waivers all) {
            boolean expired = false;
            for (Finding f : findings.values().stream().flatMap(List::stream).toList()) {
                Waivers.Waiver w = all.find(f).orElse(null);
                if (w != null && w.expires().isBefore(today) && f.severity() != Finding.Severity.NONE) {
                    err.println("csreview: the waiver for " + f.id() + " (" + f.profile() + ") expired on " + w.expires()
                            + " (owner: " + w.owner() + ", " + w.location() + "): review the finding, then renew or remove the waiver");
                    expired = true;
                }
            }
            return expired;
        }

        Outcome worstUnwaived() {
            Outcome worst = Outcome.NOT_TRIGGERED;
            for (Finding f : findings.values().stream().flatMap(List::stream).toList()) {
                if (f.kind().equals("route") && !f.isWaived()) {
                    Outcome o = Outcome.fromId(f.level());
                    worst = o.atLeast(worst) ? o : worst;
                }
            }
            return worst;
        }

        Outcome worstWorsened(List<Change> changes) {
            Set<String> waived = new java.util.HashSet<>();
            findings.values().stream().flatMap(List::stream).filter(Finding::isWaived).forEach(f -> waived.add(f.profile() + "\u0000" + f.id()));
            Outcome worst = Outcome.NOT_TRIGGERED;
            for (Change c : changes) {
                if (c.worse() && c.id().startsWith("route:") && !waived.contains(c.profile() + "\u0000" + c.id())) {
                    Outcome o = Outcome.fromId(c.after());
                    worst = o.atLeast(worst) ? o : worst;
                }
            }
            return worst;
        }
    }
}
