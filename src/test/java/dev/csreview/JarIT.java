package dev.csreview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as CI and a user's pipeline see it: a separate process, stdin closed, a dumb terminal. */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("csreview.jar", "target/csreview.jar"));

    record Result(int code, String out, String err) {}

    static Result csreview(String... args) throws IOException, InterruptedException {
        return csreview(Map.of(), args);
    }

    static Result csreview(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("TERM", "dumb");
        pb.environment().put("NO_COLOR", "1");
        pb.environment().putAll(env);
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
    void a_chinese_package_folder_under_the_c_locale_is_made_or_refused_plainly(@TempDir Path tmp) throws Exception {
        // cron and CI runners often have no locale: the JVM then takes file names as ASCII (the launcher sets
        // LC_CTYPE=C.UTF-8 for it; .ci/run checks that path). Plain java -jar must say what to do, not fail inside.
        Path out = tmp.resolve("packages");
        Result r = csreview(Map.of("LC_ALL", "C", "LANG", "C"), "assess", "--out", out.toString(), "--date", "2026-01-15",
                "samples/us-listing-platform.yaml");
        if (r.code() == 0) {
            assertThat(out.resolve("示例科技有限公司-Example-Tech-Co-Ltd")).isDirectory();
        } else {
            assertThat(r.code()).isEqualTo(ExitCode.FAILED);
            assertThat(r.err()).contains("run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8").doesNotContain("internal error", "Exception");
        }
    }

    @Test
    void two_processes_in_time_zones_a_day_apart_write_identical_packages(@TempDir Path tmp) throws Exception {
        // Determinism across processes, not two calls in one JVM: Kiritimati (UTC+14) and Pago Pago (UTC-11) are on
        // different calendar days at every moment; the date comes from SOURCE_DATE_EPOCH in both.
        Map<String, byte[]> first = null;
        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
            Path out = tmp.resolve(zone.replace('/', '-'));
            Result r = csreview(Map.of("TZ", zone, "LC_ALL", "C.UTF-8", "SOURCE_DATE_EPOCH", "1764806400"), "assess", "--out", out.toString(),
                    "--formats", "md,html,docx", "samples/us-listing-platform.yaml");
            assertThat(r.code()).as(r.err()).isZero();
            Map<String, byte[]> files = new java.util.TreeMap<>();
            try (var walk = Files.walk(out)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    files.put(out.relativize(f).toString(), Files.readAllBytes(f));
                }
            }
            assertThat(files).isNotEmpty();
            if (first == null) {
                first = files;
            } else {
                assertThat(files.keySet()).isEqualTo(first.keySet());
                for (var e : files.entrySet()) {
                    assertThat(e.getValue()).as(e.getKey()).isEqualTo(first.get(e.getKey()));
                }
            }
        }
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

    /**
     * The interview on a real terminal (tmux, scripts/interview-e2e.sh): a refused number kept for editing, 650万 echoed
     * as 6,500,000, Tab shown as 不清楚, q exiting 0 with how to resume; then SIGKILL, resume, finish, package.
     */
    @Test
    void interview_on_a_real_terminal_end_to_end() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/usr/bin/tmux")) || Files.exists(Path.of("/bin/tmux")), "needs tmux");
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/interview-e2e.sh").redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path log = Files.createTempFile("csreview-e2e", ".txt");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        boolean ended = p.waitFor(600, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertThat(ended).as("ended within 600 s: %s", out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("abc kept, 650万 echoed as 6,500,000, Tab shows 不清楚, q exits 0", "interview-e2e: OK");
    }

    @Test
    void interview_with_a_closed_stdin_exits_3_at_once_with_a_saved_session(@TempDir Path tmp) throws Exception {
        Path session = tmp.resolve("session.yaml");
        long start = System.nanoTime();
        Result r = csreview("interview", "--plain", "--lang", "en", "--session", session.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.code()).as("input ended: could not complete, not interrupted; %s", r.err()).isEqualTo(3);
        assertThat(millis).as("ends promptly, never waits for input").isLessThan(15_000);
        assertThat(r.err()).contains("The input ended before the interview finished", "The session is saved in " + session, "--resume")
                .doesNotContain("Exception", "\tat ");
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

    /** A batch stopped by SIGTERM mid-way (as CI runners and timeout(1) stop a job) leaves no temporary file behind. */
    @Test
    void a_batch_stopped_by_sigterm_leaves_no_temporary_file_in_the_output_folder(@TempDir Path tmp) throws Exception {
        Path profiles = Files.createDirectory(tmp.resolve("profiles"));
        String sample = Files.readString(Path.of("samples/us-listing-platform.yaml"), StandardCharsets.UTF_8);
        for (int i = 0; i < 4000; i++) {
            Files.writeString(profiles.resolve(String.format("p%04d.yaml", i)), sample, StandardCharsets.UTF_8);
        }
        Path out = tmp.resolve("ci");
        int stopped = 0;
        for (int delay : new int[] {900, 1500, 2500}) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                    "assess", "--format", "json,junit,sarif", "--output-dir", out.toString(), profiles.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroy(); // SIGTERM, as CI runners and timeout(1) stop a job
                stopped++;
            }
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (Files.isDirectory(out)) {
                try (var s = Files.list(out)) {
                    assertThat(s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList()).as("after %d ms", delay).isEmpty();
                }
            }
        }
        assertThat(stopped).as("at least one run was stopped mid-way").isPositive();
    }

    /**
     * Kills a running interview (SIGKILL) at 50 random moments while a driver answers it through the plain prompter,
     * then resumes. After every kill the session file must be a readable profile that keeps every answer the
     * interview had acknowledged (it showed the next question) except at most the one being typed; at the end the
     * interview finishes and its answers assess. One kill in five lands while the JVM is still starting; the others
     * a random time after the first question is on screen, so that a loaded machine (a slower start) does not leave
     * the driver too few answers for the check to bite.
     */
    @Test
    void killing_the_interview_at_50_random_moments_loses_at_most_the_answer_being_typed(@TempDir Path tmp) throws Exception {
        Path session = tmp.resolve("session.yaml");
        java.util.Random random = new java.util.Random(50);
        int saved = 0;
        int finishedRuns = 0;
        int totalAcknowledged = 0;
        for (int kill = 0; kill < 50; kill++) {
            InterviewDriver d = InterviewDriver.start(session, tmp.resolve("out"), Files.exists(session), random);
            if (random.nextInt(5) == 0) {
                Thread.sleep(random.nextInt(800));
            } else {
                d.awaitFirstQuestion();
                Thread.sleep(random.nextInt(1600));
            }
            int acknowledged = d.acknowledged();
            d.kill();
            totalAcknowledged += acknowledged;
            if (!Files.exists(session)) {
                assertThat(acknowledged).as("nothing acknowledged before the first save").isZero();
                continue;
            }
            int now = answers(session);
            assertThat(now).as("kill %d: saved answers vs before this run (%d) and acknowledged in it (%d)", kill, saved, acknowledged)
                    .isGreaterThanOrEqualTo(saved + acknowledged - 1)
                    .isGreaterThanOrEqualTo(saved);
            saved = now;
            if (d.finished()) {
                Files.delete(session); // finished before this kill: start over, so that all 50 kills hit an interview
                saved = 0;
                finishedRuns++;
            }
        }
        System.out.printf("interview kills: 50, answers acknowledged: %d, interviews finished between kills: %d%n", totalAcknowledged, finishedRuns);
        assertThat(totalAcknowledged).as("the driver really answered, so the check above bites").isGreaterThan(100);
        InterviewDriver last = InterviewDriver.start(session, tmp.resolve("out"), true, random);
        assertThat(last.waitFor(120)).as("the resumed interview finishes").isZero();
        Path answers;
        try (var s = Files.walk(tmp.resolve("out"))) {
            answers = s.filter(p -> p.getFileName().toString().equals("answers.yaml")).findFirst().orElseThrow();
        }
        assertThat(csreview("assess", answers.toString()).code()).isIn(0, 1);
    }

    /** Answers in a session file, read as the profile it is. */
    private static int answers(Path session) throws Exception {
        String text = Files.readString(session);
        assertThat(text).as("a whole file, never a half").contains("questionnaire:").contains("answers:");
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(text);
        com.fasterxml.jackson.databind.JsonNode answers = root.get("answers");
        return answers == null || answers.isNull() ? 0 : answers.size();
    }

    /**
     * Drives {@code interview --plain} by what its screens show: the second entry of a list (No for yes/no), "5" for
     * a typed answer (a date if that is refused), Enter on the review. Counts the questions it saw acknowledged.
     */
    static final class InterviewDriver {
        private final Process process;
        private final java.util.concurrent.atomic.AtomicInteger acknowledged = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.CountDownLatch firstQuestion = new java.util.concurrent.CountDownLatch(1);
        private volatile boolean finished;

        private InterviewDriver(Process process) {
            this.process = process;
        }

        static InterviewDriver start(Path session, Path out, boolean resume, java.util.Random random) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    JAR.toString(), "interview", "--plain", "--lang", "en", "--session", session.toString(), "--out", out.toString(),
                    "--force", "--date", "2026-01-15", resume ? "--resume" : "--new"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("TERM", "dumb");
            InterviewDriver d = new InterviewDriver(pb.start());
            long seed = random.nextLong();
            Thread t = new Thread(() -> d.drive(new java.util.Random(seed)), "interview-driver");
            t.setDaemon(true);
            t.start();
            return d;
        }

        private void drive(java.util.Random random) {
            try (var in = new java.io.InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8);
                    var w = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                StringBuilder screen = new StringBuilder();
                boolean answered = false;
                boolean triedDate = false;
                int c;
                while ((c = in.read()) >= 0) {
                    screen.append((char) c);
                    String sofar = screen.toString();
                    if (sofar.contains("Interview finished")) {
                        finished = true;
                    }
                    if (!sofar.endsWith("\n> ")) {
                        continue;
                    }
                    firstQuestion.countDown();
                    boolean refused = sofar.contains("✗");
                    if (answered && !refused && sofar.contains("── ")) {
                        acknowledged.incrementAndGet();
                    }
                    String reply;
                    if (sofar.contains("── Review") || sofar.contains("Review ──")) {
                        reply = "";
                    } else if (sofar.contains(" 2) ")) {
                        reply = "2";
                    } else if (sofar.contains(" 1) ")) {
                        reply = "1";
                    } else if (refused && !triedDate) {
                        reply = "2026-01-01";
                        triedDate = true;
                    } else if (refused) {
                        reply = "s";
                    } else {
                        reply = "5";
                        triedDate = false;
                    }
                    answered = !reply.isEmpty() && !reply.equals("s");
                    screen.setLength(0);
                    Thread.sleep(40 + random.nextInt(120)); // a person types slower: kills land between and during answers
                    w.write(reply + "\n");
                    w.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the process was killed under us: that is the point
            }
        }

        int acknowledged() {
            return acknowledged.get();
        }

        /** Waits until the first question is on screen (or the process has ended without one). */
        void awaitFirstQuestion() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!firstQuestion.await(100, TimeUnit.MILLISECONDS) && process.isAlive()) {
                assertThat(System.nanoTime()).as("the first question within 60 s").isLessThan(deadline);
            }
        }

        boolean finished() {
            return finished;
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        int waitFor(int seconds) throws InterruptedException {
            assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).isTrue();
            return process.exitValue();
        }
    }

    /**
     * A full disk, as near as a test gets without root: a file-size limit (ulimit -f) makes writes fail the way
     * ENOSPC does (the JVM ignores SIGXFSZ, so the write returns an error). The old package must survive whole.
     */
    @Test
    void a_full_disk_while_replacing_a_package_keeps_the_old_one(@TempDir Path tmp) throws Exception {
        Path sample = Path.of("samples", "ciio-foreign-database.yaml").toAbsolutePath();
        Path out = tmp.resolve("out");
        Result first = csreview("assess", "--out", out.toString(), "--formats", "md", "--date", "2026-01-15", sample.toString());
        assertThat(first.code()).as(first.err()).isIn(0, 1);
        Path pkg;
        try (var s = Files.list(out)) {
            pkg = s.findFirst().orElseThrow();
        }
        String before = tree(pkg);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "ulimit -f 40 && exec \"$0\" -jar \"$1\" assess --force --out \"$2\" "
                + "--formats md,html,docx --date 2026-01-16 \"$3\"", java, JAR.toAbsolutePath().toString(), out.toString(), sample.toString());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path err = tmp.resolve("err.txt");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String message = Files.readString(err);
        assertThat(p.exitValue()).as(message).isEqualTo(3);
        assertThat(message).contains("could not write or read", "File too large").doesNotContain("Exception", "\tat ");
        assertThat(tree(pkg)).as("the old package, untouched").isEqualTo(before);
        assertComplete(pkg);
        try (var s = Files.list(out)) {
            assertThat(s.map(x -> x.getFileName().toString()).toList()).as("nothing but the package").containsExactly(pkg.getFileName().toString());
        }
    }

    /** Confidentiality: every command writes only where it was told to (design.md §6); home, temp folder and working folder stay empty. */
    @Test
    void writes_nothing_outside_the_output_and_session_folders(@TempDir Path tmp) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path javaTmp = Files.createDirectories(tmp.resolve("tmp"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path samples = Path.of("samples").toAbsolutePath();
        Path questionnaires = Path.of("questionnaires").toAbsolutePath();
        String inputsBefore = tree(samples) + tree(questionnaires);
        String sample = samples.resolve("ciio-foreign-database.yaml").toString();
        List<List<String>> runs = List.of(
                List.of("--version"),
                List.of("validate", questionnaires.toString(), samples.toString()),
                List.of("assess", "--format", "json", samples.toString()),
                List.of("assess", "--format", "junit", samples.toString()),
                List.of("assess", "--format", "sarif", samples.toString()),
                List.of("assess", "--format", "junit,sarif,json", "--output-dir", out.resolve("ci").toString(), samples.toString()),
                List.of("assess", "--out", out.resolve("package").toString(), "--formats", "md,html,docx", "--date", "2026-01-15", sample),
                List.of("portfolio", "--out", out.resolve("portfolio").toString(), "--date", "2026-01-15", samples.toString()),
                List.of("timeline", "--submitted", "2026-01-15"),
                List.of("interview", "--plain", "--lang", "zh", "--session", out.resolve("session.yaml").toString()));
        for (List<String> args : runs) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + javaTmp, "-Duser.home=" + home, "-jar", JAR.toAbsolutePath().toString()));
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
            pb.environment().put("HOME", home.toString());
            pb.environment().put("TMPDIR", javaTmp.toString());
            pb.environment().put("TERM", "dumb");
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", args).isTrue();
            // The interview reads /dev/null: its input ends before it finishes (exit 3, the session saved).
            assertThat(p.exitValue()).as("%s", args).isIn(0, 1, args.get(0).equals("interview") ? 3 : 0);
            assertThat(tree(home) + tree(javaTmp) + tree(work)).as("written outside the output folders by %s", args).isEmpty();
        }
        assertThat(tree(samples) + tree(questionnaires)).as("inputs untouched").isEqualTo(inputsBefore);
        try (var s = Files.list(out)) {
            assertThat(s.map(x -> x.getFileName().toString()).sorted().toList()).containsExactly("ci", "package", "portfolio", "session.yaml");
        }
        try (var s = Files.walk(out)) {
            assertThat(s.map(x -> x.getFileName().toString()).filter(n -> n.startsWith(".csreview")).toList()).as("temporary files left").isEmpty();
        }
    }

    /** Every path under dir with its size and modification time, one per line; empty for an empty folder. */
    private static String tree(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(x -> !x.equals(dir)).sorted().toList()) {
                sb.append(dir.relativize(p)).append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p)).append('\n');
            }
        }
        return sb.toString();
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
