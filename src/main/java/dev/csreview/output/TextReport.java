package dev.csreview.output;

import dev.csreview.messages.Punctuation;
import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactRead;
import dev.csreview.assessment.FactState;
import dev.csreview.assessment.FactorScore;
import dev.csreview.assessment.FilingPlan;
import dev.csreview.assessment.NoteResult;
import dev.csreview.assessment.RuleHit;
import dev.csreview.migration.MigrationReport;
import dev.csreview.profile.AnswerWords;
import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Citations;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** A plain-text summary of an assessment for people: routes, factors, notes, what to find out. */
public final class TextReport {
    private final Lang lang;
    private final ResourceBundle labels;

    public TextReport(Lang lang) {
        this.lang = lang;
        this.labels = dev.csreview.messages.Messages.bundle("dev.csreview.output.labels", lang.locale());
    }

    public String render(Assessment a) {
        Questionnaire q = a.questionnaire();
        AnswerWording wording = new AnswerWording(q, lang);
        StringBuilder out = new StringBuilder();
        if (a.migration() != null) {
            // First, so that nobody reads an old profile's results without knowing the reading changed under it.
            out.append(migrated(a.migration())).append("\n\n");
        }
        out.append(q.title().in(lang)).append(" · ").append(q.id()).append(' ').append(q.version()).append('\n');
        out.append(label("profile")).append(": ").append(a.profileName()).append("\n\n");
        out.append(label("routes")).append('\n');
        for (DeterminationResult d : a.determinations()) {
            out.append("  ").append(mark(d.outcome())).append(' ').append(outcome(d.outcome()))
                    .append("  ").append(d.determination().title().in(lang))
                    .append("  [").append(Citations.render(q, d.determination().cites(), lang)).append("]\n");
            // A reason that does not hold is not printed: the facts it waits on are listed under "Find out" below.
            out.append("      ").append(d.reasonHolds() ? d.decidingCase().reason().in(lang) : label("reason.pending"));
            if (d.reasonHolds() && !d.decidingCase().cites().isEmpty()) {
                out.append(" [").append(Citations.render(q, d.decidingCase().cites(), lang)).append(']');
            }
            out.append('\n');
            if (d.outcome() == Outcome.CANNOT_TELL || !d.reasonHolds()) {
                out.append("      ").append(label("leaning")).append(": ").append(outcome(d.leaning())).append('\n');
            }
            if (d.outcome() == Outcome.CANNOT_TELL) {
                for (var c : d.couldBe()) {
                    out.append("      ").append(label("couldBe")).append(' ').append(outcome(c.outcome())).append(": ")
                            .append(c.reason().in(lang)).append('\n');
                }
            }
            List<FactRead> known = d.drivers().stream().filter(r -> r.state() == FactState.KNOWN || r.state() == FactState.LOWER_BOUND).distinct().toList();
            if (!known.isEmpty()) {
                out.append("      ").append(label("basedOn")).append(':').append(facts(wording, known)).append('\n');
            }
            List<FactRead> findOut = !d.missing().isEmpty() || d.reasonHolds() ? d.missing() : d.reasonOpen();
            if (!findOut.isEmpty()) {
                out.append("      ").append(label("findOut")).append(':').append(facts(wording, findOut)).append('\n');
            }
        }
        appendPlan(out, a);
        out.append('\n').append(label("factors")).append('\n');
        for (FactorScore f : a.factors()) {
            out.append("  ").append(f.factor().number()).append(". ").append(f.factor().title().in(lang)).append(": ");
            if (!f.applicable()) {
                out.append(label("notApplicable")).append('\n');
                continue;
            }
            out.append(f.level().name().in(lang)).append(" (").append(label("score")).append(' ').append(f.score()).append(')');
            if (!f.isSettled() && f.potentialLevel().id().equals(f.level().id())) {
                out.append(" — ").append(label("score")).append(Punctuation.of(lang.locale()).space()).append(label("couldReach")).append(' ')
                        .append(f.potential());
            } else if (!f.isSettled()) {
                out.append(" — ").append(label("couldReach")).append(' ').append(f.potentialLevel().name().in(lang))
                        .append(" (").append(f.potential()).append(')');
            }
            out.append('\n');
            for (RuleHit h : f.hits()) {
                out.append("      ").append(h.certain() ? "+" : "?").append(h.rule().points()).append(' ')
                        .append(h.rule().why().in(lang));
                if (h.itemLabel() != null) {
                    out.append(" — ").append(h.itemLabel());
                }
                out.append(" [").append(Citations.render(q, h.rule().cites(), lang)).append("]\n");
                if (!h.certain()) {
                    out.append("         ").append(label("findOut")).append(':').append(facts(wording, h.missing())).append('\n');
                }
            }
        }
        if (!a.notes().isEmpty()) {
            out.append('\n').append(label("alsoConsider")).append('\n');
            for (NoteResult n : a.notes()) {
                out.append("  - ").append(n.certain() ? "" : label("mayApply") + " ").append(n.note().title().in(lang))
                        .append(" [").append(Citations.render(q, n.note().cites(), lang)).append("]\n");
                out.append("    ").append(n.note().text().in(lang)).append('\n');
            }
        }
        out.append('\n').append(q.disclaimer().isEmpty() ? label("disclaimer") : q.disclaimer().in(lang)).append('\n');
        return out.toString();
    }

