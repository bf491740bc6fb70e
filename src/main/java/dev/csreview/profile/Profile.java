package dev.csreview.profile;

import java.util.Map;

/**
 * A company profile: the answers to one questionnaire, keyed by question id, as read from YAML, and where the facts
 * behind them come from ({@code evidence}, keyed by the same ids; empty when the profile gives none).
 */
public record Profile(String questionnaireId, String questionnaireVersion, String sourceName, Map<String, Answer> answers,
        Map<String, Evidence> evidence) {

    public Profile(String questionnaireId, String questionnaireVersion, String sourceName, Map<String, Answer> answers) {
        this(questionnaireId, questionnaireVersion, sourceName, answers, Map.of());
    }
}
