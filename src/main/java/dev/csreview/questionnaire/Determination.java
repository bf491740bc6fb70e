package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;
import java.util.List;

/**
 * A review route (e.g. procurement by a CIIO). Its {@code cases} are tried in order; the first that holds
 * gives the outcome; {@code otherwise} applies when none does and every fact read was known.
 */
public record Determination(
        String id, Text title, Text description, List<Citation> cites, List<Case> cases, Case otherwise, Location location) {

    /**
     * One possible conclusion with its condition and reason. The reason is written for the case deciding, i.e. for
     * every case above it having failed ("an item outside the CII…"), unless {@code standsAlone}: it then rests on
     * {@code when} alone and may be shown while a case above is still open.
     */
    public record Case(Outcome outcome, Expr when, Text reason, List<Citation> cites, boolean standsAlone, Location location) {
        public Case(Outcome outcome, Expr when, Text reason, List<Citation> cites, Location location) {
            this(outcome, when, reason, cites, false, location);
        }
    }
}
