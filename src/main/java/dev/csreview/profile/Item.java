package dev.csreview.profile;

import dev.csreview.diagnostic.Location;
import java.util.Map;

/** One record of a repeating group (e.g. one procurement item): its answers by field id. */
public record Item(int index, Location location, Map<String, Answer> answers) {

    public Answer answer(String fieldId) {
        return answers.getOrDefault(fieldId, Answer.missing());
    }
}
