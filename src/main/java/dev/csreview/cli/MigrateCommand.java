package dev.csreview.cli;

import dev.csreview.run.Inputs;
import dev.csreview.run.DiagnosticPrinter;
import dev.csreview.run.RunContext;

import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.diagnostic.Location;
import dev.csreview.interview.SessionFile;
import dev.csreview.migration.AnswerMigration;
import dev.csreview.migration.MigrationReport;
import dev.csreview.migration.ProfileMigrator;
import dev.csreview.migration.ProfileRewriter;
import dev.csreview.migration.TextEdit;
import dev.csreview.profile.HistoryEvent;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.yaml.YNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code csreview migrate PROFILE...}: rewrites profiles written for an earlier version of their questionnaire to the
 * current one, editing the text where the parser located each answer (comments and layout stay), and lists per
 * profile the new questions to answer and the answers to look at again.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true)
final class MigrateCommand implements Callable<Integer> {
    private final RunContext context;

    MigrateCommand(RunContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PROFILE", arity = "1..*")
    List<Path> profiles;

    @Mixin
    QuestionnaireOption questionnaire;

    @Mixin
    QuestionnairePath questionnairePath;

    @Option(names = "--in-place")
    boolean inPlace;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Mixin
    DateOption date;

    private java.time.LocalDate today;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(common.lang(), inputs.sources);
        try {
            today = date.date(common.lang(), System.getenv());
        } catch (PackageOptions.UsageException e) {
            err.println("csreview: " + e.getMessage());
            return ExitCode.INVALID;
        }
        List<Path> files;
        try {
            inputs.allowQuestionnairesUnder(questionnairePath.folders);
            files = inputs.expand(profiles);
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        }
        boolean invalid = false;
        for (Path file : files) {
            Diagnostics problems = new Diagnostics();
            try {
                Optional<String> done = migrate(file, inputs, problems);
                done.ifPresent(out::print);
            } catch (InvalidInputException e) {
                problems.addAll(e.diagnostics());
            }
            printer.print(problems.list(), err);
            invalid |= problems.hasErrors();
        }
        out.flush();
        return invalid ? ExitCode.INVALID : ExitCode.OK;
    }

