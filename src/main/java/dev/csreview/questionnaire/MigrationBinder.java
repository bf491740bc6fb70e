package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Binds a questionnaire's {@code migrations}: how answers given to an earlier version carry over. */
final class MigrationBinder {
    private final Diagnostics out;
    private final SharedFields shared;

    MigrationBinder(Diagnostics out, SharedFields shared) {
        this.out = out;
        this.shared = shared;
    }

    Migration migration(YNode n) {
        Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("migration"), QuestionnaireLoader.MIGRATION_KEYS, out);
        if (fo.isEmpty()) {
            return null;
        }
        Fields f = fo.get();
        String from = f.requiredString("from").orElse("");
        String to = f.requiredString("to").orElse("");
        List<Migration.Change> changes = shared.each(f, "changes", this::change);
        return new Migration(from, to, shared.text(f, "summary", false), changes, f.location());
    }

    private Migration.Change change(YNode n) {
        Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("migration change"), QuestionnaireLoader.CHANGE_KEYS, out);
        if (fo.isEmpty()) {
            return null;
        }
        Fields f = fo.get();
        List<String> kinds = QuestionnaireLoader.CHANGE_KINDS.stream().filter(f::has).toList();
        if (kinds.size() != 1) {
            // Q110: one of new, changed, rename, choices, drop, split, merge — exactly one.
            out.error(f.location(), "Q110", String.join(", ", kinds.isEmpty() ? QuestionnaireLoader.CHANGE_KINDS : kinds));
            return null;
        }
        String key = kinds.get(0);
        Migration.Kind kind = Migration.Kind.valueOf(key.toUpperCase(Locale.ROOT));
        Map<String, Location> at = new LinkedHashMap<>();
        at.put(key, f.at(key));
        String question = null;
        List<String> ids = List.of();
        if (kind == Migration.Kind.MERGE) {
            ids = f.strings("merge");
        } else {
            question = f.string(key).orElse(null);
        }
        if (kind == Migration.Kind.SPLIT) {
            ids = f.strings("into");
            at.put("into", f.at("into"));
        }
        String to = f.string("to").orElse(null);
        at.put("to", f.at("to"));
        Map<String, String> map = new LinkedHashMap<>();
        YNode mn = f.node("map");
        if (mn instanceof YNode.Mapping mm) {
            for (var e : mm.entries().entrySet()) {
                if (e.getValue() instanceof YNode.Scalar sv && !sv.isNull()) {
                    map.put(e.getKey(), sv.text());
                    at.put("map." + e.getKey(), sv.location());
                } else {
                    out.error(e.getValue().location(), "S005", e.getKey(), "text", e.getValue().kindName());
                }
            }
        } else if (mn != null && !Fields.isNull(mn)) {
            out.error(mn.location(), "S001", "map", mn.kindName());
        }
        boolean needsTo = kind == Migration.Kind.RENAME || kind == Migration.Kind.MERGE;
        if (needsTo && to == null) {
            out.error(f.location(), "S004", Diagnostic.Term.of("migration change"), "to");
        }
        if (kind == Migration.Kind.SPLIT && ids.isEmpty()) {
            out.error(f.location(), "S004", Diagnostic.Term.of("migration change"), "into");
        }
        if (kind == Migration.Kind.CHOICES && map.isEmpty()) {
            out.error(f.location(), "S004", Diagnostic.Term.of("migration change"), "map");
        }
        Text why = shared.text(f, "why", kind != Migration.Kind.RENAME && kind != Migration.Kind.CHOICES);
        return new Migration.Change(kind, question, to, java.util.Collections.unmodifiableMap(map), List.copyOf(ids), why, f.location(), Map.copyOf(at));
    }
}
