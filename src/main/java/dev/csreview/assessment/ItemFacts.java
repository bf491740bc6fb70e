package dev.csreview.assessment;

import dev.csreview.diagnostic.Location;
import java.util.Map;

/** The resolved facts of one group item. */
public record ItemFacts(String group, int index, String label, Location location, Map<String, Fact> facts) {}
