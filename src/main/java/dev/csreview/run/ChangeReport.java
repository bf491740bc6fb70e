package dev.csreview.run;

import dev.csreview.gate.Change;
import dev.csreview.output.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Changes since a baseline, for people and as JSON. */
public final class ChangeReport {
    private ChangeReport() {}

    public static String text(List<Change> changes) {
        StringBuilder s = new StringBuilder("\nChanges since the baseline\n");
        if (changes.isEmpty()) {
            return s.append("  none\n").toString();
        }
        for (Change c : changes) {
            if (c.id().equals(Change.MOVED)) {
                s.append("  ↪ moved  ").append(c.profile()).append("  (was ").append(c.before()).append(")\n");
            } else if (c.id().equals(Change.VANISHED)) {
                s.append("  ✗ gone   ").append(c.profile()).append("  (in the baseline, no profile of that company now)\n");
            } else {
                s.append("  ").append(c.worse() ? "▲ worse  " : "▼ better ").append(c.profile()).append("  ").append(c.id()).append(": ")
                        .append(c.before() == null ? "(new)" : c.before()).append(" → ").append(c.after()).append('\n');
            }
        }
        return s.toString();
    }

    public static String json(List<Change> changes) {
        List<Object> list = new ArrayList<>();
        for (Change c : changes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("profile", c.profile());
            m.put("id", c.id());
            m.put("before", c.before());
            m.put("after", c.after());
            m.put("worse", c.worse());
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "csreview-diff/1");
        root.put("changes", list);
        return JsonText.write(root) + "\n";
    }
}
