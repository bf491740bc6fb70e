package dev.csreview.gate;

import dev.csreview.questionnaire.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares assessments with a baseline: what is new, better or worse, route by route and factor by factor. */
public final class Changes {
    private Changes() {}

    /**
     * Route by route and factor by factor, profiles matched by identity (see {@link Baseline}): a route is worse
     * when its outcome is more serious, a factor when its score went up. A profile absent from the baseline counts
     * as all new; one found at another path is reported as moved ({@link Change#MOVED}); one of the baseline with no
     * match now is reported as vanished ({@link Change#VANISHED}), so a deleted or renamed-away profile is not silent.
     */
    public static List<Change> between(Baseline before, Baseline after) {
        List<Change> out = new ArrayList<>();
        for (var profile : after.profiles().entrySet()) {
            Baseline.Profile now = profile.getValue();
            Baseline.Profile then = before.profiles().get(profile.getKey());
            Map<String, String> was = then == null ? Map.of() : then.levels();
            Map<String, Integer> wasScore = then == null ? Map.of() : then.scores();
            if (then != null && !then.path().equals(now.path())) {
                out.add(new Change(now.path(), Change.MOVED, then.path(), now.path(), false));
            }
            for (var e : now.levels().entrySet()) {
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
                    int s1 = now.scores().getOrDefault(id, 0);
                    changed = !cur.equals(old) && !(old == null && s1 == 0);
                    worse = s1 > s0;
                }
                if (changed) {
                    out.add(new Change(now.path(), id, old, cur, worse));
                }
            }
        }
        for (var profile : before.profiles().entrySet()) {
            if (!after.profiles().containsKey(profile.getKey())) {
                out.add(new Change(profile.getValue().path(), Change.VANISHED, profile.getValue().path(), null, false));
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
