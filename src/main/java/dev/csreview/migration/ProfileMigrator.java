package dev.csreview.migration;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.Migration;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Versions;
import dev.csreview.yaml.YNode;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Decides what a profile's {@code version:} means for the questionnaire it is read with: current (nothing to do),
 * older with a chain of migrations (migrate), newer (P030) or older without one (P031), both errors: reading such
 * answers as if current could silently change what they mean.
 */
public final class ProfileMigrator {
    private ProfileMigrator() {}

    /**
     * The profile migrated to {@code q}'s version, or empty when it needs none (or cannot have one: errors in
     * {@code out}). A questionnaire without migrations keeps the old behaviour: a different version is a warning (P002).
     */
    public static Optional<AnswerMigration.Migrated> migrate(YNode root, Questionnaire q, Diagnostics out) {
        if (!(root instanceof YNode.Mapping m) || !(m.get("version") instanceof YNode.Scalar v) || v.isNull()) {
            return Optional.empty();
        }
        String version = v.text();
        if (version.isEmpty() || version.equals(q.version()) || !q.id().equals(idOf(m))) {
            return Optional.empty();
        }
        Location at = v.location();
        if (Versions.valid(version) && Versions.valid(q.version()) && Versions.compare(version, q.version()) > 0) {
            out.error(at, "P030", version, q.version());
            return Optional.empty();
        }
        if (q.migrations().isEmpty()) {
            out.warning(at, "P002", version, q.version());
            return Optional.empty();
        }
        List<Migration> chain = Versions.chain(q, version);
        if (chain.isEmpty()) {
            TreeSet<String> known = new TreeSet<>(Versions::compare);
            q.migrations().forEach(x -> known.add(x.from()));
            known.add(q.version());
            // "version: 2.0" is YAML's number 2.0: point at the version it shortens ("2.0.0"), the one to write.
            String shortened = version.replaceAll("(\\.0)+$", "");
            String meant = known.stream().filter(k -> !k.equals(version) && k.replaceAll("(\\.0)+$", "").equals(shortened)).findFirst()
                    .orElse(null);
            out.error(at, "P031", version, q.version(), String.join(", ", known), new dev.csreview.diagnostic.Diagnostic.Hint(meant));
            return Optional.empty();
        }
        return Optional.of(new AnswerMigration(chain, q.version()).apply(m, version, out));
    }

    private static String idOf(YNode.Mapping m) {
        return m.get("questionnaire") instanceof YNode.Scalar s ? s.text() : "";
    }
}
