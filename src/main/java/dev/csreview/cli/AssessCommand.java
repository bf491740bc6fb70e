package dev.csreview.cli;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.output.AssessmentJson;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** One profile's outcome, kept in input order. */
    private record Outcome1(Path file, Assessment assessment, List<Diagnostic> diagnostics, String packageFolder, String problem) {}

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
        PackageRequest request = null;
        PackageWriting packages = null;
        try {
            if (pkg.out != null) {
                request = new PackageRequest(pkg.formats(), pkg.languages(), pkg.date(System.getenv()), dev.csreview.report.ChinaWorkingDays.builtin(), Version.get());
                packages = new PackageWriting(pkg);
            }
        } catch (PackageOptions.UsageException e) {
            err.println("csreview: " + e.getMessage());
            return ExitCode.INVALID;
        }
        Inputs inputs = new Inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(common.lang(), inputs.sources);
        if (failOnChanges && baseline == null) {
            err.println("csreview: --fail-on-changes needs --baseline");
            return ExitCode.INVALID;
        }
        Baseline before = null;
        Waivers waivers = Waivers.none();
        try {
            if (baseline != null) {
                before = Baseline.parse(Files.readAllBytes(baseline));
            }
            if (waiversFile != null) {
                waivers = Waivers.parse(waiversFile.toString(), inputs.read(waiversFile));
            }
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        } catch (IOException e) {
            err.println("csreview: cannot read the baseline " + baseline + ": " + e.getMessage());
            return ExitCode.INVALID;
        }
        LocalDate today = pkg.date(System.getenv());
        List<Path> files;
        try {
            files = inputs.expand(profiles);
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        }
        List<Outcome1> done = assessAll(files, inputs, packages, request);
        List<Assessment> results = new ArrayList<>();
        boolean invalid = false;
        for (Outcome1 o : done) {
            printer.print(o.diagnostics(), err);
            if (o.problem() != null) {
                err.println("csreview: " + o.problem());
            }
            if (o.assessment() == null) {
                invalid = true;
                continue;
            }
            results.add(o.assessment());
            if (o.packageFolder() != null) {
                (chosen.contains("text") && outputDir == null ? out : err).println(o.packageFolder());
            }
        }
        Map<String, List<Finding>> findings = findings(results, waivers, today);
        List<Change> changes = before == null ? List.of() : Changes.between(before, results);
        writeFormats(chosen, results, findings, changes, out);
        if (invalid) {
            return ExitCode.INVALID;
        }
        boolean expired = false;
        for (Finding f : findings.values().stream().flatMap(List::stream).toList()) {
            Waivers.Waiver w = waivers.find(f).orElse(null);
            if (w != null && w.expires().isBefore(today) && f.severity() != Finding.Severity.NONE) {
                err.println("csreview: the waiver for " + f.id() + " (" + f.profile() + ") expired on " + w.expires()
                        + " (owner: " + w.owner() + ", " + w.location() + "): review the finding, then renew or remove the waiver");
                expired = true;
            }
        }
        Set<String> waived = new java.util.HashSet<>();
        findings.values().stream().flatMap(List::stream).filter(Finding::isWaived).forEach(f -> waived.add(f.profile() + "\u0000" + f.id()));
        Outcome worst = Outcome.NOT_TRIGGERED;
        if (failOnChanges) {
            for (Change c : changes) {
                if (c.worse() && c.id().startsWith("route:") && !waived.contains(c.profile() + "\u0000" + c.id())) {
                    Outcome o = Outcome.fromId(c.after());
                    worst = o.atLeast(worst) ? o : worst;
                }
            }
        } else {
            for (Assessment a : results) {
                for (var d : a.determinations()) {
                    if (!waived.contains(a.profileName() + "\u0000route:" + d.determination().id()) && d.outcome().atLeast(worst)) {
                        worst = d.outcome();
                    }
                }
            }
        }
        return expired || failOn.reached(worst) ? ExitCode.THRESHOLD : ExitCode.OK;
    }

    /** Findings per profile, with waivers applied (an expired waiver does not waive). */
    private Map<String, List<Finding>> findings(List<Assessment> results, Waivers waivers, LocalDate today) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        Findings make = new Findings(common.lang());
        for (Assessment a : results) {
            List<Finding> list = new ArrayList<>();
            for (Finding f : make.of(a)) {
                Waivers.Waiver w = waivers.find(f).orElse(null);
                list.add(w != null && !w.expires().isBefore(today)
                        ? f.waived(w.reason() + " (" + w.owner() + ", until " + w.expires() + ")") : f);
            }
            out.put(a.profileName(), list);
        }
        return out;
    }

    /** Reads and loads inputs on this thread (diagnostics need their sources), evaluates on a pool. */
    private List<Outcome1> assessAll(List<Path> files, Inputs inputs, PackageWriting packages, PackageRequest request)
            throws InterruptedException {
        int threads = Math.max(1, Math.min(files.size(), jobs != null ? jobs : Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads);
        // A progress bar only for people at a terminal with several profiles; CI logs stay clean.
        me.tongfei.progressbar.ProgressBar bar = files.size() > 1 && System.console() != null && System.getenv("CI") == null
                ? new me.tongfei.progressbar.ProgressBarBuilder().setTaskName("csreview").setInitialMax(files.size())
                        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).continuousUpdate().build()
                : null;
        try {
            List<Future<Outcome1>> futures = new ArrayList<>();
            List<Outcome1> immediate = new ArrayList<>();
            for (Path file : files) {
                Callable<Outcome1> task;
                try {
                    byte[] bytes = inputs.read(file);
                    String qid = questionnaire != null ? questionnaire
                            : new ProfileLoader().questionnaireId(file.toString(), bytes).orElse(inputs.catalog.defaultId());
                    QuestionnaireLoader.Loaded loaded = inputs.questionnaire(qid);
                    task = () -> {
                        Outcome1 o = assessOne(file, bytes, loaded, packages, request);
                        if (bar != null) {
                            bar.step();
                        }
                        return o;
                    };
                } catch (InvalidInputException e) {
                    Outcome1 bad = new Outcome1(file, null, e.diagnostics(), null, null);
                    task = () -> bad;
                }
                if (pool == null) {
                    immediate.add(call(task));
                } else {
                    futures.add(pool.submit(task));
                }
            }
            for (Future<Outcome1> f : futures) {
                try {
                    immediate.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return immediate;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            if (bar != null) {
                bar.close();
            }
        }
    }

    private static Outcome1 call(Callable<Outcome1> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Outcome1 assessOne(Path file, byte[] bytes, QuestionnaireLoader.Loaded loaded, PackageWriting packages, PackageRequest request) {
        ProfileAssessor.Result result = new ProfileAssessor(loaded.questionnaire()).assess(file.toString(), bytes);
        if (result.assessment().isEmpty()) {
            return new Outcome1(file, null, result.diagnostics(), null, null);
        }
        Assessment a = result.assessment().get();
        if (packages == null) {
            return new Outcome1(file, a, result.diagnostics(), null, null);
        }
        try {
            return new Outcome1(file, a, result.diagnostics(), packages.write(a, request).toString(), null);
        } catch (PackageFolder.ExistsException e) {
            return new Outcome1(file, null, result.diagnostics(), null, e.getMessage() + " already exists; use --force to replace it");
        } catch (InvalidInputException e) {
            return new Outcome1(file, null, e.diagnostics(), null, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void writeFormats(Set<String> chosen, List<Assessment> results, Map<String, List<Finding>> findings, List<Change> changes, PrintWriter out)
            throws IOException {
        List<Finding> all = findings.values().stream().flatMap(List::stream).toList();
        for (String format : chosen) {
            String text = switch (format) {
                case "json" -> new AssessmentJson().renderAll(results, Version.get());
                case "junit" -> JunitReport.render(findings);
                case "sarif" -> SarifReport.render(all, Version.get());
                case "github" -> GithubAnnotations.render(all);
                default -> text(results, findings, changes);
            };
            if (outputDir == null || format.equals("github")) {
                out.print(text);
            } else {
                String name = switch (format) {
                    case "json" -> "csreview.json";
                    case "junit" -> "csreview.junit.xml";
                    case "sarif" -> "csreview.sarif";
                    default -> "csreview.txt";
                };
                Files.createDirectories(outputDir);
                Path target = outputDir.resolve(name);
                Path tmp = Files.createTempFile(outputDir, ".csreview-", ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                out.println(target);
            }
        }
        out.flush();
    }

    private String text(List<Assessment> results, Map<String, List<Finding>> findings, List<Change> changes) {
        TextReport report = new TextReport(common.lang());
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                s.append("----\n");
            }
            s.append(report.render(results.get(i)));
        }
        List<Finding> waived = findings.values().stream().flatMap(List::stream).filter(Finding::isWaived).toList();
        if (!waived.isEmpty()) {
            s.append("\nWaived\n");
            for (Finding f : waived) {
                s.append("  ").append(f.profile()).append("  ").append(f.id()).append(" = ").append(f.level()).append(": ").append(f.waiver()).append('\n');
            }
        }
        if (baseline != null) {
            s.append(ChangeReport.text(changes));
        }
        return s.toString();
    }
}
