package dev.csreview.plan;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ComputedValue;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FilingPlan.Kind;
import dev.csreview.assessment.FilingPlan.Level;
import dev.csreview.assessment.FilingPlan.Milestone;
import dev.csreview.assessment.FilingPlan;
import dev.csreview.calendar.WorkingDays;
import dev.csreview.diagnostic.Location;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerWords;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Text;
import dev.csreview.report.PackageSpec;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.lookup.StringLookup;

/**
 * Plans the filings of one assessment: for each route that is not "not triggered" and whose planned date is
 * answered, counts the review clock of the package's data back from that date (the latest day to file on the
 * ordinary path, with the extension, with the special procedure), or forward from a filing already made, and warns
 * where the plan cannot hold. Periods, steps, citations and wording all come from {@code package.yaml}.
 */
public final class FilingPlanner {
    private final PackageSpec.Plan spec;
    private final Map<String, PackageSpec.Step> steps = new HashMap<>();
    private final WorkingDays days;

    public FilingPlanner(PackageSpec packageSpec, WorkingDays days) {
        this.spec = packageSpec.plan();
        for (PackageSpec.Step s : packageSpec.timeline()) {
            steps.put(s.id(), s);
        }
        this.days = days;
    }

    /** The plan for {@code today}; {@link FilingPlan#NONE} when the package has no plan data or nothing is planned. */
    public FilingPlan plan(Assessment a, LocalDate today) {
        if (spec == null) {
            return FilingPlan.NONE;
        }
        List<FilingPlan.RoutePlan> routes = new ArrayList<>();
        List<FilingPlan.Warning> warnings = new ArrayList<>();
        for (PackageSpec.PlanRoute r : spec.routes()) {
            DeterminationResult d = route(a, r.route());
            // A step already taken (the overseas application went in) stands for the planned one: its date is the
            // one the review had to precede, whatever date was once planned.
            Answer happened = r.happened() == null ? null : a.answers().answers().get(r.happened());
            boolean done = date(happened) != null;
            Answer planned = done ? happened : a.answers().answers().get(r.planned());
            LocalDate date = date(planned);
            if (d == null || d.outcome() == Outcome.NOT_TRIGGERED || date == null) {
                continue;
            }
            routes.add(planRoute(a, r, d, date, done, planned.source(), today, warnings));
        }
        return routes.isEmpty() && warnings.isEmpty() ? FilingPlan.NONE : new FilingPlan(today, List.copyOf(routes), List.copyOf(warnings));
    }

    private FilingPlan.RoutePlan planRoute(Assessment a, PackageSpec.PlanRoute r, DeterminationResult d, LocalDate planned, boolean done,
            Location at, LocalDate today, List<FilingPlan.Warning> warnings) {
        List<Milestone> milestones = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        values.put("planned", planned);
        values.put("today", today);
        values.put("buffer", spec.bufferDays());
        int ordinary = 0;
        int extension = 0;
        for (String id : spec.review()) {
            ordinary += step(id).days();
            extension += step(id).extension() == null ? 0 : step(id).extension();
        }
        int special = spec.special() == null ? 0 : step(spec.special()).days();
        values.put("days", ordinary);
        LocalDate filed = progress(a, spec.progress() == null ? null : spec.progress().filedOn());
        String where = r.route();
        if (filed == null) {
            LocalDate latest = days.latestStart(planned, ordinary + spec.bufferDays());
            LocalDate latestExtended = days.latestStart(planned, ordinary + extension + spec.bufferDays());
            milestones.add(milestone(r.route() + ":latest_special", Kind.LATEST_FILING, "latest_special",
                    days.latestStart(planned, ordinary + extension + special + spec.bufferDays()), cites(spec.special())));
            milestones.add(milestone(r.route() + ":latest_extended", Kind.LATEST_FILING, "latest_extended", latestExtended, cites(null)));
            milestones.add(milestone(r.route() + ":latest", Kind.LATEST_FILING, "latest", latest, cites(null)));
            values.put("latest", latest);
            values.put("end", days.plus(today, ordinary + spec.bufferDays()));
            // Filed today, does the review end in time? (Not "is today after the latest date": on a day off right after
            // it, filing still ends the review on the same working day.)
            if (done) {
                // Taken without a review filed: late whatever today is (the review comes before the step).
                warnings.add(warning(where + ":happened-unreviewed", r.route(), Level.LATE, "happened", values, at, r.cites()));
            } else if (planned.isBefore(today)) {
                warnings.add(warning(where + ":date-passed", r.route(), Level.LATE, "passed", values, at, r.cites()));
            } else if (days.plus(today, ordinary + spec.bufferDays()).isAfter(planned)) {
                warnings.add(warning(where + ":too-late", r.route(), Level.LATE, "late", values, at, r.cites()));
            } else if (days.plus(today, ordinary + extension + spec.bufferDays()).isAfter(planned)) {
                warnings.add(warning(where + ":no-room-for-extension", r.route(), Level.TIGHT, "tight", values, at, r.cites()));
            }
        } else {
            LocalDate[] ends = forward(a, filed, today, milestones, r.route());
            values.put("filed", filed);
            values.put("end", ends[0]);
            values.put("end_extended", ends[1]);
            if (ends[0].isAfter(planned)) {
                warnings.add(warning(where + ":too-late", r.route(), Level.LATE, "late_filed", values, at, r.cites()));
            } else if (ends[1].isAfter(planned)) {
                warnings.add(warning(where + ":no-room-for-extension", r.route(), Level.TIGHT, "tight_filed", values, at, r.cites()));
            }
        }
        milestones.add(new Milestone(r.route() + ":planned", Kind.PLANNED, done ? r.happenedName() : r.plannedName(), planned, r.cites(),
                !days.covers(planned)));
        for (PackageSpec.AfterStep s : r.after()) {
            // An unknown fact keeps the duty in the plan: unknown is never "no".
            if (s.onlyIf() == null || !isKnownFalse(a, s.onlyIf())) {
                LocalDate due = days.plus(planned, s.days());
                milestones.add(new Milestone(r.route() + ":" + s.id(), Kind.AFTER_PLANNED, s.name(), due, s.cites(), !days.covers(due)));
            }
        }
        milestones.sort(Comparator.comparing(Milestone::date));
        if (milestones.stream().anyMatch(Milestone::weekdaysOnly)) {
            warnings.add(warning(where + ":weekdays-only", r.route(), Level.ASSUMPTION, "weekdays", values, at, List.of()));
        }
        return new FilingPlan.RoutePlan(r.route(), d.determination().title(), planned, filed != null, List.copyOf(milestones));
    }

