package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command layer's contract for usage mistakes, found by a review: every command checks its options alike, a
 * mistake the user can fix is exit 2 naming what to fix (never a silent 0, never exit 3), in both languages.
 */
class CommandLayerTest {
    @TempDir
    Path tmp;

    private static final Path US = Path.of("samples/us-listing-platform.yaml");

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    private Path copy(Path sample, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(sample, to);
    }

    private Path write(Path to, String text) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.writeString(to, text, StandardCharsets.UTF_8);
    }

    /** Item 1: the README's CI layout keeps waivers.yaml beside the profiles it waives. */
    @Test
    void files_named_by_options_are_not_profiles_of_the_folder() throws IOException {
        Path dir = tmp.resolve("compliance");
        copy(US, dir.resolve("profile.yaml"));
        Path waivers = write(dir.resolve("waivers.yaml"), """
                waivers:
                  - id: route:art7_listing_abroad
                    reason: declared
                    owner: legal@example.com
                    expires: 2099-01-01
                """);
        CliTest.Run r = run("assess", "--date", "2026-06-01", "--waivers", waivers.toString(), "--fail-on", "must-declare", dir.toString());
        assertThat(r.err()).doesNotContain("S003");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsOnlyOnce("Profile:");
        // As a shell glob (the GitLab template's compliance/*.yaml) names them: the same.
        CliTest.Run glob = run("assess", "--date", "2026-06-01", "--waivers", waivers.toString(), "--fail-on", "must-declare",
                dir.resolve("profile.yaml").toString(), dir.resolve("./waivers.yaml").toString());
        assertThat(glob.code()).as(glob.err()).isZero();
    }

    /** Item 2: github annotations inside JSON (or JUnit, SARIF) on standard output break it; text and github share it by design. */
    @Test
    void formats_that_would_mix_on_standard_output_are_refused() {
        CliTest.Run r = run("assess", "--format", "json,github", US.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--output-dir");
        assertThat(r.out()).isEmpty();
        CliTest.Run zh = run("--lang", "zh", "assess", "--format", "sarif,github", US.toString());
        assertThat(zh.code()).isEqualTo(2);
        assertThat(zh.err()).contains("标准输出");
        assertThat(run("assess", "--format", "text,github", US.toString()).code()).isNotEqualTo(2);
    }

    /** Item 3: every text|json --format is checked, in every command, as assess checks its own. */
    @Test
    void every_text_or_json_format_is_checked() {
        CliTest.Run timeline = run("timeline", "--format", "xml", US.toString());
        assertThat(timeline.code()).isEqualTo(2);
        assertThat(timeline.err()).contains("'xml'");
        assertThat(run("diff", "--format", "yaml", "a.json", "b.json").code()).isEqualTo(2);
        CliTest.Run zh = run("--lang", "zh", "diff", "--format", "XML", "a.json", "b.json");
        assertThat(zh.code()).isEqualTo(2);
        assertThat(zh.err()).contains("text 或 json");
        assertThat(run("timeline", "--format", "JSON", "--submitted", "2026-01-05").code()).isZero();
        // Package options are checked even when no package is asked for.
        assertThat(run("assess", "--doc-lang", "fr", US.toString()).code()).isEqualTo(2);
    }

    /** Item 4: a list of only commas switches nothing off silently. */
    @ParameterizedTest
    @ValueSource(strings = {"--fail-on", "--format", "--formats"})
    void empty_lists_are_refused(String option) {
        CliTest.Run r = run("assess", option, ",", "--out", tmp.resolve("pk").toString(), US.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(option);
        assertThat(tmp.resolve("pk")).doesNotExist();
    }

    /** Item 10: none switches the gate off; with a level it is a contradiction. */
    @Test
    void none_with_a_level_is_refused() {
        CliTest.Run r = run("assess", "--fail-on", "none,must-declare", US.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("none");
        assertThat(run("timeline", "--fail-on", "late,none", "--submitted", "2026-01-05").code()).isEqualTo(2);
    }

    /** Item 5: the user's own paths in the way are a usage mistake (exit 2) naming the path, not exit 3. */
    @Test
    void a_file_in_the_way_of_an_output_folder_is_exit_2() throws IOException {
        Path file = write(tmp.resolve("existing.txt"), "mine\n");
        for (String[] args : new String[][] {
                {"assess", "--out", file.toString(), US.toString()},
                {"assess", "--output-dir", file.toString(), "--format", "json", US.toString()},
                {"assess", "--output-dir", file.resolve("below").toString(), "--format", "json", US.toString()},
                {"portfolio", "--out", file.toString(), US.toString()},
                {"interview", "--plain", "--session", file.resolve("s.yaml").toString()}}) {
            CliTest.Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains("existing.txt");
        }
        assertThat(Files.readString(file)).isEqualTo("mine\n");
        CliTest.Run init = run("init", tmp.resolve("no/such/folder/p.yaml").toString());
        assertThat(init.code()).isEqualTo(2);
        assertThat(init.err()).contains("not an existing folder");
        assertThat(run("--lang", "zh", "init", tmp.resolve("no/p.yaml").toString()).err()).contains("不是已有的文件夹");
    }

    /** Item 6: an empty folder is "no profiles found" for every command that takes profiles. */
    @ParameterizedTest
    @ValueSource(strings = {"history", "migrate", "assess", "validate"})
    void an_empty_folder_is_refused_alike(String command) throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliTest.Run r = run(command, empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--allow-empty");
        assertThat(run(command, "--allow-empty", empty.toString()).code()).isZero();
    }

    /** Item 6: a current profile with a mistake is not "nothing to do". */
    @Test
    void migrate_reports_an_invalid_current_profile() throws IOException {
        Path typo = write(tmp.resolve("typo.yaml"), "questionnaire: cybersecurity-review-2022\nversion: \"2.0.0\"\nanswers:\n  is_cio: no\n");
        CliTest.Run r = run("migrate", typo.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("P003");
        assertThat(r.out()).doesNotContain("nothing to do");
    }

    /** Item 7: the same file named twice (or through ./) is assessed once. */
    @Test
    void the_same_file_named_twice_is_assessed_once() throws IOException {
        Path p = copy(US, tmp.resolve("a.yaml"));
        Path dotted = tmp.resolve(".").resolve("a.yaml");
        Files.createSymbolicLink(tmp.resolve("link.yaml"), p);
        CliTest.Run r = run("assess", p.toString(), p.toString(), dotted.toString(), tmp.toString());
        assertThat(r.out()).containsOnlyOnce("Profile:");
        CliTest.Run pk = run("assess", "--out", tmp.resolve("pk").toString(), p.toString(), dotted.toString());
        assertThat(pk.code()).as(pk.err()).isZero();
    }

    /** Item 8: a profile the old reading cannot read is not a completed comparison. */
    @Test
    void diff_of_readings_that_cannot_read_a_profile_is_not_ok() {
        CliTest.Run r = run("diff", "--questionnaire", "cybersecurity-review-2021-draft", "cybersecurity-review-2022", US.toString());
        assertThat(r.out()).contains("cannot be read");
        assertThat(r.err()).contains("not compared");
        assertThat(r.code()).isEqualTo(2);
    }

    /** Item 9: a folder in the way of one report file stops the run before any report is written. */
    @Test
    void every_report_file_is_checked_before_any_is_written() throws IOException {
        Path od = Files.createDirectories(tmp.resolve("od").resolve("csreview.sarif"));
        CliTest.Run r = run("assess", "--format", "json,sarif", "--output-dir", od.getParent().toString(), "--force", US.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("csreview.sarif").doesNotContain(".tmp");
        assertThat(od.getParent().resolve("csreview.json")).doesNotExist();
        try (var left = Files.list(od.getParent())) {
            assertThat(left).containsExactly(od);
        }
    }

    /** Item 10: validate --strict does not say "ok" of the file it refuses. */
    @Test
    void strict_validation_says_why_it_refuses() throws IOException {
        // A procurement answered by a company that is not a CIIO: ignored, with warning P020.
        Path warned = write(tmp.resolve("w.yaml"), Files.readString(US).replace("answers:\n", """
                answers:
                  procurements:
                    - item_name: Office software
                      item_category: other
                """));
        CliTest.Run r = run("validate", "--strict", warned.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).doesNotContain("ok").contains("--strict");
        assertThat(run("validate", warned.toString()).out()).contains("ok, with warnings");
    }
}