    /** The filing plan section alone (the timeline command's output). */
    public String plan(Assessment a) {
        StringBuilder out = new StringBuilder();
        appendPlan(out, a);
        return out.toString().stripLeading();
    }

    /** The filing plan: its warnings first, then each route's dates in order. */
    private void appendPlan(StringBuilder out, Assessment a) {
        FilingPlan plan = a.plan();
        if (plan.isEmpty()) {
            return;
        }
        out.append('\n').append(label("plan")).append('\n');
        for (FilingPlan.Warning w : plan.warnings()) {
            String mark = switch (w.level()) {
                case LATE -> "!!";
                case TIGHT -> "! ";
                case ASSUMPTION -> "~ ";
            };
            out.append("  ").append(mark).append(' ').append(w.message().in(lang)).append('\n');
        }
        for (FilingPlan.RoutePlan r : plan.routes()) {
            out.append("  ").append(r.routeTitle().in(lang)).append('\n');
            for (FilingPlan.Milestone m : r.milestones()) {
                out.append("    ").append(AnswerWords.in(lang).date(m.date())).append(m.weekdaysOnly() ? " ~" : "").append("  ").append(m.name().in(lang))
                        .append("  [").append(Citations.renderRefs(a.questionnaire(), m.cites(), lang)).append("]\n");
            }
        }
    }

    /** One fact a line under a heading, in words; a computed value lists what it was computed from beneath it. */
    private static String facts(AnswerWording wording, List<FactRead> reads) {
        StringBuilder out = new StringBuilder();
        appendFacts(wording, out, reads, "        ", 0);
        return out.toString();
    }

    private static void appendFacts(AnswerWording wording, StringBuilder out, List<FactRead> reads, String indent, int depth) {
        List<FactRead> shown = reads.stream().distinct().filter(r -> r.state() != FactState.NOT_APPLICABLE || depth == 0).toList();
        int limit = depth == 0 ? shown.size() : Math.min(shown.size(), 4);
        for (FactRead r : shown.subList(0, limit)) {
            String name = r.item() == null ? wording.name(r) : r.itemLabel() + " · " + wording.name(r);
            out.append('\n').append(indent).append("- ").append(name).append(" — ").append(wording.value(r));
            if (r.source() != null) {
                out.append("  (").append(r.source()).append(')');
            }
            if (!r.basis().isEmpty() && depth == 0) {
                appendFacts(wording, out, r.basis(), indent + "    ", depth + 1);
            }
        }
        if (shown.size() > limit) {
            out.append('\n').append(indent).append("- …");
        }
    }

    private String outcome(Outcome o) {
        return label("outcome." + o.id());
    }

    private static String mark(Outcome o) {
        return switch (o) {
            case MUST_DECLARE -> "!!";
            case CANNOT_TELL -> "??";
            case SHOULD_CONSIDER -> "! ";
            case NOT_TRIGGERED -> "--";
        };
    }

    /** The line that says a profile was written for an earlier version and read through the migration. */
    public String migrated(MigrationReport m) {
        return java.text.MessageFormat.format(label("migrated"), m.from(), m.to(), m.of(MigrationReport.What.NEW).size(),
                m.entries().size() - m.of(MigrationReport.What.NEW).size());
    }

    private String label(String key) {
        return labels.getString(key);
    }

    /** Exposed for tests and other renderers: a citation list in this report's language. */
    public String cites(Questionnaire q, List<Citation> cites) {
        return Citations.render(q, cites, lang);
    }
}
