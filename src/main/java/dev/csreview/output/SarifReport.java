package dev.csreview.output;

import dev.csreview.diagnostic.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 for code-scanning views: one rule per route or factor, one result per finding that is not
 * "none", located at the profile line of the answer that drove it.
 */
public final class SarifReport {
    private SarifReport() {}

    /**
     * The whole report from every finding at once. A batch streams the same bytes piece by piece (header, suites or
     * results, footer); this is the reference CliTest holds the streamed report to.
     */
    public static String render(List<Finding> findings, String toolVersion) {
        Map<String, Map<String, Object>> rules = new TreeMap<>();
        List<Object> results = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> result = result(f);
            if (result != null) {
                addRule(rules, f);
                results.add(result);
            }
        }
        return document(rules, results, toolVersion);
    }

    /** The result a finding gives, or null for a finding that is "none". */
    public static Map<String, Object> result(Finding f) {
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
        result.put("locations", List.of(location(f.location())));
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

    /** One rule per route or factor id, in id order; a result's finding adds its rule. */
    public static void addRule(Map<String, Map<String, Object>> rules, Finding f) {
        rules.computeIfAbsent(f.id(), id -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", id);
            r.put("shortDescription", Map.of("text", f.kind() + " " + id.substring(id.indexOf(':') + 1)));
            return r;
        });
    }

    /** Objects enclosing each result (root, run): how deep {@link JsonText#item(Object, int)} indents one. */
    public static final int RESULT_DEPTH = 2;

    public static String document(Map<String, Map<String, Object>> rules, List<Object> results, String toolVersion) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "csreview");
        driver.put("version", toolVersion);
        driver.put("rules", new ArrayList<Object>(rules.values()));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        root.put("runs", List.of(run));
        return JsonText.write(root) + "\n";
    }

    /**
     * The document around a non-empty results array whose items are written elsewhere: what comes before the first
     * item (ending "[ ") and after the last (starting " ]"); items are joined by ", ".
     */
    public static String[] around(Map<String, Map<String, Object>> rules, String toolVersion) {
        String marker = "csreview:results go here";
        String whole = document(rules, List.of(marker), toolVersion);
        int at = whole.lastIndexOf('"' + marker + '"');
        return new String[] {whole.substring(0, at), whole.substring(at + marker.length() + 2)};
    }

    private static Map<String, Object> location(Location l) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", l.file().replace('\\', '/')));
        if (l.line() > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", l.line());
            region.put("startColumn", Math.max(1, l.column()));
            physical.put("region", region);
        }
        return Map.of("physicalLocation", physical);
    }
}
