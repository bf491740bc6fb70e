package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;
import java.util.List;

/** A titled part of the questionnaire, asked in order. */
public record Section(String id, Text title, Text intro, Expr when, List<Question> questions, Location location) {}
