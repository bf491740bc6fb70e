package dev.csreview.output;

import dev.csreview.diagnostic.Location;

/**
 * One result a CI system can show: a route's outcome or a factor's level for one profile, with a stable id
 * (for baselines and waivers), a severity, a message and where in the profile it comes from.
 */
public record Finding(
        String profile, String id, String kind, String level, Severity severity, String title, String message, String cites, Location location, String waiver,
        String subject) {

    /** A finding whose subject (what it is about, without its level) is its title. */
    public Finding(String profile, String id, String kind, String level, Severity severity, String title, String message, String cites, Location location,
            String waiver) {
        this(profile, id, kind, level, severity, title, message, cites, location, waiver, title);
    }

    /** The same finding, marked as accepted by a waiver (reason, owner, expiry). */
    public Finding waived(String note) {
        return new Finding(profile, id, kind, level, severity, title, message, cites, location, note, subject);
    }

    public boolean isWaived() {
        return waiver != null;
    }

    /** How CI systems should treat a finding. */
    public enum Severity {
        ERROR,
        WARNING,
        NOTE,
        NONE
    }
}
