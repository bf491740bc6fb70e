package dev.csreview.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csreview.questionnaire.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrate run without the command line: what --dry-run and --in-place leave on disk, and what the summary says. */
class MigrateRunTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A profile written for the built-in 1.0.0 (the samples as they stood when 2.0.0 was made). */
    private static final Path OLD = Path.of("src/test/resources/versions/samples-1.0.0/us-listing-platform.yaml");

    private MigrateRun.Summary migrate(Path profile, boolean inPlace, boolean dryRun) throws IOException {
        MigrateRun.Request r = new MigrateRun.Request(List.of(profile), false, null, List.of(), inPlace, dryRun, LocalDate.of(2026, 1, 15), Lang.EN);
        return new MigrateRun(RunContext.of(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true)).run(r);
    }

    private Path oldProfile() throws IOException {
        return Files.copy(OLD, tmp.resolve("profile.yaml"));
    }

    @Test
    void a_dry_run_says_what_would_change_and_writes_nothing() throws IOException {
        Path p = oldProfile();
        MigrateRun.Summary s = migrate(p, false, true);
        assertThat(s.invalid()).isFalse();
        assertThat(s.written()).isEmpty();
        assertThat(s.backups()).isEmpty();
        assertThat(p).hasSameBinaryContentAs(OLD);
        assertThat(Files.exists(tmp.resolve("profile.yaml.bak"))).isFalse();
        assertThat(out.toString()).startsWith(p + ": 1.0.0 → 2.0.0 (dry run: nothing written)\n").contains("New questions to answer: ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void by_default_the_profile_is_rewritten_and_the_old_file_kept_beside_it() throws IOException {
        Path p = oldProfile();
        MigrateRun.Summary s = migrate(p, false, false);
        Path bak = tmp.resolve("profile.yaml.bak");
        assertThat(s.invalid()).isFalse();
        assertThat(s.written()).containsExactly(p);
        assertThat(s.backups()).containsExactly(bak);
        assertThat(bak).hasSameBinaryContentAs(OLD);
        assertThat(p).content().contains("version: \"2.0.0\"")
                .endsWith("history:\n  - {on: \"2026-01-15\", version: \"2.0.0\", event: migrated, from: \"1.0.0\"}\n");
        assertThat(out.toString()).contains(p + ": 1.0.0 → 2.0.0 (the old file is " + bak + ")\n");
    }

    @Test
    void in_place_keeps_no_backup_and_a_second_run_has_nothing_to_do() throws IOException {
        Path p = oldProfile();
        MigrateRun.Summary s = migrate(p, true, false);
        assertThat(s.written()).containsExactly(p);
        assertThat(s.backups()).isEmpty();
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(p);
        }
        byte[] migrated = Files.readAllBytes(p);
        out.getBuffer().setLength(0);
        MigrateRun.Summary again = migrate(p, true, false);
        assertThat(again.invalid()).isFalse();
        assertThat(again.written()).isEmpty();
        assertThat(out.toString()).isEqualTo(p + ": already at version 2.0.0, nothing to do\n");
        assertThat(p).hasBinaryContent(migrated);
    }

    @Test
    void a_profile_that_does_not_read_is_invalid_and_left_as_it_is() throws IOException {
        Path p = Files.writeString(tmp.resolve("bad.yaml"), "questionnaire: cybersecurity-review\nanswers: [\n");
        MigrateRun.Summary s = migrate(p, false, false);
        assertThat(s.invalid()).isTrue();
        assertThat(s.written()).isEmpty();
        assertThat(err.toString()).contains(p + ":");
        assertThat(p).hasContent("questionnaire: cybersecurity-review\nanswers: [\n");
    }

    @Test
    void a_missing_file_stops_the_run_before_any_profile_with_its_diagnostic() {
        Path missing = tmp.resolve("none.yaml");
        assertThatThrownBy(() -> migrate(missing, false, false)).isInstanceOfSatisfying(RunException.class, e -> {
            assertThat(e.status()).isEqualTo(RunException.Status.INVALID);
            assertThat(e.getMessage()).isNull();
        });
        assertThat(err.toString()).contains("error[F003]");
    }
}
