package dev.csreview.migration;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.Migration;
import dev.csreview.yaml.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies a chain of migrations to a parsed profile: the answers as the current version reads them (located where
 * they were written, so every reason still points into the file), what happened to each, and the text edits that
 * make the file itself current. Pure: no I/O, nothing typed yet (the profile loader types the result).
 */
public final class AnswerMigration {
    private final List<Migration> chain;
    private final String to;
    private final List<MigrationReport.Entry> entries = new ArrayList<>();
    private final List<TextEdit> edits = new ArrayList<>();

    /** The result: the profile's tree as if written for the current version, the report and the text edits. */
    public record Migrated(YNode.Mapping root, MigrationReport report, List<TextEdit> edits) {}

    public AnswerMigration(List<Migration> chain, String to) {
        this.chain = chain;
        this.to = to;
    }

    /** Migrates {@code root} (a profile's top-level mapping, written for {@code from}); conflicts are errors in {@code out}. */
    public Migrated apply(YNode.Mapping root, String from, Diagnostics out) {
        YNode answers = root.get("answers");
        if (answers instanceof YNode.Mapping m) {
            YNode.Mapping migrated = m;
            for (Migration step : chain) {
                for (Migration.Change c : step.changes()) {
                    migrated = change(migrated, c, step.to(), out);
                }
            }
            root = replace(root, "answers", migrated);
        }
        YNode version = root.get("version");
        Location versionAt = version != null ? version.location() : root.keyLocation("questionnaire");
        if (version instanceof YNode.Scalar s && !s.isNull()) {
            edits.add(new TextEdit(TextEdit.Kind.REPLACE, s.location(), s.text(), to));
        } else {
            edits.add(new TextEdit(TextEdit.Kind.INSERT_AFTER, versionAt, "", "version: \"" + to + "\""));
        }
        root = with(root, "version", new YNode.Scalar(versionAt, to, YNode.ScalarKind.STRING), versionAt);
        return new Migrated(root, new MigrationReport(from, to, versionAt, List.copyOf(entries)), List.copyOf(edits));
    }

    private YNode.Mapping change(YNode.Mapping answers, Migration.Change c, String version, Diagnostics out) {
        return switch (c.kind()) {
            case NEW -> {
                entries.add(new MigrationReport.Entry(MigrationReport.What.NEW, c.question(), "", c.why(), null));
                yield answers;
            }
            case CHANGED -> {
                everywhere(answers, c.question(), (owner, node) -> entries.add(new MigrationReport.Entry(
                        MigrationReport.What.CHANGED, c.question(), show(node), c.why(), node.location())));
                yield answers;
            }
            case RENAME -> renameKeys(answers, List.of(c.question()), c.to(), c, version, out);
            case MERGE -> renameKeys(answers, c.ids(), c.to(), c, version, out);
            case CHOICES -> eachMapping(answers, m -> mapChoices(m, c));
            case DROP -> eachMapping(answers, m -> drop(m, c, version));
            case SPLIT -> eachMapping(answers, m -> split(m, c, version, out));
        };
    }

    /** Renames the first answered of {@code ids} to {@code target}; the others (of a merge) are kept aside, commented out. */
    private YNode.Mapping renameKeys(YNode.Mapping answers, List<String> ids, String target, Migration.Change c, String version,
            Diagnostics out) {
        return eachMapping(answers, m -> {
            List<String> present = ids.stream().filter(m.entries()::containsKey).toList();
            if (present.isEmpty()) {
                return m;
            }
            String first = present.get(0);
            if (m.entries().containsKey(target) && !ids.contains(target)) {
                out.error(m.keyLocation(first), "P032", target, version, first);
                return m;
            }
            YNode value = m.get(first);
            boolean merge = c.kind() == Migration.Kind.MERGE;
            entries.add(new MigrationReport.Entry(merge ? MigrationReport.What.MERGED : MigrationReport.What.RENAMED, target,
                    first + " → " + target + ": " + show(value), c.why(), m.keyLocation(first)));
            edits.add(new TextEdit(TextEdit.Kind.REPLACE, m.keyLocation(first), first, target));
            YNode.Mapping result = rekey(m, first, target);
            for (String other : present.subList(1, present.size())) {
                entries.add(new MigrationReport.Entry(MigrationReport.What.DROPPED, other,
                        other + ": " + show(m.get(other)) + " (" + first + " kept as " + target + ")", c.why(), m.keyLocation(other)));
                edits.add(new TextEdit(TextEdit.Kind.COMMENT_OUT, m.keyLocation(other), other,
                        "# merged into " + target + " in version " + version));
                result = without(result, other);
            }
            return result;
        });
    }

