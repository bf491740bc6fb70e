package dev.csreview.output;

import dev.csreview.diagnostic.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 for code-scanning views: one rule per route, factor or plan warning (described in words, with its
 * articles), one result per finding that is not "none", located at the profile line of the answer that drove it.
 * Paths are relative to a source root ({@code SRCROOT}, given in {@code originalUriBaseIds}) so that GitHub and
 * GitLab map them to the repository; a path outside the root stays absolute.
 */
public final class SarifReport {
    private static final String SRCROOT = "SRCROOT";

    private SarifReport() {}

    /**
     * The whole report from every finding at once. A batch streams the same bytes piece by piece (header, suites or
     * results, footer); this is the reference CliTest holds the streamed report to.
     */
    public static String render(List<Finding> findings, String toolVersion, Path root) {
        Map<String, Map<String, Object>> rules = new TreeMap<>();
        List<Object> results = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> result = result(f, root);
            if (result != null) {
                addRule(rules, f);
                results.add(result);
            }
        }
        return document(rules, results, toolVersion, root);
    }

    /** The result a finding gives, or null for a finding that is "none"; {@code root}: the source root (absolute). */
    public static Map<String, Object> result(Finding f, Path root) {
        if (f.severity() == Finding.Severity.NONE) {
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", f.id());
        result.put("level", switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        });
        result.put("message", Map.of("text", f.title() + ". " + f.message() + " [" + f.cites() + "]"));
        result.put("locations", List.of(location(f.location(), root)));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("outcome", f.level());
        result.put("properties", props);
        if (f.isWaived()) {
            Map<String, Object> suppression = new LinkedHashMap<>();
            suppression.put("kind", "external");
            suppression.put("justification", f.waiver());
            result.put("suppressions", List.of(suppression));
        }
        return result;
    }

    /** One rule per finding id, in id order, described by what it is about; a result's finding adds its rule. */
    public static void addRule(Map<String, Map<String, Object>> rules, Finding f) {
        rules.computeIfAbsent(f.id(), id -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", id);
            r.put("name", id.replaceAll("[^A-Za-z0-9]+", " ").strip().replace(' ', '_'));
            r.put("shortDescription", Map.of("text", f.subject()));
            r.put("fullDescription", Map.of("text", f.subject() + (f.cites().isEmpty() ? "" : " [" + f.cites() + "]")));
            Map<String, Object> help = new LinkedHashMap<>();
            help.put("text", f.subject() + (f.cites().isEmpty() ? "" : ". " + f.cites()) + ". Waive with the id " + id + ".");
            help.put("markdown", "**" + f.subject() + "**" + (f.cites().isEmpty() ? "" : "\n\n" + f.cites())
                    + "\n\nTo accept it for a time, add `id: " + id + "` to the waivers file (see the README, \"In CI\").");
            r.put("help", help);
            return r;
        });
    }

    /** Objects enclosing each result (root, run): how deep {@link JsonText#item(Object, int)} indents one. */
    public static final int RESULT_DEPTH = 2;

    public static String document(Map<String, Map<String, Object>> rules, List<Object> results, String toolVersion, Path sourceRoot) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "csreview");
        driver.put("version", toolVersion);
        driver.put("rules", new ArrayList<Object>(rules.values()));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        if (sourceRoot != null) {
            run.put("originalUriBaseIds", Map.of(SRCROOT, Map.of("uri", "file://" + encoded(slashes(sourceRoot)) + "/")));
        }
        run.put("results", results);
        root.put("runs", List.of(run));
        return JsonText.write(root) + "\n";
    }

    /**
     * The document around a non-empty results array whose items are written elsewhere: what comes before the first
     * item (ending "[ ") and after the last (starting " ]"); items are joined by ", ".
     */
    public static String[] around(Map<String, Map<String, Object>> rules, String toolVersion, Path root) {
        String marker = "csreview:results go here";
        String whole = document(rules, List.of(marker), toolVersion, root);
        int at = whole.lastIndexOf('"' + marker + '"');
        return new String[] {whole.substring(0, at), whole.substring(at + marker.length() + 2)};
    }

    private static Map<String, Object> location(Location l, Path root) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact(l.file(), root));
        if (l.line() > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", l.line());
            region.put("startColumn", Math.max(1, l.column()));
            physical.put("region", region);
        }
        return Map.of("physicalLocation", physical);
    }

    /** The file relative to the source root (percent-encoded, '/'-separated), or absolute when it lies outside it. */
    private static Map<String, Object> artifact(String file, Path root) {
        if (root == null) {
            return Map.of("uri", file.replace('\\', '/'));
        }
        Path absolute = Path.of(file).toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return Map.of("uri", "file://" + encoded(slashes(absolute)));
        }
        // Percent-encoded: a space or a Chinese file name must not break the consumer's resolution.
        Map<String, Object> a = new LinkedHashMap<>();
        // ':' encoded too: in a relative reference's first segment it would read as a scheme (RFC 3986 §4.2).
        a.put("uri", encoded(root.relativize(absolute).toString().replace('\\', '/')).replace(":", "%3A"));
        a.put("uriBaseId", SRCROOT);
        return a;
    }

    /** An absolute path with '/' separators and a leading '/' (C:/x on Windows becomes /C:/x). */
    private static String slashes(Path absolute) {
        String p = absolute.toString().replace('\\', '/');
        return p.startsWith("/") ? (p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p) : "/" + p;
    }

    /** RFC 3986 path encoding: UTF-8 bytes outside the unreserved set and '/' and ':' as %XX. */
    static String encoded(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/:".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
