package dev.csreview.run;

import dev.csreview.gate.Change;
import dev.csreview.output.JsonText;
import dev.csreview.questionnaire.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Changes since a baseline, for people and as JSON. */
public final class ChangeReport {
    private ChangeReport() {}

    /** The changes for people, one a line, in {@code lang} (cli/messages changes.*). */
    public static String text(List<Change> changes, Lang lang) {
        StringBuilder s = new StringBuilder("\n").append(RunMessages.get(lang, "changes.heading")).append('\n');
        if (changes.isEmpty()) {
            return s.append("  ").append(RunMessages.get(lang, "changes.none")).append('\n').toString();
        }
        for (Change c : changes) {
            String line = c.id().equals(Change.MOVED) ? RunMessages.get(lang, "changes.moved", c.profile(), c.before())
                    : c.id().equals(Change.VANISHED) ? RunMessages.get(lang, "changes.gone", c.profile())
                    : RunMessages.get(lang, c.worse() ? "changes.worse" : "changes.better", c.profile(), c.id(),
                            c.before() == null ? RunMessages.get(lang, "changes.new") : c.before(), c.after());
            s.append("  ").append(line).append('\n');
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
