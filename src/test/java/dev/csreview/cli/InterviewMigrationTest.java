package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session or profile saved under 1.0.0, resumed under 2.0.0: only the new and changed questions, then the review. */
class InterviewMigrationTest {
    /** Enter keeps a current answer and leaves an optional new one open; the last Enter finishes on the review. */
    private static final String KEEP = "\n".repeat(40);

    @TempDir
    Path tmp;

    private Path oldSample(String name) throws IOException {
        Path p = tmp.resolve(name);
        Files.copy(MigrateCommandTest.OLD_SAMPLES.resolve("us-listing-platform.yaml"), p);
        return p;
    }

    /** The step counters ("12/44") of the questions asked before the first review. */
    private static List<String> askedBeforeReview(String screen) {
        String before = screen.substring(0, screen.indexOf("── Review ──"));
        Matcher m = Pattern.compile("── \\d/\\d [^\\n]*· (\\d+)/\\d+ ──").matcher(before);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void resuming_a_1_0_0_session_asks_only_the_new_and_changed_questions() throws IOException {
        Path session = oldSample("session.yaml");
        // The seven changed answers kept, then the first new question (the credit code) answered.
        String input = "\n".repeat(7) + "91310000MA1234567X\n" + KEEP;
        InterviewCommandTest.Run r = InterviewCommandTest.interview(input, "--lang", "en", "--plain", "--session", session.toString(), "--resume",
                "--out", tmp.resolve("out").toString(), "--date", "2026-01-15");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Answered under version 1.0.0; the questionnaire is now version 2.0.0.");
        // Changed: persons, sensitive persons, important and core data, the listing's three; new: the form's fields
        // and the review's dates. Not asked again: the 24 answers whose meaning did not change.
        assertThat(askedBeforeReview(r.err())).containsExactly("12", "16", "17", "18", "24", "25", "26",
                "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44");
        assertThat(r.err()).doesNotContain("Current answer: 3200000");
        String saved = Files.readString(session, StandardCharsets.UTF_8);
        assertThat(saved).contains("version: \"2.0.0\"").contains("listing_venue: \"us\"").contains("users_registered: 3200000");
        CliTest.Run assessed = CliTest.run("assess", session.toString());
        assertThat(assessed.out()).doesNotContain("read through the migration").contains("MUST DECLARE");
        // The session's history: the migration, then what was answered (or confirmed) under 2.0.0, on the run's date.
        assertThat(saved).contains("history:\n  - {on: \"2026-01-15\", version: \"2.0.0\", event: migrated, from: \"1.0.0\"}\n"
                + "  - {on: \"2026-01-15\", version: \"2.0.0\", event: answered, questions: [credit_code]}\n");
        CliTest.Run history = CliTest.run("history", session.toString());
        assertThat(history.out()).containsPattern("credit_code +2026-01-15, under 2.0.0")
                .containsPattern("users_registered +under 1.0.0, date not recorded");
    }

    @Test
    void update_asks_the_same_and_keeps_the_profile_as_written_beside_it() throws IOException {
        Path profile = oldSample("client.yaml");
        String written = Files.readString(profile, StandardCharsets.UTF_8);
        InterviewCommandTest.Run r = InterviewCommandTest.interview(KEEP, "--lang", "en", "--plain", "--update", profile.toString(),
                "--out", tmp.resolve("out").toString(), "--date", "2026-01-15");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(askedBeforeReview(r.err())).hasSize(20);
        assertThat(r.err()).contains("The profile as you wrote it is kept as " + profile + ".bak");
        assertThat(tmp.resolve("client.yaml.bak")).hasContent(written);
        assertThat(Files.readString(profile, StandardCharsets.UTF_8)).contains("version: \"2.0.0\"");
    }

    @Test
    void update_of_a_missing_profile_is_a_usage_error() {
        InterviewCommandTest.Run r = InterviewCommandTest.interview("", "--update", tmp.resolve("none.yaml").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--update: no profile");
    }
}
