package dev.csreview.output;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactRead;
import dev.csreview.assessment.FactorScore;
import dev.csreview.assessment.FilingPlan;
import dev.csreview.assessment.RuleHit;
import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Citations;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Turns an assessment into findings: one per route, one per factor and one per warning of its filing plan. A route
 * that must be declared is an error, one that cannot be told yet or should be considered a warning; a factor at its
 * top level a warning, above its lowest a note; a plan that cannot hold an error, one that holds only without the
 * extension a warning, one resting on weekdays alone a note. Locations point at the first profile answer that drove
 * the result (for a plan: the planned date).
 */
public final class Findings {
    private final Lang lang;
    private final ResourceBundle labels;

    public Findings(Lang lang) {
        this.lang = lang;
        this.labels = dev.csreview.messages.Messages.bundle("dev.csreview.output.labels", lang.locale());
    }

    public List<Finding> of(Assessment a) {
        List<Finding> out = new ArrayList<>();
        for (DeterminationResult d : a.determinations()) {
            Finding.Severity severity = switch (d.outcome()) {
                case MUST_DECLARE -> Finding.Severity.ERROR;
                case CANNOT_TELL, SHOULD_CONSIDER -> Finding.Severity.WARNING;
                case NOT_TRIGGERED -> Finding.Severity.NONE;
            };
            List<Citation> cites = new ArrayList<>(d.determination().cites());
            if (d.reasonHolds()) {
                cites.addAll(d.decidingCase().cites());
            }
            String message = RouteReason.in(a.questionnaire(), d, lang);
            if (d.outcome() == Outcome.CANNOT_TELL && !d.missing().isEmpty()) {
                message += " " + labels.getString("findOut") + ": "
                        + String.join(", ", d.missing().stream().map(FactRead::id).distinct().toList());
            }
            out.add(new Finding(a.profileName(), "route:" + d.determination().id(), "route", d.outcome().id(), severity,
                    labels.getString("outcome." + d.outcome().id()) + " — " + d.determination().title().in(lang),
                    message, Citations.render(a.questionnaire(), cites, lang), where(a, d.drivers(), d.missing()), null,
                    d.determination().title().in(lang)));
        }
        for (FactorScore f : a.factors()) {
            int top = f.factor().levels().size() - 1;
            int index = f.factor().rank(f.level());
            Finding.Severity severity = index == top && top > 0 ? Finding.Severity.WARNING
                    : index > 0 ? Finding.Severity.NOTE : Finding.Severity.NONE;
            List<FactRead> drivers = new ArrayList<>();
            List<String> whys = new ArrayList<>();
            for (RuleHit h : f.hits()) {
                if (!h.certain()) {
                    continue;
                }
                drivers.addAll(h.drivers());
                whys.add(h.rule().why().in(lang) + (h.itemLabel() == null ? "" : " (" + h.itemLabel() + ")"));
            }
            String level = f.applicable() ? f.level().name().in(lang) : labels.getString("notApplicable");
            out.add(new Finding(a.profileName(), "factor:" + f.factor().id(), "factor", f.level().id(), severity,
                    "(" + f.factor().number() + ") " + f.factor().title().in(lang) + ": " + level,
                    whys.isEmpty() ? level : String.join("; ", whys),
                    Citations.render(a.questionnaire(), f.factor().cites(), lang), where(a, drivers, List.of()), null,
                    "(" + f.factor().number() + ") " + f.factor().title().in(lang)));
        }
        for (FilingPlan.Warning w : a.plan().warnings()) {
            Finding.Severity severity = switch (w.level()) {
                case LATE -> Finding.Severity.ERROR;
                case TIGHT -> Finding.Severity.WARNING;
                case ASSUMPTION -> Finding.Severity.NOTE;
            };
            String route = a.determinations().stream().filter(d -> d.determination().id().equals(w.route()))
                    .map(d -> d.determination().title().in(lang)).findFirst().orElse(w.route());
            out.add(new Finding(a.profileName(), w.id(), "plan", w.level().name().toLowerCase(java.util.Locale.ROOT), severity,
                    labels.getString("plan") + " — " + route, w.message().in(lang), Citations.renderRefs(a.questionnaire(), w.cites(), lang),
                    w.location() != null && w.location().line() > 0 ? w.location() : Location.of(a.profileName()), null,
                    labels.getString("plan") + " — " + route + " — " + w.id().substring(w.id().lastIndexOf(':') + 1)));
        }
        return out;
    }

    /** The first answer in the profile behind a result; the profile itself when none has a line. */
    private static Location where(Assessment a, List<FactRead> drivers, List<FactRead> missing) {
        for (List<FactRead> list : List.of(drivers, missing)) {
            for (FactRead r : list) {
                Location l = locate(r);
                if (l != null && l.file().equals(a.profileName())) {
                    return l;
                }
            }
        }
        return Location.of(a.profileName());
    }

    private static Location locate(FactRead r) {
        if (r.source() != null && r.source().line() > 0) {
            return r.source();
        }
        for (FactRead b : r.basis()) {
            Location l = locate(b);
            if (l != null) {
                return l;
            }
        }
        return null;
    }
}
