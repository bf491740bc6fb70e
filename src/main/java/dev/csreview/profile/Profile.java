package dev.csreview.profile;

import dev.csreview.migration.MigrationReport;
import java.util.Map;

/**
 * A company profile: the answers to one questionnaire, keyed by question id, as read from YAML.
 * {@code questionnaireVersion} is the version it was written for; {@code migration} says how its answers were read
 * under a later version (null when written for the current one).
 */
public record Profile(String questionnaireId, String questionnaireVersion, String sourceName, Map<String, Answer> answers,
        MigrationReport migration) {}
