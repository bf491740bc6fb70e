package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.yaml.Fields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a questionnaire's {@code migrations:}: versions, one chain from each earlier version to this one, no cycle,
 * and every id or choice a change leads to exists here (followed through the later changes). With the previous
 * version's file, also that every published id that disappears is migrated ({@link #againstPrevious}).
 */
public final class MigrationChecks {
    /**
     * Far above any real history (the built-in has one migration of 25 changes), low enough that following each id
     * through every later change (quadratic in the changes) stays within milliseconds for a hostile file.
     */
    static final int MAX_MIGRATIONS = 200;
    static final int MAX_CHANGES = 5000;

    private final Questionnaire q;
    private final Diagnostics out;
    private final Map<String, Question> questions;

    MigrationChecks(Questionnaire q, Diagnostics out) {
        this.q = q;
        this.out = out;
        this.questions = q.questionsById();
    }

    void check() {
        if (q.migrations().isEmpty()) {
            return;
        }
        Location file = Location.of(q.sourceName());
        int changes = q.migrations().stream().mapToInt(m -> m.changes().size()).sum();
        if (q.migrations().size() > MAX_MIGRATIONS || changes > MAX_CHANGES) {
            out.error(q.migrations().get(0).location(), "Q112", q.migrations().size(), changes, MAX_MIGRATIONS, MAX_CHANGES);
            return;
        }
        if (!Versions.valid(q.version())) {
            out.error(file, "Q111", "version", q.version());
            return;
        }
        Map<String, Migration> byFrom = new HashMap<>();
        boolean versionsOk = true;
        for (Migration m : q.migrations()) {
            for (String v : List.of(m.from(), m.to())) {
                if (!Versions.valid(v)) {
                    out.error(m.location(), "Q111", v.equals(m.from()) ? "from" : "to", v);
                    versionsOk = false;
                }
            }
            if (byFrom.putIfAbsent(m.from(), m) != null) {
                out.error(m.location(), "Q113", m.from(), byFrom.get(m.from()).location().line());
                versionsOk = false;
            }
        }
        if (!versionsOk) {
            return;
        }
        for (Migration m : q.migrations()) {
            // A migration back in time, or past this version, is named as such rather than as a chain that never arrives.
            boolean cycle = byFrom.containsKey(m.to()) && byFrom.get(m.to()).to().equals(m.from());
            if (!cycle && (Versions.compare(m.to(), m.from()) <= 0 || Versions.compare(m.to(), q.version()) > 0)) {
                out.error(m.location(), "Q116", m.from(), m.to(), q.version());
                continue;
            }
            if (!chainOk(m, byFrom)) {
                continue;
            }
            checkTargets(m, Versions.chain(q, m.to()));
        }
    }

    /** Follows {@code to} from {@code m}: a cycle or a dead end is reported at {@code m}. */
    private boolean chainOk(Migration m, Map<String, Migration> byFrom) {
        List<String> path = new ArrayList<>(List.of(m.from()));
        Set<String> seen = new HashSet<>(path);
        Migration at = m;
        while (!at.to().equals(q.version())) {
            path.add(at.to());
            if (!seen.add(at.to())) {
                out.error(m.location(), "Q114", String.join(" → ", path));
                return false;
            }
            Migration next = byFrom.get(at.to());
            if (next == null) {
                out.error(m.location(), "Q115", m.from(), at.to(), q.version());
                return false;
            }
            at = next;
        }
        return true;
    }

    /** Every id a change of {@code m} leads to exists in this version, after the {@code later} migrations. */
    private void checkTargets(Migration m, List<Migration> later) {
        for (Migration.Change c : m.changes()) {
            switch (c.kind()) {
                case NEW, CHANGED -> exists(c.question(), later, c.at(c.kind().name().toLowerCase(java.util.Locale.ROOT)));
                case RENAME, MERGE -> exists(c.to(), later, c.at("to"));
                case SPLIT -> c.ids().forEach(id -> exists(id, later, c.at("into")));
                case CHOICES -> checkChoices(c, later);
                case DROP -> { }
            }
        }
    }

    private Question exists(String id, List<Migration> later, Location at) {
        if (id == null) {
            return null;
        }
        String now = forward(id, later);
        if (now == null) {
            return null;
        }
        Question question = questions.get(now);
        if (question == null) {
            out.error(at, "Q117", now, new Diagnostic.Hint(Fields.didYouMean(now, questions.keySet())));
        }
        return question;
    }

