package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;
import java.util.List;

/**
 * A review route (e.g. procurement by a CIIO). Its {@code cases} are tried in order; the first that holds
 * gives the outcome; {@code otherwise} applies when none does and every fact read was known.
 */
public record Determination(
        String id, Text title, Text description, List<Citation> cites, List<Case> cases, Case otherwise, Location location) {

    /** One possible conclusion with its condition and reason. */
    public record Case(Outcome outcome, Expr when, Text reason, List<Citation> cites, Location location) {}
}
