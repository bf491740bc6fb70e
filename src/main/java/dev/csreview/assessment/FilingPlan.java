package dev.csreview.assessment;

import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * When to file: for each route to be declared whose planned date is known, the latest filing dates that let the
 * review end before it (or, once filed, when each step of the review ends), the planned date and what follows it;
 * and the warnings where the plan cannot hold. Made by the planner from the package's data; empty when nothing is
 * planned.
 */
public record FilingPlan(LocalDate today, List<RoutePlan> routes, List<Warning> warnings) {
    public static final FilingPlan NONE = new FilingPlan(null, List.of(), List.of());

    public boolean isEmpty() {
        return routes.isEmpty() && warnings.isEmpty();
    }

    /** The earliest date of the plan on or after today (a step to take or a deadline), if any. */
    public LocalDate nextDate() {
        LocalDate next = null;
        for (RoutePlan r : routes) {
            for (Milestone m : r.milestones()) {
                if (today != null && !m.date().isBefore(today) && (next == null || m.date().isBefore(next))) {
                    next = m.date();
                }
            }
        }
        return next;
    }

    /** One route's plan, its milestones in date order; {@code filed}: counted forward from a filing already made. */
    public record RoutePlan(String route, Text routeTitle, LocalDate planned, boolean filed, List<Milestone> milestones) {}

    /** A date of the plan with what it is, the articles it rests on, and whether weekdays alone gave it. */
    public record Milestone(String id, Kind kind, Text name, LocalDate date, List<String> cites, boolean weekdaysOnly) {}

    /** What a milestone is. */
    public enum Kind {
        /** The latest date to file so that the review ends in time on one path (ordinary, extended, special). */
        LATEST_FILING,
        /** The end of a step of a review already filed. */
        REVIEW_STEP,
        /** The planned date itself (the overseas application, the contract). */
        PLANNED,
        /** A duty counted from the planned date (the CSRC filing). */
        AFTER_PLANNED
    }

    /** A plan that cannot hold, or rests on assumptions: what, where in the profile, and why. */
    public record Warning(String id, String route, Level level, Text message, Location location, List<String> cites) {}

    /** How serious a warning is: the plan fails, holds only on the best path, or rests on weekdays alone. */
    public enum Level {
        LATE,
        TIGHT,
        ASSUMPTION
    }
}