    /** Migrates one profile; what to print about it, or empty with the reasons in {@code problems}. */
    private Optional<String> migrate(Path file, Inputs inputs, Diagnostics problems) throws InvalidInputException, IOException {
        String name = file.toString();
        byte[] bytes = inputs.read(file);
        ProfileLoader loader = new ProfileLoader();
        Optional<YNode> root = loader.parse(name, bytes, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Optional<YNode.Scalar> named = ProfileLoader.questionnaireNode(root.get());
        Questionnaire q = questionnaire.choose(inputs, named).questionnaire();
        Optional<AnswerMigration.Migrated> migrated = ProfileMigrator.migrate(root.get(), q, problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        if (migrated.isEmpty()) {
            return Optional.of(name + ": " + label("migrate.current", q.version()) + "\n");
        }
        // The report from the assessment: new questions narrowed to those this profile still has to answer.
        ProfileAssessor.Result assessed = new ProfileAssessor(q).assess(name, bytes);
        if (assessed.assessment().isEmpty()) {
            problems.addAll(assessed.diagnostics());
            return Optional.empty();
        }
        MigrationReport report = assessed.assessment().get().migration();
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        String text = new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
        List<TextEdit> edits = new java.util.ArrayList<>(migrated.get().edits());
        edits.add(historyEntry(root.get(), text, new HistoryEvent(today.toString(), report.to(), HistoryEvent.MIGRATED, report.from(), List.of(), null)));
        ProfileRewriter.Result rewritten = ProfileRewriter.apply(text, edits);
        if (rewritten instanceof ProfileRewriter.Result.Failed f) {
            problems.error(f.edit().at(), "P034", f.edit().expected());
            return Optional.empty();
        }
        String newText = ((ProfileRewriter.Result.Rewritten) rewritten).text();
        // The new file must read as the current version with the same assessment, or it is not written.
        ProfileAssessor.Result again = new ProfileAssessor(q).assess(name, newText.getBytes(StandardCharsets.UTF_8));
        if (again.assessment().isEmpty() || again.assessment().get().migration() != null
                || !again.assessment().get().determinations().stream().map(d -> d.outcome()).toList()
                        .equals(assessed.assessment().get().determinations().stream().map(d -> d.outcome()).toList())) {
            problems.error(Location.of(name), "P035");
            return Optional.empty();
        }
        StringBuilder said = new StringBuilder(name + ": " + report.from() + " → " + report.to());
        if (!dryRun) {
            Path backup = null;
            if (!inPlace) {
                backup = SessionFile.backupOf(file);
                Files.copy(file, backup, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
            byte[] out = ((bom ? "\uFEFF" : "") + newText).getBytes(StandardCharsets.UTF_8);
            SessionFile.writeAtomically(file, out, true);
            if (backup != null) {
                said.append(" (").append(label("migrate.backup", backup)).append(')');
            }
        } else {
            said.append(" (").append(label("migrate.dryRun")).append(')');
        }
        said.append('\n').append(describe(report, q, common.lang()));
        return Optional.of(said.toString());
    }

    /** The edit that records {@code event} in the profile's {@code history:}, a block added at the end if there is none. */
    static TextEdit historyEntry(YNode root, String text, HistoryEvent event) {
        YNode.Mapping m = (YNode.Mapping) root;
        if (m.entries().containsKey("history")) {
            Location key = m.keyLocation("history");
            return new TextEdit(TextEdit.Kind.APPEND_TO_BLOCK, key, "history", " ".repeat(key.column() - 1) + "  - " + event.yaml());
        }
        String[] lines = text.split("\n", -1);
        int last = lines.length;
        while (last > 0 && lines[last - 1].isBlank()) {
            last--;
        }
        return new TextEdit(TextEdit.Kind.INSERT_AFTER, new Location(m.location().file(), Math.max(1, last), 1), "",
                "history:\n  - " + event.yaml());
    }

    /** The report as lines: new questions to answer, then answers to review, each with why. */
    static String describe(MigrationReport report, Questionnaire q, Lang lang) {
        StringBuilder s = new StringBuilder();
        List<MigrationReport.Entry> fresh = report.of(MigrationReport.What.NEW);
        s.append("  ").append(label(lang, "migrate.new", fresh.size())).append('\n');
        for (MigrationReport.Entry e : fresh) {
            String id = e.question().replaceFirst("^.*\\.", "");
            Question question = q.questionsById().get(id);
            s.append("    ").append(e.question());
            if (question != null) {
                s.append(" — ").append(question.text().in(lang));
            }
            s.append('\n');
        }
        List<MigrationReport.Entry> review = report.entries().stream().filter(e -> e.what() != MigrationReport.What.NEW).toList();
        s.append("  ").append(label(lang, "migrate.review", review.size())).append('\n');
        for (MigrationReport.Entry e : review) {
            s.append("    ").append(label(lang, "migrate.what." + e.what().name().toLowerCase(java.util.Locale.ROOT))).append(' ').append(e.question());
            if (!e.detail().isEmpty() && e.what() == MigrationReport.What.CHANGED) {
                s.append(": ").append(e.detail());
            } else if (!e.detail().isEmpty()) {
                s.append(" (").append(e.detail()).append(')');
            }
            if (e.at() != null && e.at().line() > 0) {
                s.append("  [").append(label(lang, "migrate.line", e.at().line())).append(']');
            }
            s.append('\n');
            if (!e.why().isEmpty()) {
                s.append("      ").append(e.why().in(lang)).append('\n');
            }
        }
        return s.toString();
    }

    private String label(String key, Object... args) {
        return label(common.lang(), key, args);
    }

    private static String label(Lang lang, String key, Object... args) {
        return java.text.MessageFormat.format(
                dev.csreview.messages.Messages.bundle("dev.csreview.output.labels", lang.locale()).getString(key), args);
    }
}
