package dev.csreview.run;

import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.diagnostic.Location;
import dev.csreview.interview.SessionFile;
import dev.csreview.messages.Messages;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code csreview migrate}: rewrites profiles written for an earlier version of their questionnaire to the current
 * one, editing the text where the parser located each answer (comments and layout stay), and lists per profile the
 * new questions to answer and the answers to look at again. A rewritten file is written only if it reads as the
 * current version with the same determinations.
 */
public final class MigrateRun {
    /**
     * What to migrate: {@code profiles} (files or folders; none found is refused unless {@code allowEmpty}), read with {@code questionnaire} (null: the one each names);
     * {@code inPlace}: no backup; {@code dryRun}: nothing written; {@code today}: the date the history records.
     */
    public record Request(List<Path> profiles, boolean allowEmpty, String questionnaire, List<Path> questionnaireFolders, boolean inPlace, boolean dryRun,
            LocalDate today, Lang lang) {}

    /** Whether a profile was invalid (exit 2); the profiles rewritten on disk and the backups made of them. */
    public record Summary(boolean invalid, List<Path> written, List<Path> backups) {}

    private final RunContext context;
    private final PrintWriter out;
    private final PrintWriter err;

    public MigrateRun(RunContext context, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    public Summary run(Request r) throws IOException {
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(r.lang(), inputs.sources);
        List<Path> files;
        try {
            inputs.allowQuestionnairesUnder(r.questionnaireFolders());
            files = inputs.expandBatch(r.profiles(), r.allowEmpty(), r.lang());
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }
        boolean invalid = false;
        List<Path> written = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        for (Path file : files) {
            Diagnostics problems = new Diagnostics();
            try {
                Optional<String> done = migrate(file, inputs, problems, r, written, backups);
                done.ifPresent(out::print);
            } catch (InvalidInputException e) {
                problems.addAll(e.diagnostics());
            }
            printer.print(problems.list(), err);
            invalid |= problems.hasErrors();
        }
        out.flush();
        return new Summary(invalid, List.copyOf(written), List.copyOf(backups));
    }

    /** Migrates one profile; what to print about it, or empty with the reasons in {@code problems}. */
    private Optional<String> migrate(Path file, Inputs inputs, Diagnostics problems, Request r, List<Path> written, List<Path> backups) throws InvalidInputException, IOException {
        String name = file.toString();
        byte[] bytes = inputs.read(file);
        ProfileLoader loader = new ProfileLoader();
        Optional<YNode> root = loader.parse(name, bytes, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Optional<YNode.Scalar> named = ProfileLoader.questionnaireNode(root.get());
        Questionnaire q = inputs.choose(r.questionnaire(), named).questionnaire();
        Optional<AnswerMigration.Migrated> migrated = ProfileMigrator.migrate(root.get(), q, problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        if (migrated.isEmpty()) {
            // Nothing to migrate is not "nothing to do" for a profile that does not read: its mistakes are said.
            problems.addAll(new ProfileAssessor(q).check(name, bytes));
            if (problems.hasErrors()) {
                return Optional.empty();
            }
            return Optional.of(name + ": " + label(r.lang(), "migrate.current", q.version()) + "\n");
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
        edits.add(historyEntry(root.get(), text, new HistoryEvent(r.today().toString(), report.to(), HistoryEvent.MIGRATED, report.from(), List.of(), null)));
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
        if (!r.dryRun()) {
            Path backup = null;
            if (!r.inPlace()) {
                backup = SessionFile.backupOf(file);
                Files.copy(file, backup, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
            byte[] migratedBytes = ((bom ? "\uFEFF" : "") + newText).getBytes(StandardCharsets.UTF_8);
            SessionFile.writeAtomically(file, migratedBytes, true);
            written.add(file);
            if (backup != null) {
                backups.add(backup);
                said.append(" (").append(label(r.lang(), "migrate.backup", backup)).append(')');
            }
        } else {
            said.append(" (").append(label(r.lang(), "migrate.dryRun")).append(')');
        }
        said.append('\n').append(describe(report, q, r.lang()));
        return Optional.of(said.toString());
    }

    /** The edit that records {@code event} in the profile's {@code history:}, a block added at the end if there is none. */
    private static TextEdit historyEntry(YNode root, String text, HistoryEvent event) {
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
    private static String describe(MigrationReport report, Questionnaire q, Lang lang) {
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

    private static String label(Lang lang, String key, Object... args) {
        return java.text.MessageFormat.format(Messages.bundle("dev.csreview.output.labels", lang.locale()).getString(key), args);
    }
}
