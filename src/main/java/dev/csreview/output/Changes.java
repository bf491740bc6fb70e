package dev.csreview.output;

import dev.csreview.assessment.Assessment;
import dev.csreview.questionnaire.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares assessments with a baseline: what is new, better or worse, route by route and factor by factor. */
public final class Changes {
    private Changes() {}

    public static List<Change> between(Baseline baseline, List<Assessment> now) {
        return between(baseline, Baseline.of(now));
    }

    /**
     * Route by route and factor by factor: a route is worse when its outcome is more serious, a factor when its
     * score went up. A profile absent from the baseline counts as all new.
     */
    public static List<Change> between(Baseline before, Baseline after) {
        List<Change> out = new ArrayList<>();
        for (var profile : after.levels().entrySet()) {
            Map<String, String> was = before.levels().getOrDefault(profile.getKey(), Map.of());
            Map<String, Integer> wasScore = before.scores().getOrDefault(profile.getKey(), Map.of());
            Map<String, Integer> nowScore = after.scores().getOrDefault(profile.getKey(), Map.of());
            for (var e : profile.getValue().entrySet()) {
                String id = e.getKey();
                String old = was.get(id);
                String cur = e.getValue();
                boolean worse;
                boolean changed;
                if (id.startsWith("route:")) {
                    Outcome o = old == null ? Outcome.NOT_TRIGGERED : Outcome.fromId(old);
                    Outcome c = Outcome.fromId(cur);
                    changed = !cur.equals(old) && !(old == null && c == Outcome.NOT_TRIGGERED);
                    worse = c != null && (o == null || (c != o && c.atLeast(o)));
                } else {
                    int s0 = wasScore.getOrDefault(id, 0);
                    int s1 = nowScore.getOrDefault(id, 0);
                    changed = !cur.equals(old) && !(old == null && s1 == 0);
                    worse = s1 > s0;
                }
                if (changed) {
                    out.add(new Change(profile.getKey(), id, old, cur, worse));
                }
            }
        }
        return out;
    }

    /** Route outcomes that got worse, for --fail-on applied to changes only. */
    public static List<Outcome> worsenedOutcomes(List<Change> changes) {
        return changes.stream().filter(Change::worse).filter(c -> c.id().startsWith("route:"))
                .map(c -> Outcome.fromId(c.after())).toList();
    }

}
