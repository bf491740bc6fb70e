package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;
import java.util.List;
import java.util.Map;

/**
 * How answers given under an earlier version {@code from} read under the later version {@code to}: the changes, in
 * order. Data, like the rest of the reading; the engine only applies them (see {@code dev.csreview.migration}).
 */
public record Migration(String from, String to, Text summary, List<Change> changes, Location location) {

    /** What one change does to a profile's answers. */
    public enum Kind {
        /** A question that did not exist: asked, nothing to carry over. */
        NEW,
        /** Same id, but what the answer means (or what it leads to) changed: shown for review. */
        CHANGED,
        /** The question's id changed; the answer moves to {@code to}. */
        RENAME,
        /** Choice ids of {@code question} changed: {@code map} old → new (several old may map to one new). */
        CHOICES,
        /** The question is gone; its answer is kept aside (commented out by migrate), never silently lost. */
        DROP,
        /** One answer becomes several: each question in {@code into} gets the old answer. */
        SPLIT,
        /** Several answers become one ({@code to}): the first answered of {@code from} in order, others shown. */
        MERGE
    }

    /**
     * One change. {@code question} is the id it is about as the previous changes left it ({@code from} for a merge,
     * {@code into} for a split); {@code why} is what the user is told.
     */
    public record Change(Kind kind, String question, String to, Map<String, String> map, List<String> ids, Text why,
            Location location, Map<String, Location> at) {

        /** Where a part of the change ({@code to}, {@code map}, a choice in it) was written, else the change itself. */
        public Location at(String part) {
            return at.getOrDefault(part, location);
        }
    }
}
