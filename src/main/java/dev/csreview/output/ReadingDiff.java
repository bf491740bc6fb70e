package dev.csreview.output;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactorScore;
import dev.csreview.assessment.NoteResult;
import dev.csreview.assessment.RuleHit;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One profile assessed under two readings (questionnaire versions): every route, factor and note whose result
 * differs, with the reason each reading gives. What a consultant sends a client when the reading changes.
 */
public final class ReadingDiff {
    private final Lang lang;
    private final ResourceBundle labels;

    public ReadingDiff(Lang lang) {
        this.lang = lang;
        this.labels = dev.csreview.messages.Messages.bundle("dev.csreview.output.labels", lang.locale());
    }

    /**
     * One difference: {@code kind} route, factor or note; {@code before}/{@code after} as shown, {@code was}/{@code is}
     * as ids (an outcome, a level, {@code not_applicable}, {@code applies}, {@code may_apply}, {@code absent}); why, in lines.
     */
    public record Difference(String kind, String id, String title, String before, String after, String was, String is, boolean worse,
            List<String> why) {}

    /** Every difference between the assessment under the old reading and under the new one. */
    public List<Difference> between(Assessment old, Assessment now) {
        List<Difference> out = new ArrayList<>();
        Map<String, DeterminationResult> was = new LinkedHashMap<>();
        old.determinations().forEach(d -> was.put(d.determination().id(), d));
        for (DeterminationResult d : now.determinations()) {
            DeterminationResult b = was.remove(d.determination().id());
            String before = b == null ? "—" : outcome(b.outcome());
            if (b != null && b.outcome() == d.outcome()) {
                continue;
            }
            List<String> why = new ArrayList<>();
            why.add(label("diff.now") + ": " + RouteReason.in(now.questionnaire(), d, lang));
            for (var open : d.couldBe()) {
                why.add(label("diff.couldBe") + " " + outcome(open.outcome()) + ": " + open.reason().in(lang));
            }
            if (b != null) {
                why.add(label("diff.before") + ": " + RouteReason.in(old.questionnaire(), b, lang));
            }
            boolean worse = b == null || d.outcome() != b.outcome() && d.outcome().atLeast(b.outcome());
            out.add(new Difference("route", d.determination().id(), d.determination().title().in(lang), before, outcome(d.outcome()),
                    b == null ? "absent" : b.outcome().id(), d.outcome().id(), worse, why));
        }
        for (DeterminationResult b : was.values()) {
            out.add(new Difference("route", b.determination().id(), b.determination().title().in(lang), outcome(b.outcome()), "—",
                    b.outcome().id(), "absent", false, List.of(label("diff.gone"))));
        }
        Map<String, FactorScore> scored = new LinkedHashMap<>();
        old.factors().forEach(f -> scored.put(f.factor().id(), f));
        for (FactorScore f : now.factors()) {
            FactorScore b = scored.remove(f.factor().id());
            String before = b == null ? "—" : level(b);
            String after = level(f);
            if (before.equals(after)) {
                continue;
            }
            List<String> why = new ArrayList<>();
            Set<String> then = rules(b == null ? List.of() : b.hits());
            Set<String> nowRules = rules(f.hits());
            for (RuleHit h : f.hits()) {
                if (!then.contains(key(h))) {
                    why.add("+ " + h.rule().why().in(lang) + item(h));
                }
            }
            if (b != null) {
                for (RuleHit h : b.hits()) {
                    if (!nowRules.contains(key(h))) {
                        why.add("− " + h.rule().why().in(lang) + item(h));
                    }
                }
            }
            if (b != null && b.applicable() != f.applicable()) {
                why.add(f.applicable() ? label("diff.applicable") : label("diff.notApplicable"));
            }
            out.add(new Difference("factor", f.factor().id(), f.factor().title().in(lang), before, after,
                    b == null ? "absent" : levelId(b), levelId(f), b == null || f.score() > b.score(), why));
        }
        Map<String, NoteResult> noted = new LinkedHashMap<>();
        old.notes().forEach(n -> noted.put(n.note().id(), n));
        for (NoteResult n : now.notes()) {
            NoteResult b = noted.remove(n.note().id());
            String before = b == null ? label("diff.noteAbsent") : note(b);
            if (before.equals(note(n))) {
                continue;
            }
            out.add(new Difference("note", n.note().id(), n.note().title().in(lang), before, note(n), b == null ? "absent" : noteId(b), noteId(n),
                    false, List.of(n.note().text().in(lang))));
        }
        for (NoteResult b : noted.values()) {
            out.add(new Difference("note", b.note().id(), b.note().title().in(lang), note(b), label("diff.noteAbsent"), noteId(b), "absent",
                    false, List.of()));
        }
        return out;
    }

    /** The differences for one client, as lines under its name. */
    public String text(String profile, String oldVersion, String newVersion, List<Difference> diffs, List<String> notAsked) {
        StringBuilder s = new StringBuilder(profile).append(": ").append(oldVersion).append(" → ").append(newVersion).append('\n');
        if (diffs.isEmpty()) {
            s.append("  ").append(label("diff.same")).append('\n');
        }
        for (Difference d : diffs) {
            s.append("  ").append(label("diff." + d.kind())).append(' ').append(d.title()).append(": ")
                    .append(d.before()).append(" → ").append(d.after()).append(d.worse() ? "  ▲" : "").append('\n');
            for (String w : d.why()) {
                s.append("      ").append(w).append('\n');
            }
        }
        if (!notAsked.isEmpty()) {
            s.append("  ").append(label("diff.notAsked")).append(' ').append(oldVersion).append(": ").append(String.join(", ", notAsked)).append('\n');
        }
        return s.toString();
    }

    private static Set<String> rules(List<RuleHit> hits) {
        Set<String> out = new LinkedHashSet<>();
        hits.forEach(h -> out.add(key(h)));
        return out;
    }

    private static String key(RuleHit h) {
        return h.rule().id() + "#" + Objects.toString(h.item(), "") + (h.certain() ? "" : "?");
    }

    private String item(RuleHit h) {
        return (h.itemLabel() != null ? " (" + h.itemLabel() + ")" : "") + (h.certain() ? "" : " — " + label("diff.possible"));
    }

    private String level(FactorScore f) {
        if (!f.applicable()) {
            return label("diff.notApplicable");
        }
        String s = f.level().name().in(lang) + " (" + f.score() + ")";
        return f.isSettled() ? s : s + ", " + label("diff.couldReach") + " " + f.potentialLevel().name().in(lang) + " (" + f.potential() + ")";
    }

    private static String levelId(FactorScore f) {
        return !f.applicable() ? "not_applicable" : f.isSettled() ? f.level().id() : f.level().id() + "/" + f.potentialLevel().id();
    }

    private static String noteId(NoteResult n) {
        return n.certain() ? "applies" : "may_apply";
    }

    private String note(NoteResult n) {
        return n.certain() ? label("diff.noteApplies") : label("diff.noteMay");
    }

    private String outcome(Outcome o) {
        return label("outcome." + o.id());
    }

    private String label(String key) {
        return labels.getString(key);
    }
}
