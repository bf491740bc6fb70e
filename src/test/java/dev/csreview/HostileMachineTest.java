package dev.csreview;

import static dev.csreview.HostileCliTest.csreview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.csreview.HostileCliTest.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs that reach for the machine rather than the parser: a profile naming /etc/passwd as its
 * questionnaire, devices and pipes as input files, standard output on a full disk (issue 22, items 1, 2 and 4).
 */
class HostileMachineTest {
    static final String SAMPLE = "samples/us-listing-platform.yaml";

    @TempDir
    Path tmp;

    static void assertNoTrace(Run r) {
        assertThat(r.err() + r.out()).doesNotContain("\tat ", "Exception in", "Exception:", "Error:", "internal error");
    }

    private Path profileNaming(String questionnaire) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("client/profiles"));
        String body = Files.readString(Path.of(SAMPLE)).replaceFirst("(?m)^questionnaire:.*$", java.util.regex.Matcher.quoteReplacement("questionnaire: \"" + questionnaire + "\""));
        return Files.writeString(dir.resolve("p.yaml"), body);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/etc/passwd", "/proc/self/environ", "../../../../../../etc/hostname", "/etc/shadow", "/dev/zero",
        "/proc/self/fd/0", "../secret.yaml", "questionnaire.yaml", "/etc", "C:\\\\Windows\\\\win.ini", "./x.yml", "a/\\0b"})
    void a_profile_cannot_make_assess_read_a_file_it_names(String named) throws IOException {
        Path profile = profileNaming(named);
        Files.writeString(profile.resolveSibling("questionnaire.yaml"), "root:x:0:0:SECRET-IN-FILE\n");
        Files.writeString(profile.getParent().resolveSibling("secret.yaml"), "SECRET-IN-FILE: 1\n");
        for (String command : new String[] {"assess", "validate"}) {
            Run r = csreview(command, profile.toString());
            assertNoTrace(r);
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains(profile + ":").containsAnyOf("[F005]", "[F002]").doesNotContain("root:", "SECRET-IN-FILE", "PATH=");
        }
    }

    @Test
    void a_questionnaire_file_a_profile_names_is_read_only_inside_an_allowed_folder() throws IOException {
        Path profile = profileNaming("../shared/q.yaml");
        Path shared = Files.createDirectories(profile.getParent().resolveSibling("shared"));
        Files.copy(Path.of("src/test/resources/fixtures/feature.yaml"), shared.resolve("q.yaml"));
        Files.writeString(profile, "questionnaire: ../shared/q.yaml\nanswers:\n  name: x\n");
        Run refused = csreview("validate", profile.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("[F005]", "--questionnaire-path");
        Run allowed = csreview("validate", "--questionnaire-path", shared.toString(), profile.toString());
        assertThat(allowed.err()).doesNotContain("[F005]");
        // A link inside the allowed folder that leads out of it is not inside it.
        Files.createSymbolicLink(shared.resolve("link.yaml"), Path.of("/etc/passwd"));
        Files.writeString(profile, "questionnaire: ../shared/link.yaml\nanswers:\n  name: x\n");
        Run link = csreview("assess", "--questionnaire-path", shared.toString(), profile.toString());
        assertThat(link.code()).isEqualTo(2);
        assertThat(link.err()).contains("[F005]").doesNotContain("root:");
    }

    @Test
    void a_file_given_as_questionnaire_that_is_not_one_is_not_quoted() {
        Run r = csreview("assess", "--questionnaire", "/etc/passwd", SAMPLE);
        assertNoTrace(r);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("/etc/passwd: error[F006]").doesNotContain("root:");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--baseline", "--questionnaire", "--waivers", "profile"})
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_device_is_refused_without_reading_it(String where) {
        Run r = where.equals("profile") ? csreview("assess", "/dev/zero")
                : csreview("assess", where, "/dev/zero", SAMPLE);
        assertNoTrace(r);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("/dev/zero").containsAnyOf("[F004]", "not a file");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void diff_and_brand_refuse_devices_too() throws IOException {
        Run diff = csreview("diff", "/dev/zero", SAMPLE);
        assertNoTrace(diff);
        assertThat(diff.code()).isEqualTo(2);
        assertThat(diff.err()).contains("/dev/zero: error[F004]");
        Run brand = csreview("portfolio", "--out", tmp.resolve("o").toString(), "--brand", "/dev/zero", SAMPLE);
        assertNoTrace(brand);
        assertThat(brand.code()).isEqualTo(2);
        assertThat(brand.err()).contains("/dev/zero: error[F004]");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_fifo_is_refused_without_opening_it() throws Exception {
        Path fifo = tmp.resolve("p.yaml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0);
        Run r = csreview("assess", "--waivers", fifo.toString(), SAMPLE);
        assertNoTrace(r);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("[F004]");
    }

    @Test
    void the_limit_counts_bytes_read_not_the_size_a_file_reports() throws Exception {
        // /proc files report 0 bytes, a growing file more than it said: what counts is what is read.
        Path file = Files.writeString(tmp.resolve("big.yaml"), "a".repeat(100));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.csreview.files.InputFiles.read(file, 10))
                .isInstanceOfSatisfying(dev.csreview.diagnostic.InvalidInputException.class,
                        e -> assertThat(e.diagnostics()).extracting(dev.csreview.diagnostic.Diagnostic::code).containsExactly("F007"));
        assertThat(dev.csreview.files.InputFiles.read(Path.of("/proc/self/status"), 1 << 20)).isNotEmpty();
    }

    @Test
    void wrong_schema_baselines_are_input_errors_naming_the_file() throws IOException {
        Path wrong = Files.writeString(tmp.resolve("b.json"), "{\"assessments\": [{\"profile\": \"p\", \"determinations\": 5}]}");
        Path notObject = Files.writeString(tmp.resolve("c.json"), "{\"assessments\": [[1]]}");
        for (Path b : new Path[] {wrong, notObject}) {
            Run r = csreview("assess", "--baseline", b.toString(), SAMPLE);
            assertNoTrace(r);
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains(b.toString());
            Run d = csreview("diff", b.toString(), b.toString());
            assertNoTrace(d);
            assertThat(d.code()).as(d.err()).isEqualTo(2);
            assertThat(d.err()).contains(b + ": error[J001]");
        }
    }

    @Test
    void standard_output_that_cannot_be_written_is_exit_3() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = dev.csreview.cli.Main.run(new String[] {"assess", "--format", "json", SAMPLE},
                new PrintWriter(new java.io.OutputStreamWriter(full, StandardCharsets.UTF_8), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("could not write standard output");
    }

    @Test
    void dev_full_as_standard_output_is_exit_3() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        StringWriter err = new StringWriter();
        try (var full = new java.io.FileOutputStream("/dev/full")) {
            int code = dev.csreview.cli.Main.run(new String[] {"validate", SAMPLE},
                    new PrintWriter(new java.io.OutputStreamWriter(full, StandardCharsets.UTF_8), true), new PrintWriter(err, true));
            assertThat(code).isEqualTo(3);
        }
        assertThat(err.toString()).contains("could not write standard output");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.SECONDS)
    void fifty_thousand_unknown_answers_are_reported_in_linear_time_the_first_hundred_shown() throws IOException {
        StringBuilder body = new StringBuilder(Files.readString(Path.of(SAMPLE)));
        for (int i = 0; i < 50_000; i++) {
            body.append("  zz_unknown_").append(i).append(": 1\n");
        }
        Path big = Files.writeString(tmp.resolve("big.yaml"), body);
        Run r = csreview("assess", big.toString());
        assertNoTrace(r);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().filter(l -> l.contains("error[P003]")).count()).isEqualTo(100);
        assertThat(r.err()).contains(big + ": 49900 more diagnostic(s) not shown");
    }
}
