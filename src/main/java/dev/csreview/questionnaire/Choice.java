package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;

/** One option of a single- or multiple-choice question. */
public record Choice(String id, Text text, Text help, Location location) {}
