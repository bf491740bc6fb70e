package dev.csreview.gate;

/**
 * A finding whose level differs from the baseline; {@code worse} when it moved towards declaring or up a level.
 * Two ids are about the profile itself: {@link #MOVED} (before and after are the old and new paths) and
 * {@link #VANISHED} (in the baseline, not in this run; after is null).
 */
public record Change(String profile, String id, String before, String after, boolean worse) {
    public static final String MOVED = "profile:moved";
    public static final String VANISHED = "profile:vanished";
}
