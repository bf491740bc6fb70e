package dev.csreview.questionnaire;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The citations one questionnaire has rendered, format → citation ref → text: a batch renders the same few hundred
 * citations for every profile (a look-up builds only the short ref, no key of its own). Held by its
 * {@link Questionnaire}, so nothing is shared between questionnaires or outlives them; bounded for hostile files.
 * Not part of the questionnaire's value: any two caches are equal.
 */
public final class CitationCache {
    private static final int MAX_RENDERED = 10_000;

    private final Map<String, Map<String, String>> rendered = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    CitationCache() {}

    /** The text rendered before for this format and ref, or null. */
    String get(String format, String ref) {
        Map<String, String> byRef = rendered.get(format);
        return byRef == null ? null : byRef.get(ref);
    }

    void put(String format, String ref, String text) {
        // Counted only while there is room, so that the count cannot wrap around in a long hostile run.
        if (count.get() < MAX_RENDERED && count.incrementAndGet() <= MAX_RENDERED) {
            rendered.computeIfAbsent(format, f -> new ConcurrentHashMap<>()).put(ref, text);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CitationCache;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "CitationCache";
    }
}
