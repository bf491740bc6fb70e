package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.batch.BatchAssessor;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.calendar.Today;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.files.AtomicFile;
import dev.csreview.files.InputFiles;
import dev.csreview.messages.Messages;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.report.FileNames;
import dev.csreview.report.PackageRequest;
import dev.csreview.report.PackageSpec;
import dev.csreview.report.Portfolio;
import dev.csreview.report.PortfolioRow;
import dev.csreview.report.TemplateRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code csreview portfolio}: every client's package and one overview of them all (portfolio.html, portfolio.csv), and
 * with an earlier reading, which clients' conclusions that reading would change.
 */
public final class PortfolioRun {
    /**
     * The profiles and how to read them; {@code compareWith}: an earlier reading (questionnaire id or file) to compare
     * with, or null; {@code packages}: where and how the packages go (its folder is required).
     */
    public record Request(List<Path> profiles, boolean allowEmpty, String questionnaire, List<Path> questionnaireFolders, int jobs,
            String compareWith, PackageChoices packages, Lang lang) {}

    /** A profile was invalid or its package could not be written; the overview written, or null when no profile was assessed. */
    public record Summary(boolean invalid, Path overview) {}

    private final RunContext context;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Progress.Factory progress;
    private final String version;

    public PortfolioRun(RunContext context, PrintWriter out, PrintWriter err, Progress.Factory progress, String version) {
        this.context = context;
        this.out = out;
        this.err = err;
        this.progress = progress;
        this.version = version;
    }

    public Summary run(Request r) throws IOException, InterruptedException {
        PackageChoices choices = r.packages();
        if (choices.out() == null) {
            throw RunException.invalid(r.lang(), "portfolio.needsOut");
        }
        Outputs.checkFolder(choices.out(), "--out", r.lang());
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(r.lang(), inputs.sources);
        LocalDate date = choices.date().orElseGet(Today::onThisMachine);
        PackageChoices.Loaded style;
        List<Path> files;
        Questionnaire older;
        try {
            inputs.allowQuestionnairesUnder(r.questionnaireFolders());
            style = choices.load(inputs, context.env());
            inputs.setAside(choices.brandFile(), choices.referenceDocx(), choices.pdfFont());
            inputs.setAsideNamed(r.questionnaire(), r.compareWith());
            printer.print(style.warnings(), err);
            files = inputs.expandBatch(r.profiles(), r.allowEmpty(), r.lang());
            older = r.compareWith() == null ? null : inputs.questionnaire(r.compareWith()).questionnaire();
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }
        PackageRequest request = new PackageRequest(choices.formats(), choices.languages(), date, ChinaWorkingDays.builtin(), version, style.brand());
        PackageWriting packages = new PackageWriting(style.settings());
        Path overview = choices.out().resolve("portfolio.html");
        if (Files.exists(overview) && !choices.force()) {
            throw RunException.invalid(r.lang(), "exists", overview);
        }
        List<PortfolioRow> rows = new ArrayList<>();
        List<Portfolio.Unassessed> unassessed = new ArrayList<>();
        boolean[] invalid = {false};
        int threads = Math.min(Math.max(1, files.size()), r.jobs());
        try (Progress bar = progress.start(files.size())) {
            new BatchAssessor<>(threads, packages.job(request)).run(files, new Plans(choices.templates(), date).around(inputs.batchSource(r.questionnaire())), result -> {
                printer.print(result.diagnostics(), err);
                inputs.sources.remove(result.file().toString());
                if (result.problem() != null) {
                    err.println("csreview: " + result.problem());
                }
                if (result.assessment() == null) {
                    invalid[0] = true;
                    unassessed.add(new Portfolio.Unassessed(result.file().toString(), why(result, r.lang())));
                } else {
                    String folder = result.value().getFileName().toString();
                    rows.add(new PortfolioRow(folder, result.assessment(), folder, link(folder, result.assessment(), packages, request, r.lang()),
                            result.assessment().plan().nextDate()));
                }
                bar.step();
            });
        }
        String changes = older == null ? null : compare(rows, older, r.lang());
        if (rows.isEmpty()) {
            out.flush();
            return new Summary(invalid[0], null);
        }
        String qid = rows.get(0).assessment().questionnaire().id();
        Map<String, byte[]> built = new LinkedHashMap<>(new Portfolio(new TemplateRenderer(packages.templates(qid)))
                .build(rows, unassessed, style.brand(), r.lang(), date, version));
        if (changes != null) {
            built.put("reading-changes.txt", changes.getBytes(StandardCharsets.UTF_8));
        }
        for (var e : built.entrySet()) {
            AtomicFile.write(choices.out().resolve(e.getKey()), e.getValue(), false);
        }
        out.println(overview);
        out.flush();
        return new Summary(invalid[0], overview);
    }

    /**
     * {@code --compare-with}: each row marked with what the earlier reading concluded differently (route and factor
     * ids, before → after); returns the per-client explanation of the clients that change, for reading-changes.txt.
     */
    private String compare(List<PortfolioRow> rows, Questionnaire older, Lang lang) {
        ReadingComparison comparison = new ReadingComparison(context, lang);
        StringBuilder text = new StringBuilder();
        int changed = 0;
        for (int i = 0; i < rows.size(); i++) {
            PortfolioRow row = rows.get(i);
            String name = row.assessment().profileName();
            Diagnostics problems = new Diagnostics();
            byte[] bytes;
            try {
                bytes = InputFiles.read(Path.of(name), InputFiles.YAML_LIMIT);
            } catch (InvalidInputException e) {
                // Read a moment ago for the assessment; gone now, it is simply not compared.
                continue;
            }
            var root = new ProfileLoader().parse(name, bytes, problems);
            var compared = root.flatMap(p -> comparison.compare(name, p, older, row.assessment().questionnaire(), problems));
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
        out.println(MessageFormat.format(Messages.bundle("dev.csreview.output.labels", lang.locale()).getString("portfolio.changed"),
                changed, rows.size(), older.version()));
        return text.toString();
    }

    /** Why a profile was not assessed, for the overview: the problem, else its errors (file:line:column: message). */
    private static String why(BatchAssessor.Result<?> result, Lang lang) {
        if (result.problem() != null) {
            return result.problem();
        }
        List<String> errors = result.diagnostics().stream().filter(d -> d.isError())
                .map(d -> d.location() + ": " + d.message(lang.locale())).toList();
        return String.join("; ", errors.size() > 3 ? errors.subList(0, 3) : errors) + (errors.size() > 3 ? "; …" : "");
    }

    /** The package's first document as HTML in the overview's language, else the folder. */
    private static String link(String folder, Assessment a, PackageWriting packages, PackageRequest request, Lang lang) {
        try {
            PackageSpec s = packages.spec(a.questionnaire().id());
            if (!s.documents().isEmpty() && request.formats().contains(PackageRequest.Format.HTML) && request.languages().contains(lang)) {
                return folder + "/" + FileNames.sanitise(s.documents().get(0).file().in(lang)) + ".html";
            }
        } catch (InvalidInputException e) {
            // fall back to the folder
        }
        return folder + "/";
    }
}
