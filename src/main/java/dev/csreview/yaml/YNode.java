package dev.csreview.yaml;

import dev.csreview.diagnostic.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written. Jackson's own trees drop locations, and every
 * diagnostic and every answer's provenance needs them.
 */
public sealed interface YNode {

    Location location();

    /** What a user would call this kind of value, for messages. */
    String kindName();

    /** A scalar: {@code text} is the source text, {@code kind} how YAML typed it. */
    record Scalar(Location location, String text, ScalarKind kind) implements YNode {
        @Override
        public String kindName() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean isNull() {
            return kind == ScalarKind.NULL;
        }
    }

    /** A list. */
    record Seq(Location location, List<YNode> items) implements YNode {
        @Override
        public String kindName() {
            return "list";
        }
    }

    /** A mapping, in source order; {@code keys} holds where each key was written. */
    record Mapping(Location location, LinkedHashMap<String, YNode> entries, Map<String, Location> keys)
            implements YNode {
        @Override
        public String kindName() {
            return "mapping";
        }

        public YNode get(String key) {
            return entries.get(key);
        }

        public Location keyLocation(String key) {
            return keys.getOrDefault(key, location);
        }
    }

    /** How YAML typed a scalar (YAML 1.1 rules, as Jackson reports them). */
    enum ScalarKind {
        STRING,
        INTEGER,
        FLOAT,
        BOOLEAN,
        NULL
    }
}
