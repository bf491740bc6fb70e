package dev.csreview.interview;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.migration.MigrationReport;
import dev.csreview.profile.Answer;
import dev.csreview.profile.HistoryEvent;
import dev.csreview.profile.Profile;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.profile.ProfileWriter;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Optional;

/**
 * The interview's autosave. The file is a profile (what {@code csreview assess} reads), written by
 * {@link ProfileWriter}, plus one comment line saying where the interview stood. Every save goes to a private
 * temporary file that is then renamed over the old one, so a crash or SIGKILL leaves the previous save or the new
 * one, never half of one.
 */
public final class SessionFile {
    /** The comment line that remembers the interview's position; a profile reader skips it like any comment. */
    static final String POSITION = "# csreview interview position: ";


    private final Path path;
    private final Questionnaire q;
    private final Lang lang;
    private String lastSaved;
    private List<HistoryEvent> earlier = List.of();
    private Map<String, dev.csreview.profile.Evidence> evidence = Map.of();
    private MigrationReport migration;
    private Supplier<LocalDate> today;

    public SessionFile(Path path, Questionnaire q, Lang lang) {
        this.path = path;
        this.q = q;
        this.lang = lang;
    }

    public Path path() {
        return path;
    }

    /**
     * A saved session read back: its answers (typed by the profile loader), where it stood, any problems, and, for a
     * session saved under an earlier version of the questionnaire, how it was migrated (else null).
     */
    public record Saved(Map<String, Answer> answers, String position, Diagnostics diagnostics, MigrationReport migration,
            List<HistoryEvent> history, Map<String, dev.csreview.profile.Evidence> evidence) {

        public Saved(Map<String, Answer> answers, String position, Diagnostics diagnostics) {
            this(answers, position, diagnostics, null, List.of(), Map.of());
        }

        /**
         * What a migrated session asks again: the new questions it has no answer to, and the questions whose meaning
         * changed; empty when it was not migrated.
         */
        public java.util.Set<String> toAsk() {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            if (migration != null) {
                for (MigrationReport.Entry e : migration.entries()) {
                    if (e.what() == MigrationReport.What.NEW && !answers.containsKey(e.question())
                            || e.what() == MigrationReport.What.CHANGED || e.what() == MigrationReport.What.MAPPED) {
                        ids.add(e.question());
                    }
                }
            }
            return ids;
        }
    }

    /** Reads a saved session; empty when the file is not a usable profile for this questionnaire (see diagnostics). */
    public Optional<Saved> load(byte[] bytes, Diagnostics out) {
        Optional<Profile> profile = new ProfileLoader().load(path.toString(), bytes, q, out);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Saved(profile.get().answers(), position(new String(bytes, StandardCharsets.UTF_8)), out, profile.get().migration(),
                profile.get().history(), profile.get().evidence()));
    }

    /**
     * From now on, saves carry a {@code history:}: the {@code earlier} entries of a resumed session, its migration
     * (if it was saved under an earlier version), and this run's answers, dated {@code today} (asked only when saving).
     */
    public void keepHistory(List<HistoryEvent> earlier, MigrationReport migration, Supplier<LocalDate> today) {
        this.earlier = List.copyOf(earlier);
        this.migration = migration;
        this.today = today;
    }

    /** From now on, saves carry these sources of the facts (a resumed session's or an updated profile's evidence:). */
    public void keepEvidence(Map<String, dev.csreview.profile.Evidence> sources) {
        this.evidence = new java.util.LinkedHashMap<>(sources); // in the order given, so saves are stable
    }

    /** The text saved for these answers at this position. */
    public String text(Map<String, Answer> answers, Step position) {
        String profile = new ProfileWriter(q, lang).write(answers);
        if (profile.endsWith("answers:\n")) {
            // No answer yet: still a profile that assess reads (and reports every required answer as missing).
            profile = profile.substring(0, profile.length() - 1) + " {}\n";
        }
        return profile + ProfileWriter.evidence(evidence) + history(answers) + POSITION + position.key() + "\n";
    }

    /** The history block: earlier entries, this run's migration, and the questions answered in this run. */
    private String history(Map<String, Answer> answers) {
        if (today == null) {
            return "";
        }
        List<HistoryEvent> events = new ArrayList<>(earlier);
        String on = today.get().toString();
        if (migration != null) {
            events.add(new HistoryEvent(on, migration.to(), HistoryEvent.MIGRATED, migration.from(), List.of(), null));
        }
        List<String> now = new ArrayList<>();
        answers.forEach((id, a) -> {
            if (givenNow(a) || a.items().stream().anyMatch(i -> i.answers().values().stream().anyMatch(SessionFile::givenNow))) {
                now.add(id);
            }
        });
        if (!now.isEmpty()) {
            events.add(new HistoryEvent(on, q.version(), HistoryEvent.ANSWERED, null, now, null));
        }
        if (events.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("history:\n");
        events.forEach(e -> s.append("  - ").append(e.yaml()).append('\n'));
        return s.toString();
    }

    private static boolean givenNow(Answer a) {
        return a != null && a.source() != null && Interview.SOURCE.equals(a.source().file());
    }

    /** Saves atomically, readable by the user only; does nothing when nothing changed since the last save. */
    public void save(Map<String, Answer> answers, Step position) throws IOException {
        String text = text(answers, position);
        if (text.equals(lastSaved)) {
            return;
        }
        writeAtomically(path, text.getBytes(StandardCharsets.UTF_8));
        lastSaved = text;
    }

    /** Moves an old session aside (to {@link #backup()}) before starting over, so starting over loses nothing. */
    public Path moveAside() throws IOException {
        Path bak = backup();
        Files.move(path, bak);
        return bak;
    }

    /** Where {@link #moveAside()} puts the session: FILE.bak, or FILE.bak2, FILE.bak3, … — never over an earlier backup. */
    public Path backup() {
        return backupOf(path);
    }

    /** FILE.bak beside {@code path}, or FILE.bak2, FILE.bak3, … — never over an earlier backup. */
    public static Path backupOf(Path path) {
        Path bak = path.resolveSibling(path.getFileName() + ".bak");
        for (int n = 2; Files.exists(bak, LinkOption.NOFOLLOW_LINKS); n++) {
            bak = path.resolveSibling(path.getFileName() + ".bak" + n);
        }
        return bak;
    }

    static String position(String text) {
        String found = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(POSITION)) {
                found = line.substring(POSITION.length()).strip();
            }
        }
        return found;
    }

    /**
     * Replaces a user's file atomically, as a save does; with {@code keepPermissions} the file keeps the permissions
     * it had (a profile in a repository stays readable by the team, where a session is the user's alone).
     */
    public static void writeAtomically(Path target, byte[] bytes, boolean keepPermissions) throws IOException {
        dev.csreview.report.PackageFolder.createPrivateDirectories(target.toAbsolutePath().getParent());
        dev.csreview.files.AtomicFile.write(target, bytes, keepPermissions);
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        writeAtomically(target, bytes, false);
    }
}
