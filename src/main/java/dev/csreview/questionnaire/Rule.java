package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;
import java.util.List;

/**
 * A scoring rule: when {@code when} holds, add {@code points} to {@code factor}, because of {@code why}.
 * With {@code forEach} it is tried once per item of that group and each hit names the item.
 */
public record Rule(String id, String factor, String forEach, Expr when, int points, Text why, List<Citation> cites, Location location) {}
