package dev.csreview.run;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The history run without the command line: events in order, each answer with the event that gave it. */
class HistoryRunTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private HistoryRun.Summary history(Path... profiles) {
        return new HistoryRun(RunContext.of(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true))
                .run(new HistoryRun.Request(List.of(profiles), false, List.of(), Lang.EN));
    }

    @Test
    void an_old_profile_says_it_is_read_through_the_migration_and_after_migrate_records_it() throws IOException {
        Path p = Files.copy(Path.of("src/test/resources/versions/samples-1.0.0/us-listing-platform.yaml"), tmp.resolve("p.yaml"));
        assertThat(history(p).invalid()).isFalse();
        assertThat(out.toString()).startsWith(p + " · cybersecurity-review-2022 2.0.0 (written for 1.0.0, read through the migration;")
                .contains("  no history recorded\n").contains("    company_name  ").contains("under 1.0.0, date not recorded\n");
        new MigrateRun(RunContext.of(Map.of()), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .run(new MigrateRun.Request(List.of(p), false, null, List.of(), true, false, LocalDate.of(2026, 1, 15), Lang.EN));
        out.getBuffer().setLength(0);
        history(p);
        assertThat(out.toString()).startsWith(p + " · cybersecurity-review-2022 2.0.0\n  2026-01-15  migrated 1.0.0 → 2.0.0\n")
                .doesNotContain("written for").contains("under 1.0.0, date not recorded\n");
    }

    @Test
    void a_profile_that_does_not_read_makes_the_run_invalid_and_the_others_are_still_told() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "questionnaire: cybersecurity-review-2022\nanswers: [\n");
        HistoryRun.Summary s = history(bad, Path.of("samples/us-listing-platform.yaml"));
        assertThat(s.invalid()).isTrue();
        assertThat(err.toString()).contains(bad + ":");
        assertThat(out.toString()).startsWith("samples/us-listing-platform.yaml · ").doesNotContain(bad.toString());
    }
}
