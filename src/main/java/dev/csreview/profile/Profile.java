package dev.csreview.profile;

import java.util.Map;

/** A company profile: the answers to one questionnaire, keyed by question id, as read from YAML. */
public record Profile(String questionnaireId, String questionnaireVersion, String sourceName, Map<String, Answer> answers) {}
