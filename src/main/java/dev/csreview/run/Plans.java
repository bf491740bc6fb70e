package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.batch.BatchAssessor;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.plan.FilingPlanner;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.report.PackageSpec;
import dev.csreview.report.TemplateSource;
import dev.csreview.yaml.YNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Filing plans for a run: one planner per questionnaire, from its package.yaml (built-in, or --templates), loaded
 * once when the questionnaire is first used (so a broken package.yaml is reported before any assessment) and shared
 * by a batch's workers; a profile whose routes are all "not triggered" is not planned.
 */
public final class Plans {
    private final Path templates;
    private final LocalDate today;
    private final Map<String, Optional<FilingPlanner>> planners = new HashMap<>();

    public Plans(Path templates, LocalDate today) {
        this.templates = templates;
        this.today = today;
    }

    /** The assessment with its filing plan for the run's day. */
    public Assessment planned(Assessment a) throws InvalidInputException {
        if (a.worstOutcome() == Outcome.NOT_TRIGGERED) {
            return a;
        }
        Optional<FilingPlanner> planner = planner(a.questionnaire().id());
        return planner.isEmpty() ? a : a.withPlan(planner.get().plan(a, today));
    }

    /** A batch source whose assessments carry their plans; a broken package.yaml is reported once per profile. */
    public BatchAssessor.Source around(BatchAssessor.Source source) {
        return new BatchAssessor.Source() {
            @Override
            public byte[] read(Path file) throws InvalidInputException {
                return source.read(file);
            }

            @Override
            public Questionnaire questionnaire(Optional<YNode.Scalar> named) throws InvalidInputException {
                Questionnaire q = source.questionnaire(named);
                planner(q.id()); // a broken package.yaml is the profile's error, before it is assessed
                return q;
            }

            @Override
            public Assessment planned(Assessment a) {
                try {
                    return Plans.this.planned(a);
                } catch (InvalidInputException e) {
                    throw new IllegalStateException(e); // checked in questionnaire() before: cannot happen
                }
            }
        };
    }

    private synchronized Optional<FilingPlanner> planner(String questionnaireId) throws InvalidInputException {
        Optional<FilingPlanner> cached = planners.get(questionnaireId);
        if (cached != null) {
            return cached;
        }
        TemplateSource source = new TemplateSource(questionnaireId, templates);
        PackageSpec spec = PackageSpec.read(source).orElse(null);
        Optional<FilingPlanner> planner = spec == null || spec.plan() == null ? Optional.empty()
                : Optional.of(new FilingPlanner(spec, ChinaWorkingDays.builtin()));
        planners.put(questionnaireId, planner);
        return planner;
    }
}