    private YNode.Mapping mapChoices(YNode.Mapping m, Migration.Change c) {
        YNode value = m.get(c.question());
        if (value instanceof YNode.Scalar s && c.map().containsKey(s.text())) {
            return replace(m, c.question(), mapped(s, c, m.keyLocation(c.question())));
        }
        if (value instanceof YNode.Seq seq) {
            List<YNode> items = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            boolean changed = false;
            for (YNode item : seq.items()) {
                String text = item instanceof YNode.Scalar s ? s.text() : null;
                String target = text != null && c.map().containsKey(text) ? c.map().get(text) : text;
                if (target != null && seen.contains(target)) {
                    // Two old choices that became one are one answer: the second leaves the list, it is not repeated.
                    entries.add(new MigrationReport.Entry(MigrationReport.What.MAPPED, c.question(), text + " → " + target, c.why(), item.location()));
                    edits.add(new TextEdit(TextEdit.Kind.REMOVE_ITEM, item.location(), text, ""));
                    changed = true;
                    continue;
                }
                YNode now = target != null && !target.equals(text) ? mapped((YNode.Scalar) item, c, item.location()) : item;
                changed |= now != item;
                if (target != null) {
                    seen.add(target);
                }
                items.add(now);
            }
            return changed ? replace(m, c.question(), new YNode.Seq(seq.location(), List.copyOf(items))) : m;
        }
        return m;
    }

    private YNode.Scalar mapped(YNode.Scalar s, Migration.Change c, Location keyAt) {
        String now = c.map().get(s.text());
        entries.add(new MigrationReport.Entry(MigrationReport.What.MAPPED, c.question(), s.text() + " → " + now, c.why(), s.location()));
        edits.add(new TextEdit(TextEdit.Kind.REPLACE, s.location(), s.text(), now));
        return new YNode.Scalar(s.location(), now, YNode.ScalarKind.STRING);
    }

    private YNode.Mapping drop(YNode.Mapping m, Migration.Change c, String version) {
        if (!m.entries().containsKey(c.question())) {
            return m;
        }
        entries.add(new MigrationReport.Entry(MigrationReport.What.DROPPED, c.question(), c.question() + ": " + show(m.get(c.question())),
                c.why(), m.keyLocation(c.question())));
        edits.add(new TextEdit(TextEdit.Kind.COMMENT_OUT, m.keyLocation(c.question()), c.question(),
                "# no longer asked in version " + version + ", kept for the record"));
        return without(m, c.question());
    }

    private YNode.Mapping split(YNode.Mapping m, Migration.Change c, String version, Diagnostics out) {
        if (!m.entries().containsKey(c.question())) {
            return m;
        }
        YNode value = m.get(c.question());
        Location keyAt = m.keyLocation(c.question());
        for (String id : c.ids()) {
            if (m.entries().containsKey(id) && !id.equals(c.question())) {
                out.error(keyAt, "P032", id, version, c.question());
                return m;
            }
        }
        YNode.Mapping result = m;
        String first = c.ids().get(0);
        for (int i = c.ids().size() - 1; i >= 1; i--) {
            edits.add(new TextEdit(TextEdit.Kind.COPY_AS, keyAt, c.question(), c.ids().get(i)));
            result = insertAfter(result, c.question(), c.ids().get(i), value, keyAt);
        }
        edits.add(new TextEdit(TextEdit.Kind.REPLACE, keyAt, c.question(), first));
        result = rekey(result, c.question(), first);
        entries.add(new MigrationReport.Entry(MigrationReport.What.SPLIT, first,
                c.question() + " → " + String.join(", ", c.ids()) + ": " + show(value), c.why(), keyAt));
        return result;
    }

