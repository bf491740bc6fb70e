package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles answered against the built-in 1.0.0: the samples as they stood when 2.0.0 was made
 * (src/test/resources/versions/samples-1.0.0) are migrated, assessed, and refused by --strict-version.
 */
class MigrateCommandTest {
    static final Path OLD_SAMPLES = Path.of("src/test/resources/versions/samples-1.0.0");

    @TempDir
    Path tmp;

    private List<Path> copyOfOldSamples() throws IOException {
        try (Stream<Path> s = Files.list(OLD_SAMPLES)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            for (Path f : files) {
                Files.copy(f, tmp.resolve(f.getFileName()));
            }
            return files.stream().map(f -> tmp.resolve(f.getFileName())).toList();
        }
    }

    @Test
    void every_old_sample_migrates_assesses_without_error_and_lists_its_new_questions() throws IOException {
        List<Path> files = copyOfOldSamples();
        assertThat(files).hasSizeGreaterThanOrEqualTo(13);
        CliTest.Run run = CliTest.run("migrate", "--date", "2026-01-15", tmp.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        for (Path f : files) {
            String before = Files.readString(OLD_SAMPLES.resolve(f.getFileName()), StandardCharsets.UTF_8);
            String after = Files.readString(f, StandardCharsets.UTF_8);
            // Only the version line changes, and the history records the migration: comments, order and quoting are the user's.
            assertThat(after).isEqualTo(before.replace("version: \"1.0.0\"", "version: \"2.0.0\"")
                    + "history:\n  - {on: \"2026-01-15\", version: \"2.0.0\", event: migrated, from: \"1.0.0\"}\n");
            assertThat(tmp.resolve(f.getFileName() + ".bak")).hasContent(before);
            assertThat(run.out()).contains(f + ": 1.0.0 → 2.0.0");
            CliTest.Run assessed = CliTest.run("assess", f.toString());
            assertThat(assessed.code()).as(f + "\n" + assessed.err()).isZero();
            assertThat(assessed.out()).doesNotContain("read through the migration");
        }
        // Each profile lists its new questions: the form's fields at least (optional, asked of everyone who files).
        assertThat(run.out().split("New questions to answer: ", -1)).hasSize(files.size() + 1);
        assertThat(run.out()).contains("credit_code — Unified social credit code");
        assertThat(run.out()).contains("changed listing_venue: us");
    }

    @Test
    void assess_reads_an_old_profile_through_the_migration_and_says_so_first() throws IOException {
        Path f = copyOfOldSamples().get(0);
        CliTest.Run run = CliTest.run("assess", f.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .startsWith("Answers written for version 1.0.0, read through the migration to 2.0.0:");
        CliTest.Run json = CliTest.run("assess", "--format", "json", f.toString());
        assertThat(json.out()).contains("\"migration\" : {").contains("\"from\" : \"1.0.0\"");
        CliTest.Run validated = CliTest.run("validate", "--strict", f.toString());
        assertThat(validated.code()).isEqualTo(2);
        assertThat(validated.err()).contains(f + ":6:10: warning[P036] written for version 1.0.0; read through the migration to 2.0.0");
        CliTest.Run strict = CliTest.run("assess", "--strict-version", f.toString());
        assertThat(strict.code()).isEqualTo(2);
        assertThat(strict.err()).contains(f + ":6:10: error[P033]");
        assertThat(strict.out()).isEmpty();
    }

    @Test
    void in_place_keeps_no_backup_and_a_second_run_has_nothing_to_do() throws IOException {
        Path f = copyOfOldSamples().get(1);
        assertThat(CliTest.run("migrate", "--in-place", f.toString()).code()).isZero();
        assertThat(tmp.resolve(f.getFileName() + ".bak")).doesNotExist();
        CliTest.Run again = CliTest.run("migrate", f.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("already at version 2.0.0");
    }

    @Test
    void validate_previous_finds_a_published_question_that_disappears_without_a_migration() throws IOException {
        CliTest.Run ok = CliTest.run("validate", "--previous", "cybersecurity-review-2022@1.0.0", "questionnaires/cybersecurity-review-2022.yaml");
        assertThat(ok.code()).as(ok.err()).isZero();
        Path edited = tmp.resolve("q.yaml");
        Files.writeString(edited, Files.readString(Path.of("questionnaires/cybersecurity-review-2022.yaml"))
                .replace("- id: count_method", "- id: counting_method"));
        CliTest.Run lost = CliTest.run("validate", "--previous", "cybersecurity-review-2022@1.0.0", edited.toString());
        assertThat(lost.code()).isEqualTo(2);
        assertThat(lost.err()).contains("error[Q120] question 'count_method' of version 1.0.0 is gone from version 2.0.0")
                .contains("warning[Q122] question 'counting_method' is new in version 2.0.0");
    }

    @Test
    void history_shows_when_each_answer_was_given_and_under_which_version() throws IOException {
        Path f = copyOfOldSamples().get(0);
        assertThat(CliTest.run("history", f.toString()).out()).contains("written for 1.0.0, read through the migration")
                .contains("no history recorded").contains("company_name").contains("under 1.0.0, date not recorded");
        assertThat(CliTest.run("migrate", "--in-place", "--date", "2026-01-15", f.toString()).code()).isZero();
        // A second migration entry goes under the first, in the same block.
        Files.writeString(f, Files.readString(f).replace("\nversion: \"2.0.0\"", "\nversion: \"1.0.0\""));
        assertThat(CliTest.run("migrate", "--in-place", "--date", "2026-02-01", f.toString()).code()).isZero();
        assertThat(Files.readString(f)).endsWith("""
                history:
                  - {on: "2026-01-15", version: "2.0.0", event: migrated, from: "1.0.0"}
                  - {on: "2026-02-01", version: "2.0.0", event: migrated, from: "1.0.0"}
                """);
        CliTest.Run shown = CliTest.run("history", f.toString());
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("  2026-01-15  migrated 1.0.0 → 2.0.0\n  2026-02-01  migrated 1.0.0 → 2.0.0\n")
                .doesNotContain("read through the migration");
    }

    @Test
    void a_profile_newer_than_the_questionnaire_is_refused_with_its_location() throws IOException {
        Path f = copyOfOldSamples().get(2);
        Files.writeString(f, Files.readString(f).replace("version: \"1.0.0\"", "version: \"2.1.0\""));
        CliTest.Run run = CliTest.run("migrate", f.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(f.toString()) + ":\\d+:10: error\\[P030\\]");
        assertThat(tmp.resolve(f.getFileName() + ".bak")).doesNotExist();
    }
}
