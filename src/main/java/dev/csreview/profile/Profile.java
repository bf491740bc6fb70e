package dev.csreview.profile;

import dev.csreview.migration.MigrationReport;
import java.util.List;
import java.util.Map;

/**
 * A company profile: the answers to one questionnaire, keyed by question id, as read from YAML.
 * {@code questionnaireVersion} is the version it was written for; {@code migration} says how its answers were read
 * under a later version (null when written for the current one); {@code history} what its {@code history:} block
 * records (when answers were given, under which version, and migrations).
 */
public record Profile(String questionnaireId, String questionnaireVersion, String sourceName, Map<String, Answer> answers,
        MigrationReport migration, List<HistoryEvent> history) {}
