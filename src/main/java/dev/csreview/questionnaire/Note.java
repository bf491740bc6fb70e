package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;
import java.util.List;

/** An "also consider" note about a neighbouring duty, shown when {@code when} holds (or may hold). */
public record Note(String id, Expr when, Text title, Text text, List<Citation> cites, Location location) {}