    /**
     * The review already filed on {@code filed}, step by step: a notice of review starts its step on the notice's
     * date; time between a request for supplementary materials and their provision is not counted (up to today
     * while they are still awaited). Returns the last step's end on the ordinary path and with the extension.
     */
    private LocalDate[] forward(Assessment a, LocalDate filed, LocalDate today, List<Milestone> milestones, String route) {
        PackageSpec.Progress p = spec.progress();
        LocalDate notice = progress(a, p.noticeOn());
        LocalDate requested = progress(a, p.supplementRequestedOn());
        LocalDate provided = progress(a, p.supplementProvidedOn());
        int pause = requested == null ? 0 : days.between(requested, provided != null ? provided : today);
        LocalDate end = filed;
        LocalDate endExtended = filed;
        // The pause moves the end of the step running when the materials were asked for, and so every later step.
        boolean paused = false;
        boolean pausedExtended = false;
        for (String id : spec.review()) {
            PackageSpec.Step s = step(id);
            if (notice != null && id.equals(p.noticeStarts())) {
                end = notice;
                endExtended = notice;
            }
            end = days.plus(end, s.days());
            endExtended = days.plus(endExtended, s.days() + (s.extension() == null ? 0 : s.extension()));
            if (requested != null && !paused && end.isAfter(requested)) {
                end = days.plus(end, pause);
                paused = true;
            }
            if (requested != null && !pausedExtended && endExtended.isAfter(requested)) {
                endExtended = days.plus(endExtended, pause);
                pausedExtended = true;
            }
            milestones.add(new Milestone(route + ":" + id, Kind.REVIEW_STEP, s.name(), end, s.cites(), !days.covers(end)));
        }
        return new LocalDate[] {end, endExtended};
    }

    private Milestone milestone(String id, Kind kind, String wordingKey, LocalDate date, List<String> cites) {
        return new Milestone(id, kind, spec.wording().getOrDefault(wordingKey, Text.both(wordingKey)), date, cites, !days.covers(date));
    }

    private List<String> cites(String stepId) {
        List<String> cites = new ArrayList<>();
        for (String id : spec.review()) {
            cites.addAll(step(id).cites());
        }
        if (stepId != null) {
            cites.addAll(step(stepId).cites());
        }
        cites.addAll(spec.bufferCites());
        return List.copyOf(new java.util.LinkedHashSet<>(cites));
    }

    private FilingPlan.Warning warning(String id, String route, Level level, String wordingKey, Map<String, Object> values, Location at,
            List<String> cites) {
        Text template = spec.wording().getOrDefault(wordingKey, Text.both(wordingKey));
        return new FilingPlan.Warning("plan:" + id, route, level, new Text(fill(template.zh(), values, Lang.ZH), fill(template.en(), values, Lang.EN)), at, cites);
    }

    /** The wording with its values; dates written as the language writes them (2027年3月1日, 1 March 2027). */
    private static String fill(String template, Map<String, Object> values, Lang lang) {
        if (template == null) {
            return null;
        }
        StringLookup lookup = key -> {
            Object v = values.get(key);
            return v instanceof LocalDate d ? AnswerWords.in(lang).date(d) : v == null ? null : v.toString();
        };
        return new StringSubstitutor(lookup).replace(template);
    }

    private PackageSpec.Step step(String id) {
        PackageSpec.Step s = steps.get(id);
        if (s == null) {
            throw new IllegalStateException("package.yaml: the plan names the timeline step '" + id + "', which does not exist");
        }
        return s;
    }

    private static DeterminationResult route(Assessment a, String id) {
        for (DeterminationResult d : a.determinations()) {
            if (d.determination().id().equals(id)) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate progress(Assessment a, String answerId) {
        return answerId == null ? null : date(a.answers().answers().get(answerId));
    }

    /** A date answer of this era (four-digit years only: LocalDate also reads -999999999-01-01), else none. */
    private static LocalDate date(Answer answer) {
        if (answer == null || !answer.status().isKnown() || answer.value() == null) {
            return null;
        }
        String text = String.valueOf(answer.value());
        if (!text.matches("[12]\\d{3}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isKnownFalse(Assessment a, String id) {
        for (ComputedValue c : a.computed()) {
            if (c.computed().id().equals(id)) {
                return c.state() == dev.csreview.assessment.FactState.KNOWN && !Boolean.TRUE.equals(c.value());
            }
        }
        Answer answer = a.answers().answers().get(id);
        return answer == null || answer.status().isKnown() && !Boolean.TRUE.equals(answer.value());
    }
}