    private void checkChoices(Migration.Change c, List<Migration> later) {
        Question question = exists(c.question(), later, c.at("choices"));
        if (question == null) {
            return;
        }
        if (question.choices().isEmpty()) {
            out.error(c.at("choices"), "Q119", question.id());
            return;
        }
        List<String> ids = question.choices().stream().map(Choice::id).toList();
        for (var e : c.map().entrySet()) {
            String now = forwardChoice(c.question(), e.getValue(), later);
            if (now != null && question.choice(now) == null) {
                out.error(c.at("map." + e.getKey()), "Q118", e.getKey(), now, question.id(), String.join(", ", ids),
                        new Diagnostic.Hint(Fields.didYouMean(now, ids)));
            }
        }
    }

    /** The id that {@code id} has after the {@code later} migrations; null if one of them drops or splits it. */
    static String forward(String id, List<Migration> later) {
        String now = id;
        for (Migration m : later) {
            for (Migration.Change c : m.changes()) {
                if (c.kind() == Migration.Kind.RENAME && now.equals(c.question())
                        || c.kind() == Migration.Kind.MERGE && c.ids().contains(now)) {
                    now = c.to();
                } else if ((c.kind() == Migration.Kind.DROP || c.kind() == Migration.Kind.SPLIT) && now.equals(c.question())) {
                    return null;
                }
            }
        }
        return now;
    }

    /** The choice id that {@code choice} of {@code questionId} has after the {@code later} migrations. */
    static String forwardChoice(String questionId, String choice, List<Migration> later) {
        String question = questionId;
        String now = choice;
        for (Migration m : later) {
            for (Migration.Change c : m.changes()) {
                if (c.kind() == Migration.Kind.RENAME && question.equals(c.question())) {
                    question = c.to();
                } else if (c.kind() == Migration.Kind.CHOICES && question.equals(c.question()) && c.map().containsKey(now)) {
                    now = c.map().get(now);
                }
            }
        }
        return now;
    }

    /**
     * The linter's rule between two published versions: every question and choice of {@code previous} that
     * {@code current} no longer has is renamed, mapped or dropped by the migrations from the previous version (error),
     * and every question new in {@code current} is marked {@code new} (warning).
     */
    public static void againstPrevious(Questionnaire previous, Questionnaire current, Diagnostics out) {
        Location file = Location.of(current.sourceName());
        if (previous.version().equals(current.version())) {
            return;
        }
        List<Migration> chain = Versions.chain(current, previous.version());
        Location at = chain.isEmpty() ? file : chain.get(0).location();
        if (chain.isEmpty()) {
            out.error(file, "Q115", previous.version(), previous.version(), current.version());
            return;
        }
        Map<String, Question> now = current.questionsById();
        Set<String> reached = new LinkedHashSet<>();
        for (var e : previous.questionsById().entrySet()) {
            String id = e.getKey();
            if (!migrated(id, chain) && !now.containsKey(id)) {
                out.error(at, "Q120", id, previous.version(), current.version(), e.getValue().location());
                continue;
            }
            String target = forward(id, chain);
            if (target == null || !now.containsKey(target)) {
                continue;
            }
            reached.add(target);
            Question after = now.get(target);
            for (Choice c : e.getValue().choices()) {
                String choice = forwardChoice(id, c.id(), chain);
                if (after.choice(choice) == null) {
                    out.error(at, "Q121", id, c.id(), previous.version(), current.version(), c.location());
                }
            }
        }
        Set<String> marked = new HashSet<>();
        for (Migration m : chain) {
            for (Migration.Change c : m.changes()) {
                if (c.kind() == Migration.Kind.NEW) {
                    marked.add(forward(c.question(), Versions.chain(current, m.to())));
                }
            }
        }
        for (String id : now.keySet()) {
            if (!reached.contains(id) && !marked.contains(id)) {
                out.warning(at, "Q122", id, current.version());
            }
        }
    }

    private static boolean migrated(String id, List<Migration> chain) {
        return chain.stream().flatMap(m -> m.changes().stream()).anyMatch(c -> switch (c.kind()) {
            case RENAME, DROP, SPLIT -> id.equals(c.question());
            case MERGE -> c.ids().contains(id);
            default -> false;
        });
    }
}
