package dev.csreview.yaml;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads the fields of one YAML mapping against a known set of keys, reporting unknown keys (with "did you
 * mean"), missing required keys and wrong types as diagnostics. Getters return empty on any problem.
 */
public final class Fields {
    private final YNode.Mapping map;
    private final Object what;
    private final Diagnostics out;

    private Fields(YNode.Mapping map, Object what, Diagnostics out) {
        this.map = map;
        this.what = what;
        this.out = out;
    }

    /**
     * Checks {@code node} is a mapping with only {@code allowed} keys; empty (with a diagnostic) if not a mapping.
     * {@code what} names the mapping in the diagnostics: as written (a YAML key), or a {@link Diagnostic.Term}
     * in the reader's language.
     */
    public static Optional<Fields> of(YNode node, String what, Set<String> allowed, Diagnostics out) {
        return of(node, (Object) what, allowed, out);
    }

    /** As {@link #of(YNode, String, Set, Diagnostics)}, the mapping named in csreview's words. */
    public static Optional<Fields> of(YNode node, Diagnostic.Term what, Set<String> allowed, Diagnostics out) {
        return of(node, (Object) what, allowed, out);
    }

    private static Optional<Fields> of(YNode node, Object what, Set<String> allowed, Diagnostics out) {
        if (!(node instanceof YNode.Mapping m)) {
            out.error(node.location(), "S001", what, node.kindName());
            return Optional.empty();
        }
        for (String key : m.entries().keySet()) {
            if (!allowed.contains(key)) {
                String suggestion = didYouMean(key, allowed);
                if (suggestion != null) {
                    out.error(m.keyLocation(key), "S002", key, what, new Diagnostic.Hint(suggestion));
                } else {
                    out.error(m.keyLocation(key), "S003", key, what, String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }
        return Optional.of(new Fields(m, what, out));
    }

    /** The closest of {@code candidates} to {@code word} within a small edit distance, or null. */
    public static String didYouMean(String word, Collection<String> candidates) {
        int limit = Math.max(2, word.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        // Called once per unknown key (50,000 in a hostile file): no sorting, and a length difference beyond the limit
        // is a distance beyond it. Ties go to the first in alphabetical order, as a sorted scan would.
        for (String c : candidates) {
            if (Math.abs(c.length() - lower.length()) > limit) {
                continue;
            }
            int d = distance.apply(lower, c.toLowerCase(java.util.Locale.ROOT));
            if (d >= 0 && (d < bestScore || d == bestScore && c.compareTo(best) < 0)) {
                best = c;
                bestScore = d;
            }
        }
        return best;
    }

    /** What the mapping is ("question", "choice"), for messages about it. */
    public Object what() {
        return what;
    }

    public YNode.Mapping mapping() {
        return map;
    }

    public Location location() {
        return map.location();
    }

    public boolean has(String key) {
        return map.entries().containsKey(key) && !isNull(map.get(key));
    }

    public YNode node(String key) {
        return map.get(key);
    }

    public Location at(String key) {
        YNode n = map.get(key);
        return n != null ? n.location() : map.location();
    }

    public Location keyAt(String key) {
        return map.keyLocation(key);
    }

    public Optional<String> requiredString(String key) {
        if (!has(key)) {
            out.error(map.location(), "S004", what, key);
            return Optional.empty();
        }
        return string(key);
    }

    public Optional<String> string(String key) {
        YNode n = map.get(key);
        if (n == null || isNull(n)) {
            return Optional.empty();
        }
        if (n instanceof YNode.Scalar s) {
            return Optional.of(s.text());
        }
        out.error(n.location(), "S005", key, "text", n.kindName());
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        YNode n = map.get(key);
        if (n == null || isNull(n)) {
            return Optional.empty();
        }
        if (n instanceof YNode.Scalar s && s.kind() == YNode.ScalarKind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text()) || s.text().equalsIgnoreCase("yes") || s.text().equalsIgnoreCase("on"));
        }
        out.error(n.location(), "S005", key, "true/false", n.kindName());
        return Optional.empty();
    }

    public Optional<Long> integer(String key) {
        YNode n = map.get(key);
        if (n == null || isNull(n)) {
            return Optional.empty();
        }
        if (n instanceof YNode.Scalar s && s.kind() == YNode.ScalarKind.INTEGER) {
            try {
                return Optional.of(Long.parseLong(s.text().replace("_", "")));
            } catch (NumberFormatException e) {
                out.error(n.location(), "S006", key, s.text());
                return Optional.empty();
            }
        }
        out.error(n.location(), "S005", key, "integer", n.kindName());
        return Optional.empty();
    }

    /** A list value; a missing key gives an empty list. */
    public List<YNode> list(String key) {
        YNode n = map.get(key);
        if (n == null || isNull(n)) {
            return List.of();
        }
        if (n instanceof YNode.Seq s) {
            return s.items();
        }
        out.error(n.location(), "S005", key, "list", n.kindName());
        return List.of();
    }

    /** A list of plain strings. */
    public List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        for (YNode item : list(key)) {
            if (item instanceof YNode.Scalar s && !s.isNull()) {
                result.add(s.text());
            } else {
                out.error(item.location(), "S005", key, "text", item.kindName());
            }
        }
        return result;
    }

    public static boolean isNull(YNode n) {
        return n instanceof YNode.Scalar s && s.isNull();
    }
}
