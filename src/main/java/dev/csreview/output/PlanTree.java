package dev.csreview.output;

import dev.csreview.assessment.FilingPlan;
import dev.csreview.questionnaire.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A filing plan as the JSON output writes it: dates as ISO strings, texts in both languages. */
public final class PlanTree {
    private PlanTree() {}

    public static Map<String, Object> of(FilingPlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("today", plan.today() == null ? null : plan.today().toString());
        List<Object> routes = new ArrayList<>();
        for (FilingPlan.RoutePlan r : plan.routes()) {
            Map<String, Object> route = new LinkedHashMap<>();
            route.put("route", r.route());
            route.put("planned", r.planned().toString());
            route.put("filed", r.filed());
            List<Object> milestones = new ArrayList<>();
            for (FilingPlan.Milestone ms : r.milestones()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", ms.id());
                x.put("kind", ms.kind().name().toLowerCase(Locale.ROOT));
                x.put("date", ms.date().toString());
                x.put("name", text(ms.name()));
                x.put("cites", ms.cites());
                x.put("weekdays_only", ms.weekdaysOnly());
                milestones.add(x);
            }
            route.put("milestones", milestones);
            routes.add(route);
        }
        m.put("routes", routes);
        List<Object> warnings = new ArrayList<>();
        for (FilingPlan.Warning w : plan.warnings()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", w.id());
            x.put("route", w.route());
            x.put("level", w.level().name().toLowerCase(Locale.ROOT));
            x.put("message", text(w.message()));
            x.put("source", w.location() == null ? null : w.location().toString());
            x.put("cites", w.cites());
            warnings.add(x);
        }
        m.put("warnings", warnings);
        return m;
    }

    private static Map<String, Object> text(Text t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zh", t.zh());
        m.put("en", t.en());
        return m;
    }
}
