package dev.csreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as CI and a user's pipeline see it: a separate process, stdin closed, a dumb terminal. */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("csreview.jar", "target/csreview.jar"));

    record Result(int code, String out, String err) {}

    static Result csreview(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("TERM", "dumb");
        pb.environment().put("NO_COLOR", "1");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile("csreview-out", ".txt");
        Path err = Files.createTempFile("csreview-err", ".txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s").isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void version() throws Exception {
        Result r = csreview("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("csreview ").doesNotContain("dev");
    }

    @Test
    void every_sample_assesses_with_the_builtin_questionnaire() throws Exception {
        Result r = csreview("assess", "--format", "json", "samples");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"schema\" : \"csreview-assessment/1\"", "\"determinations\"");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void text_report_in_chinese() throws Exception {
        Result r = csreview("assess", "--lang", "zh", "samples");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("审查情形", "不构成法律意见");
    }

    @Test
    void a_broken_profile_exits_2_with_a_located_message_and_no_stack_trace(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("bad.yaml");
        Files.writeString(p, "questionnaire: cybersecurity-review-2022\nanswers:\n  is_ciio: maybe\n");
        Result r = csreview("assess", p.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(p + ":3:12: error[P005]").doesNotContain("\tat ", "Exception");
    }

    @Test
    void builtin_questionnaires_validate() throws Exception {
        Result r = csreview("validate", "questionnaires");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void interview_with_a_closed_stdin_exits_130_at_once_with_a_saved_session(@TempDir Path tmp) throws Exception {
        Path session = tmp.resolve("session.yaml");
        long start = System.nanoTime();
        Result r = csreview("interview", "--plain", "--lang", "en", "--session", session.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.code()).as(r.err()).isEqualTo(130);
        assertThat(millis).as("ends promptly, never waits for input").isLessThan(15_000);
        assertThat(r.err()).contains("Interrupted. The session is saved in " + session, "--resume").doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(session)).contains("questionnaire: ", "answers: {}");
    }

    @Test
    void ctrl_c_exits_130(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/bin/kill")) || Files.exists(Path.of("/usr/bin/kill")));
        byte[] sample;
        try (var s = Files.list(Path.of("samples"))) {
            sample = Files.readAllBytes(s.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow());
        }
        for (int i = 0; i < 3000; i++) {
            Files.write(tmp.resolve("p" + i + ".yaml"), sample);
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "assess", "--jobs", "1", "--format", "json", tmp.toString());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        Thread.sleep(1500);
        assertThat(p.isAlive()).as("still assessing when interrupted").isTrue();
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(130);
    }

    /**
     * Kills package writing (SIGKILL) at 20 random moments and checks each time that the package folder holds the
     * previous complete package or the complete new one (every file listed in its manifest, hashes matching,
     * nothing else) — or, killed between the two renames of a swap, that the complete old one waits beside it and
     * the next run puts it back.
     */
    @Test
    void killing_package_writing_leaves_the_old_or_the_new_package_never_a_half(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("packages");
        String sample = "samples/us-listing-platform.yaml";
        assertThat(csreview("assess", "--out", out.toString(), "--formats", "md", "--date", "2026-01-01", sample).code()).isZero();
        Path target;
        try (var s = Files.list(out)) {
            target = s.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
        }
        java.util.Random random = new java.util.Random(7);
        int complete = 0;
        int aside = 0;
        for (int i = 0; i < 20; i++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    JAR.toString(), "assess", "--out", out.toString(), "--formats", "md,html,docx", "--force",
                    "--date", "2026-02-" + String.format("%02d", 1 + i), sample));
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            Thread.sleep(300 + random.nextInt(1700));
            p.destroyForcibly();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            if (Files.exists(target)) {
                assertComplete(target);
                complete++;
            } else {
                try (var s = Files.list(out)) {
                    Path old = s.filter(x -> x.getFileName().toString().startsWith(".csreview-old-")).max(Path::compareTo).orElseThrow();
                    assertComplete(old);
                }
                aside++;
            }
        }
        assertThat(complete + aside).isEqualTo(20);
        // The next run recovers whatever a kill left and writes a complete package.
        assertThat(csreview("assess", "--out", out.toString(), "--formats", "md", "--force", "--date", "2026-03-01", sample).code()).isZero();
        assertComplete(target);
        try (var s = Files.list(out)) {
            assertThat(s.map(x -> x.getFileName().toString()).filter(n -> n.startsWith(".csreview-old-")).toList()).isEmpty();
        }
    }

    private static void assertComplete(Path dir) throws Exception {
        com.fasterxml.jackson.databind.JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        java.util.Set<String> listed = new java.util.TreeSet<>();
        var fields = manifest.get("files").fields();
        while (fields.hasNext()) {
            var e = fields.next();
            listed.add(e.getKey());
            byte[] bytes = Files.readAllBytes(dir.resolve(e.getKey()));
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(hash).as("%s in %s", e.getKey(), dir).isEqualTo(e.getValue().asText());
        }
        try (var s = Files.list(dir)) {
            java.util.Set<String> present = new java.util.TreeSet<>(s.map(x -> x.getFileName().toString()).toList());
            present.remove("manifest.json");
            assertThat(present).as("files in %s", dir).isEqualTo(listed);
        }
    }
}