    /** Applies {@code f} to the answers and to every record of every group answer (group fields share the id space). */
    static YNode.Mapping eachMapping(YNode.Mapping answers, UnaryOperator<YNode.Mapping> f) {
        YNode.Mapping top = f.apply(answers);
        LinkedHashMap<String, YNode> entries = new LinkedHashMap<>();
        boolean changed = false;
        for (var e : top.entries().entrySet()) {
            YNode v = e.getValue();
            if (v instanceof YNode.Seq seq && seq.items().stream().anyMatch(i -> i instanceof YNode.Mapping)) {
                List<YNode> items = new ArrayList<>();
                for (YNode item : seq.items()) {
                    YNode now = item instanceof YNode.Mapping im ? f.apply(im) : item;
                    changed |= now != item;
                    items.add(now);
                }
                v = new YNode.Seq(seq.location(), List.copyOf(items));
            }
            entries.put(e.getKey(), v);
        }
        return changed ? new YNode.Mapping(top.location(), entries, top.keys()) : top;
    }

    private interface Visit {
        void at(YNode.Mapping owner, YNode value);
    }

    private static void everywhere(YNode.Mapping answers, String id, Visit visit) {
        eachMapping(answers, m -> {
            if (m.entries().containsKey(id) && !(m.get(id) instanceof YNode.Scalar s && s.isNull())) {
                visit.at(m, m.get(id));
            }
            return m;
        });
    }

    /** How an answer was written, short, for the report: the scalar, or the list's items. */
    static String show(YNode n) {
        if (n instanceof YNode.Scalar s) {
            return s.text();
        }
        if (n instanceof YNode.Seq seq) {
            if (seq.items().stream().allMatch(i -> i instanceof YNode.Scalar)) {
                return "[" + String.join(", ", seq.items().stream().map(i -> ((YNode.Scalar) i).text()).toList()) + "]";
            }
            return seq.items().size() + " records";
        }
        return n.kindName();
    }

    static YNode.Mapping rekey(YNode.Mapping m, String from, String to) {
        LinkedHashMap<String, YNode> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new HashMap<>(m.keys());
        for (var e : m.entries().entrySet()) {
            entries.put(e.getKey().equals(from) ? to : e.getKey(), e.getValue());
        }
        keys.put(to, m.keyLocation(from));
        return new YNode.Mapping(m.location(), entries, keys);
    }

    static YNode.Mapping without(YNode.Mapping m, String key) {
        LinkedHashMap<String, YNode> entries = new LinkedHashMap<>(m.entries());
        entries.remove(key);
        return new YNode.Mapping(m.location(), entries, m.keys());
    }

    private static YNode.Mapping insertAfter(YNode.Mapping m, String after, String key, YNode value, Location at) {
        LinkedHashMap<String, YNode> entries = new LinkedHashMap<>();
        for (var e : m.entries().entrySet()) {
            entries.put(e.getKey(), e.getValue());
            if (e.getKey().equals(after)) {
                entries.put(key, value);
            }
        }
        Map<String, Location> keys = new HashMap<>(m.keys());
        keys.put(key, at);
        return new YNode.Mapping(m.location(), entries, keys);
    }

    static YNode.Mapping replace(YNode.Mapping m, String key, YNode value) {
        LinkedHashMap<String, YNode> entries = new LinkedHashMap<>(m.entries());
        entries.put(key, value);
        return new YNode.Mapping(m.location(), entries, m.keys());
    }

    static YNode.Mapping with(YNode.Mapping m, String key, YNode value, Location keyAt) {
        LinkedHashMap<String, YNode> entries = new LinkedHashMap<>(m.entries());
        entries.put(key, value);
        Map<String, Location> keys = new HashMap<>(m.keys());
        keys.putIfAbsent(key, keyAt);
        return new YNode.Mapping(m.location(), entries, keys);
    }
}
