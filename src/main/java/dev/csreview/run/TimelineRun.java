package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.FilingPlan;
import dev.csreview.batch.BatchAssessor;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.calendar.Today;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.messages.Messages;
import dev.csreview.output.JsonText;
import dev.csreview.output.PlanTree;
import dev.csreview.output.TextReport;
import dev.csreview.questionnaire.Citations;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.report.PackageSpec;
import dev.csreview.report.TemplateSource;
import dev.csreview.report.Timeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code csreview timeline PROFILE}: the profile's filing plan (latest filing dates back from its planned dates,
 * warnings); {@code csreview timeline --submitted DATE}: the review clock's latest dates from a submission date.
 */
public final class TimelineRun {
    /**
     * A profile to plan, or a submission date ({@code submitted}, as written) to count the review clock from;
     * {@code date}: --date or SOURCE_DATE_EPOCH, if given (a plan counts from it, else from today).
     */
    public record Request(Path profile, String submitted, Optional<LocalDate> date, String questionnaire, Path templates, boolean json, Lang lang) {}

    /** The profile was invalid; its worst route and whether its plan is at risk (for --fail-on); none for the clock. */
    public record Summary(boolean invalid, Outcome worst, boolean planAtRisk) {}

    private final RunContext context;
    private final PrintWriter out;
    private final PrintWriter err;

    public TimelineRun(RunContext context, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    public Summary run(Request r) throws IOException, InterruptedException {
        if (r.profile() != null && r.submitted() != null) {
            // A profile's plan counts from its own review_filed_on answer; a second date would be silently ignored.
            throw RunException.invalid(r.lang(), "timeline.both");
        }
        if (r.profile() != null) {
            return plan(r);
        }
        if (r.submitted() == null) {
            throw RunException.invalid(r.lang(), "timeline.neither");
        }
        // The rule of --date: a four-digit year from 2000 to 2099, so no date counted from it reads "+10000-01-14".
        LocalDate start = dev.csreview.calendar.RunDates.parse(r.submitted()).orElseThrow(() -> RunException.invalid(r.lang(),
                "timeline.badDate", r.submitted(), dev.csreview.calendar.RunDates.FIRST, dev.csreview.calendar.RunDates.LAST));
        clock(r, start);
        return new Summary(false, Outcome.NOT_TRIGGERED, false);
    }

    /** The review clock's latest dates from {@code start}, as text or JSON. */
    private void clock(Request r, LocalDate start) {
        String qid = r.questionnaire() != null ? r.questionnaire() : new QuestionnaireCatalog().defaultId();
        TemplateSource source = new TemplateSource(qid, r.templates());
        PackageSpec pkg;
        try {
            pkg = PackageSpec.read(source).orElseThrow(() -> RunException.invalid(r.lang(), "timeline.noClock", qid));
        } catch (InvalidInputException e) {
            new DiagnosticPrinter(r.lang(), Map.of()).print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }
        List<Timeline.Row> rows = Timeline.compute(pkg.timeline(), start, ChinaWorkingDays.builtin());
        Lang lang = r.lang();
        if (r.json()) {
            List<Object> list = new ArrayList<>();
            for (Timeline.Row row : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", row.step().id());
                if (row.step().months() != null) {
                    m.put("calendar_months", row.step().months());
                } else {
                    m.put("working_days", row.step().days());
                }
                m.put("extension", row.step().extension());
                m.put("start", row.start().toString());
                m.put("due", row.due().toString());
                m.put("due_with_extension", row.dueExtended().toString());
                m.put("calendar_covers", row.calendarCovers());
                m.put("cites", row.step().cites());
                list.add(m);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("submitted", start.toString());
            root.put("steps", list);
            out.print(JsonText.write(root) + "\n");
        } else {
            Questionnaire citing = citing(qid);
            out.println(RunMessages.get(lang, "timeline.received", start));
            for (Timeline.Row row : rows) {
                out.println();
                out.println(row.step().name().in(lang) + "  [" + Citations.renderRefs(citing, row.step().cites(), lang) + "]");
                String period = row.step().months() != null
                        ? RunMessages.get(lang, "timeline.months", row.step().months())
                        : RunMessages.get(lang, "timeline.workingDays",
                                row.step().days() + (row.step().extension() == null ? "" : " (+" + row.step().extension() + ")"));
                out.println("  " + period + RunMessages.get(lang, "timeline.due", row.due())
                        + (row.dueExtended().equals(row.due()) ? "" : RunMessages.get(lang, "timeline.extended", row.dueExtended()))
                        + (row.calendarCovers() ? "" : "  ⚠"));
                if (!row.step().note().isEmpty()) {
                    out.println("  " + row.step().note().in(lang));
                }
            }
            if (rows.stream().anyMatch(row -> !row.calendarCovers())) {
                out.println();
                out.println(RunMessages.get(lang, "timeline.beyondCalendar"));
            }
        }
        out.flush();
    }

    /** The profile's filing plan, as the text report or the JSON output shows it. */
    private Summary plan(Request r) throws InterruptedException {
        LocalDate today = r.date().orElseGet(Today::onThisMachine);
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(r.lang(), inputs.sources);
        Assessment[] found = {null};
        BatchAssessor.assessing(1).run(List.of(r.profile()), new Plans(r.templates(), today).around(inputs.batchSource(r.questionnaire())), result -> {
            printer.print(result.diagnostics(), err);
            if (result.problem() != null) {
                err.println("csreview: " + result.problem());
            }
            found[0] = result.assessment();
        });
        if (found[0] == null) {
            return new Summary(true, Outcome.NOT_TRIGGERED, false);
        }
        FilingPlan plan = found[0].plan();
        if (r.json()) {
            out.print(JsonText.write(PlanTree.of(plan.isEmpty() ? new FilingPlan(today, List.of(), List.of()) : plan)) + "\n");
        } else if (plan.isEmpty()) {
            out.println(Messages.bundle("dev.csreview.output.labels", r.lang().locale()).getString("plan.none"));
        } else {
            out.print(new TextReport(r.lang()).plan(found[0]));
        }
        out.flush();
        boolean atRisk = plan.warnings().stream().anyMatch(w -> w.level() != FilingPlan.Level.ASSUMPTION);
        return new Summary(false, found[0].worstOutcome(), atRisk);
    }

    /** The questionnaire whose instruments render the clock's citations; none (refs shown as written) if it will not load. */
    private Questionnaire citing(String id) {
        try {
            return context.inputs().questionnaire(id).questionnaire();
        } catch (InvalidInputException e) {
            return null;
        }
    }
}
