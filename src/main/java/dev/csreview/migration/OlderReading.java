package dev.csreview.migration;

import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.Migration;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Versions;
import dev.csreview.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A profile written for a later version, read as the earlier version would have read it (for comparing two
 * readings): the later version's migrations undone (renames, one-to-one choice maps, splits and merges) and the
 * answers to questions the earlier version did not ask set aside (also from a profile that names the earlier version
 * but was written while the reading was changing), named so the comparison can say so.
 */
public final class OlderReading {
    private OlderReading() {}

    /** The profile as the earlier version reads it, and the questions it leaves aside. */
    public record Prepared(YNode root, List<String> notAsked) {}

    /**
     * Prepares {@code root} for {@code older}; {@code newer} holds the migrations between them. A profile written for
     * {@code older} or an earlier version keeps its version: the loader migrates it forward.
     */
    public static Prepared prepare(YNode root, Questionnaire newer, Questionnaire older) {
        if (!(root instanceof YNode.Mapping m) || !(m.get("answers") instanceof YNode.Mapping answers)) {
            return new Prepared(root, List.of());
        }
        String version = m.get("version") instanceof YNode.Scalar v && !v.isNull() ? v.text() : newer.version();
        boolean later = Versions.valid(version) && Versions.compare(version, older.version()) > 0;
        List<Migration> undo = new ArrayList<>();
        for (Migration step : later ? Versions.chain(newer, older.version()) : List.<Migration>of()) {
            if (Versions.compare(step.from(), version) < 0) {
                undo.add(0, step);
            }
        }
        YNode.Mapping a = answers;
        for (Migration step : undo) {
            List<Migration.Change> changes = new ArrayList<>(step.changes());
            java.util.Collections.reverse(changes);
            for (Migration.Change c : changes) {
                a = undo(a, c);
            }
        }
        Map<String, Question> asked = older.questionsById();
        Set<String> notAsked = new LinkedHashSet<>();
        a = AnswerMigration.eachMapping(a, mapping -> {
            YNode.Mapping kept = mapping;
            for (String key : mapping.entries().keySet()) {
                if (!asked.containsKey(key)) {
                    notAsked.add(key);
                    kept = AnswerMigration.without(kept, key);
                }
            }
            return kept;
        });
        Location at = m.get("version") != null ? m.get("version").location() : m.location();
        YNode.Mapping result = AnswerMigration.replace(m, "answers", a);
        if (later) {
            result = AnswerMigration.with(result, "version", new YNode.Scalar(at, older.version(), YNode.ScalarKind.STRING), at);
        }
        return new Prepared(result, List.copyOf(notAsked));
    }

    private static YNode.Mapping undo(YNode.Mapping answers, Migration.Change c) {
        return switch (c.kind()) {
            case RENAME -> AnswerMigration.eachMapping(answers, m -> m.entries().containsKey(c.to()) ? AnswerMigration.rekey(m, c.to(), c.question()) : m);
            case MERGE -> AnswerMigration.eachMapping(answers, m -> m.entries().containsKey(c.to()) ? AnswerMigration.rekey(m, c.to(), c.ids().get(0)) : m);
            case SPLIT -> AnswerMigration.eachMapping(answers, m -> {
                YNode.Mapping r = m;
                for (String id : c.ids().subList(1, c.ids().size())) {
                    r = AnswerMigration.without(r, id);
                }
                return r.entries().containsKey(c.ids().get(0)) ? AnswerMigration.rekey(r, c.ids().get(0), c.question()) : r;
            });
            case CHOICES -> AnswerMigration.eachMapping(answers, m -> unmap(m, c));
            default -> answers;
        };
    }

    /** Choice ids mapped back where only one old choice became the new one; a many-to-one map cannot be undone. */
    private static YNode.Mapping unmap(YNode.Mapping m, Migration.Change c) {
        Map<String, String> back = new LinkedHashMap<>();
        Map<String, Integer> sources = new LinkedHashMap<>();
        c.map().forEach((from, to) -> {
            back.put(to, from);
            sources.merge(to, 1, Integer::sum);
        });
        YNode value = m.get(c.question());
        java.util.function.Function<YNode, YNode> one = n -> n instanceof YNode.Scalar s && sources.getOrDefault(s.text(), 0) == 1
                ? new YNode.Scalar(s.location(), back.get(s.text()), YNode.ScalarKind.STRING) : n;
        if (value instanceof YNode.Scalar) {
            return AnswerMigration.replace(m, c.question(), one.apply(value));
        }
        if (value instanceof YNode.Seq seq) {
            return AnswerMigration.replace(m, c.question(), new YNode.Seq(seq.location(), seq.items().stream().map(one).toList()));
        }
        return m;
    }

    /** For messages: the version a profile's header names, if any. */
    public static Optional<String> versionOf(YNode root) {
        return root instanceof YNode.Mapping m && m.get("version") instanceof YNode.Scalar s && !s.isNull() ? Optional.of(s.text()) : Optional.empty();
    }
}
