package dev.csreview.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.questionnaire.MigrationChecks;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import dev.csreview.questionnaire.Versions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The archived versions of the built-in questionnaires: loadable, older, and migrated to the current one with nothing lost. */
class VersionsTest {
    static List<Path> archived() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("questionnaires/versions"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void every_archived_version_is_migrated_to_the_current_one_without_losing_an_id() throws Exception {
        assertThat(archived()).isNotEmpty();
        for (Path file : archived()) {
            Questionnaire old = new QuestionnaireLoader().load(file.toString(), Files.readAllBytes(file)).questionnaire();
            assertThat(file.getFileName().toString()).isEqualTo(old.id() + "-" + old.version() + ".yaml");
            Questionnaire current = Builtin.loadedInFull(old.id()).questionnaire();
            assertThat(Versions.compare(old.version(), current.version())).as(file.toString()).isNegative();
            assertThat(Versions.chain(current, old.version())).as(file.toString()).isNotEmpty();
            Diagnostics out = new Diagnostics();
            MigrationChecks.againstPrevious(old, current, out);
            assertThat(out.list()).as(file.toString()).isEmpty();
        }
    }

    @Test
    void an_archived_version_loads_by_id_at_version_and_is_not_the_default() throws Exception {
        QuestionnaireCatalog catalog = new QuestionnaireCatalog();
        assertThat(catalog.has("cybersecurity-review-2022@1.0.0")).isTrue();
        assertThat(catalog.has("cybersecurity-review-2022@9.9.9")).isFalse();
        assertThat(catalog.has("cybersecurity-review-2022@../catalog")).isFalse();
        assertThat(catalog.ids()).noneMatch(id -> id.contains("@"));
        Questionnaire old = catalog.load("cybersecurity-review-2022@1.0.0", new QuestionnaireLoader()).questionnaire();
        assertThat(old.version()).isEqualTo("1.0.0");
        assertThat(Builtin.questionnaire(Builtin.FINAL).version()).isEqualTo("2.0.0");
    }
}
