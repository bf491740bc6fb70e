package dev.csreview.cli;

import dev.csreview.run.Inputs;
import dev.csreview.run.DiagnosticPrinter;
import dev.csreview.run.Plans;
import dev.csreview.run.RunContext;

import dev.csreview.gate.FailLevel;
import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.FilingPlan;
import dev.csreview.batch.BatchAssessor;
import dev.csreview.calendar.WorkingDays;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.output.JsonText;
import dev.csreview.output.PlanTree;
import dev.csreview.output.TextReport;
import dev.csreview.questionnaire.Citations;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import dev.csreview.report.PackageSpec;
import dev.csreview.report.TemplateSource;
import dev.csreview.report.Timeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code csreview timeline PROFILE}: the profile's filing plan (latest filing dates back from its planned dates,
 * warnings); {@code csreview timeline --submitted DATE}: the review clock's latest dates from a submission date.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true)
final class TimelineCommand implements Callable<Integer> {
    private final RunContext context;

    TimelineCommand(RunContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..1", paramLabel = "PROFILE")
    Path profile;

    @Option(names = "--submitted", paramLabel = "YYYY-MM-DD")
    String submitted;

    @Mixin
    DateOption date;

    @Option(names = "--fail-on", paramLabel = "LEVEL", split = ",", converter = FailOn.class, completionCandidates = Candidates.FailOnLevels.class)
    List<FailLevel> failOn = List.of();

    @Option(names = "--questionnaire", paramLabel = "ID", completionCandidates = Candidates.QuestionnaireIds.class)
    String questionnaire;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Mixin
    TextOrJson format;

    @Override
    public Integer call() throws InvalidInputException, java.io.IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (profile != null && submitted != null) {
            // A profile's plan counts from its own review_filed_on answer; a second date would be silently ignored.
            err.println("csreview: " + CliMessages.get(common.lang(), "timeline.both"));
            return ExitCode.INVALID;
        }
        if (profile != null) {
            return plan(out, err);
        }
        if (submitted == null) {
            err.println("csreview: " + CliMessages.get(common.lang(), "timeline.neither"));
            return ExitCode.INVALID;
        }
        LocalDate start;
        try {
            start = LocalDate.parse(submitted);
        } catch (DateTimeParseException e) {
            err.println("csreview: " + CliMessages.get(common.lang(), "timeline.badDate", submitted));
            return ExitCode.INVALID;
        }
        String qid = questionnaire != null ? questionnaire : new QuestionnaireCatalog().defaultId();
        TemplateSource source = new TemplateSource(qid, templates);
        byte[] bytes = source.readBytes("package.yaml").orElse(null);
        if (bytes == null) {
            err.println("csreview: " + CliMessages.get(common.lang(), "timeline.noClock", qid));
            return ExitCode.INVALID;
        }
        PackageSpec pkg = PackageSpec.parse(source.describe("package.yaml"), bytes);
        WorkingDays days = dev.csreview.calendar.ChinaWorkingDays.builtin();
        List<Timeline.Row> rows = Timeline.compute(pkg.timeline(), start, days);
        Lang lang = common.lang();
        if (format.json()) {
            List<Object> list = new ArrayList<>();
            for (Timeline.Row r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.step().id());
                if (r.step().months() != null) {
                    m.put("calendar_months", r.step().months());
                } else {
                    m.put("working_days", r.step().days());
                }
                m.put("extension", r.step().extension());
                m.put("start", r.start().toString());
                m.put("due", r.due().toString());
                m.put("due_with_extension", r.dueExtended().toString());
                m.put("calendar_covers", r.calendarCovers());
                m.put("cites", r.step().cites());
                list.add(m);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("submitted", start.toString());
            root.put("steps", list);
            out.print(JsonText.write(root) + "\n");
        } else {
            Questionnaire citing = citing(qid);
            out.println(CliMessages.get(lang, "timeline.received", start));
            for (Timeline.Row r : rows) {
                out.println();
                out.println(r.step().name().in(lang) + "  [" + Citations.renderRefs(citing, r.step().cites(), lang) + "]");
                String period = r.step().months() != null
                        ? CliMessages.get(lang, "timeline.months", r.step().months())
                        : CliMessages.get(lang, "timeline.workingDays",
                                r.step().days() + (r.step().extension() == null ? "" : " (+" + r.step().extension() + ")"));
                out.println("  " + period + CliMessages.get(lang, "timeline.due", r.due())
                        + (r.dueExtended().equals(r.due()) ? "" : CliMessages.get(lang, "timeline.extended", r.dueExtended()))
                        + (r.calendarCovers() ? "" : "  ⚠"));
                if (!r.step().note().isEmpty()) {
                    out.println("  " + r.step().note().in(lang));
                }
            }
            if (rows.stream().anyMatch(r -> !r.calendarCovers())) {
                out.println();
                out.println(CliMessages.get(lang, "timeline.beyondCalendar"));
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The profile's filing plan, as the text report or the JSON output shows it. */
    private int plan(PrintWriter out, PrintWriter err) throws java.io.IOException, InterruptedException {
        LocalDate today;
        try {
            today = date.date(common.lang(), context.env());
        } catch (PackageOptions.UsageException e) {
            err.println("csreview: " + e.getMessage());
            return ExitCode.INVALID;
        }
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(common.lang(), inputs.sources);
        Assessment[] found = {null};
        BatchAssessor.assessing(1).run(List.of(profile), new Plans(templates, today).around(inputs.batchSource(questionnaire)), r -> {
            printer.print(r.diagnostics(), err);
            if (r.problem() != null) {
                err.println("csreview: " + r.problem());
            }
            found[0] = r.assessment();
        });
        if (found[0] == null) {
            return ExitCode.INVALID;
        }
        FilingPlan plan = found[0].plan();
        if (format.json()) {
            out.print(JsonText.write(PlanTree.of(plan.isEmpty() ? new FilingPlan(today, List.of(), List.of()) : plan)) + "\n");
        } else if (plan.isEmpty()) {
            out.println(dev.csreview.messages.Messages.bundle("dev.csreview.output.labels", common.lang().locale())
                    .getString("plan.none"));
        } else {
            out.print(new TextReport(common.lang()).plan(found[0]));
        }
        out.flush();
        boolean atRisk = plan.warnings().stream().anyMatch(w -> w.level() != FilingPlan.Level.ASSUMPTION);
        return FailLevel.anyReached(failOn, found[0].worstOutcome(), atRisk) ? ExitCode.THRESHOLD : ExitCode.OK;
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
