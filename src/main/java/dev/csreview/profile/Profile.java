package dev.csreview.profile;

import dev.csreview.diagnostic.Location;
import dev.csreview.migration.MigrationReport;
import java.util.List;
import java.util.Map;

/**
 * A company profile: the answers to one questionnaire, keyed by question id, as read from YAML.
 * {@code questionnaireVersion} is the version it was written for; {@code migration} says how its answers were read
 * under a later version (null when written for the current one); {@code history} what its {@code history:} block
 * records (when answers were given, under which version, and migrations); {@code evidence} where the facts behind the
 * answers come from (keyed by the same ids; empty when the profile gives none).
 */
public record Profile(String questionnaireId, String questionnaireVersion, String sourceName, Map<String, Answer> answers,
        MigrationReport migration, List<HistoryEvent> history, Map<String, Evidence> evidence, Location answersAt) {

    /** {@code answersAt}: the {@code answers:} key (else the top of the file), where a missing answer is reported. */
    public Profile(String questionnaireId, String questionnaireVersion, String sourceName, Map<String, Answer> answers,
            MigrationReport migration, List<HistoryEvent> history, Map<String, Evidence> evidence) {
        this(questionnaireId, questionnaireVersion, sourceName, answers, migration, history, evidence, Location.of(sourceName));
    }

    public Profile(String questionnaireId, String questionnaireVersion, String sourceName, Map<String, Answer> answers,
            MigrationReport migration, List<HistoryEvent> history) {
        this(questionnaireId, questionnaireVersion, sourceName, answers, migration, history, Map.of());
    }
}
