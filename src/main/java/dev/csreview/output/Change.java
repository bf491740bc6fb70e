package dev.csreview.output;

/** A finding whose level differs from the baseline; {@code worse} when it moved towards declaring or up a level. */
public record Change(String profile, String id, String before, String after, boolean worse) {}
