package dev.csreview.cli;

import dev.csreview.run.Inputs;
import dev.csreview.run.PackageChoices;
import dev.csreview.run.RunException;
import dev.csreview.run.DiagnosticPrinter;
import dev.csreview.run.Plans;
import dev.csreview.run.PackageWriting;
import dev.csreview.run.RunContext;

import dev.csreview.batch.BatchAssessor;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.report.Brand;
import dev.csreview.report.PackageRequest;
import dev.csreview.report.PackageSpec;
import dev.csreview.report.Portfolio;
import dev.csreview.report.PortfolioRow;
import dev.csreview.report.TemplateRenderer;
import dev.csreview.report.Timeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csreview portfolio PROFILES... --out DIR}: every client's package and one overview of them all. */
@Command(name = "portfolio", mixinStandardHelpOptions = true)
final class PortfolioCommand implements Callable<Integer> {
    private final RunContext context;

    PortfolioCommand(RunContext context) {
        this.context = context;
    }

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

    @Mixin
    Jobs jobs;

    @Option(names = "--compare-with", paramLabel = "ID|FILE")
    String compareWith;

    @Mixin
    PackageOptions pkg;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pkg.out == null) {
            err.println("csreview: " + CliMessages.get(common.lang(), "portfolio.needsOut"));
            return ExitCode.INVALID;
        }
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(common.lang(), inputs.sources);
        LocalDate date;
        PackageRequest request;
        Brand brand;
        List<Path> files;
        PackageWriting packages;
        try {
            inputs.allowQuestionnairesUnder(questionnairePath.folders);
            date = pkg.date(context.env());
            PackageChoices.Loaded style = pkg.choices(context.env()).load(inputs, context.env());
            brand = style.brand();
            request = new PackageRequest(pkg.formats(), pkg.languages(), date, ChinaWorkingDays.builtin(), Version.get(), brand);
            files = inputs.expand(profiles);
            if (files.isEmpty() && !allowEmpty.allowed) {
                // A CI glob that matches nothing must not pass silently (ESLint's convention).
                err.println("csreview: " + CliMessages.get(common.lang(), "noProfiles",
                        String.join(", ", profiles.stream().map(String::valueOf).toList())));
                return ExitCode.INVALID;
            }
            packages = new PackageWriting(style.settings());
        } catch (RunException e) {
            err.println("csreview: " + e.getMessage());
            return ExitCode.INVALID;
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        }
        Questionnaire older = null;
        try {
            older = compareWith == null ? null : inputs.questionnaire(compareWith).questionnaire();
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        }
        Path overview = pkg.out.resolve("portfolio.html");
        if (Files.exists(overview) && !pkg.force) {
            err.println("csreview: " + CliMessages.get(common.lang(), "exists", overview));
            return ExitCode.INVALID;
        }
        List<PortfolioRow> rows = new ArrayList<>();
        boolean[] invalid = {false};
        int threads = jobs.threads(files.size());
        try (TerminalProgress progress = TerminalProgress.start(files.size())) {
            new BatchAssessor<>(threads, packages.job(request)).run(files, new Plans(pkg.templates, date).around(inputs.batchSource(questionnaire.orNull())), r -> {
                printer.print(r.diagnostics(), err);
                inputs.sources.remove(r.file().toString());
                if (r.problem() != null) {
                    err.println("csreview: " + r.problem());
                }
                if (r.assessment() == null) {
                    invalid[0] = true;
                } else {
                    String folder = r.value().getFileName().toString();
                    rows.add(new PortfolioRow(folder, r.assessment(), folder, link(folder, r.assessment(), packages, request),
                            r.assessment().plan().nextDate()));
                }
                progress.step();
            });
        }
        String changes = older == null ? null : compare(rows, older, out);
        if (!rows.isEmpty()) {
            String qid = rows.get(0).assessment().questionnaire().id();
            Map<String, byte[]> built = new java.util.LinkedHashMap<>();
            built.putAll(new Portfolio(new TemplateRenderer(packages.templates(qid))).build(rows, brand, common.lang(), date, Version.get()));
            if (changes != null) {
                built.put("reading-changes.txt", changes.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            for (var e : built.entrySet()) {
                dev.csreview.files.AtomicFile.write(pkg.out.resolve(e.getKey()), e.getValue(), false);
            }
            out.println(overview);
        }
        out.flush();
        return invalid[0] ? ExitCode.INVALID : ExitCode.OK;
    }

    /**
     * {@code --compare-with}: each row marked with what the earlier reading concluded differently (route and factor
     * ids, before → after); returns the per-client explanation of the clients that change, for reading-changes.txt.
     */
    private String compare(List<PortfolioRow> rows, Questionnaire older, PrintWriter out) {
        ReadingComparison comparison = new ReadingComparison(context, common.lang());
        StringBuilder text = new StringBuilder();
        int changed = 0;
        for (int i = 0; i < rows.size(); i++) {
            PortfolioRow row = rows.get(i);
            String name = row.assessment().profileName();
            Diagnostics problems = new Diagnostics();
            byte[] bytes;
            try {
                bytes = dev.csreview.files.InputFiles.read(Path.of(name), dev.csreview.files.InputFiles.YAML_LIMIT);
            } catch (InvalidInputException e) {
                // Read a moment ago for the assessment; gone now, it is simply not compared.
                continue;
            }
            var root = new ProfileLoader().parse(name, bytes, problems);
            var compared = root.flatMap(r -> comparison.compare(name, r, older, row.assessment().questionnaire(), problems));
            if (compared.isEmpty()) {
                continue;
            }
            String mark = compared.get().unreadable() != null ? "unreadable_under_" + older.version()
                    : String.join("; ", compared.get().differences().stream()
                            .map(d -> d.kind() + ":" + d.id() + " " + d.was() + "->" + d.is()).toList());
            rows.set(i, row.withReadingChange(mark));
            if (compared.get().changed()) {
                changed++;
                text.append(compared.get().text());
            }
        }
        out.println(java.text.MessageFormat.format(dev.csreview.messages.Messages.bundle("dev.csreview.output.labels", common.lang().locale())
                .getString("portfolio.changed"), changed, rows.size(), older.version()));
        return text.toString();
    }

    /** The package's first document as HTML in the overview's language, else the folder. */
    private String link(String folder, dev.csreview.assessment.Assessment a, PackageWriting packages, PackageRequest request) {
        try {
            PackageSpec s = packages.spec(a.questionnaire().id());
            if (!s.documents().isEmpty() && request.formats().contains(PackageRequest.Format.HTML) && request.languages().contains(common.lang())) {
                return folder + "/" + dev.csreview.report.FileNames.sanitise(s.documents().get(0).file().in(common.lang())) + ".html";
            }
        } catch (InvalidInputException e) {
            // fall back to the folder
        }
        return folder + "/";
    }
}
