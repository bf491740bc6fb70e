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

    public static String render(List<Finding> findings, String toolVersion) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "csreview");
        driver.put("version", toolVersion);
        Map<String, Map<String, Object>> rules = new TreeMap<>();
        List<Object> results = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() == Finding.Severity.NONE) {
                continue;
            }
            rules.computeIfAbsent(f.id(), id -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", id);
                r.put("shortDescription", Map.of("text", f.kind() + " " + id.substring(id.indexOf(':') + 1)));
                return r;
            });
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
            results.add(result);
        }
        driver.put("rules", new ArrayList<Object>(rules.values()));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        root.put("runs", List.of(run));
        return JsonText.write(root) + "\n";
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
