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

    /**
     * A scalar: {@code text} is the source text, {@code kind} how YAML typed it. {@code textColumn} is the column of
     * the text's first character when the text stands in the file as written, on one line (after any quote), so
     * that a problem inside it can be pointed at; 0 when it does not (folded, escaped, block or unknown).
     */
    record Scalar(Location location, String text, ScalarKind kind, int textColumn) implements YNode {
        public Scalar(Location location, String text, ScalarKind kind) {
            this(location, text, kind, 0);
        }

        /** Where the character at {@code offset} (0-based) in the text stands, if known; otherwise the scalar's location. */
        public Location at(int offset) {
            return textColumn > 0 && offset >= 0 && offset <= text.length()
                    ? new Location(location.file(), location.line(), textColumn + offset) : location;
        }

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
