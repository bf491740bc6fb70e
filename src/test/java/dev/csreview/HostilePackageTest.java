package dev.csreview;

import static dev.csreview.HostileCliTest.csreview;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.HostileCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Package folders under concurrent runs and after killed ones (issue 22, items 3 and 8). */
class HostilePackageTest {
    static final String SAMPLE = "samples/us-listing-platform.yaml";

    @TempDir
    Path tmp;

    private static List<Run> atOnce(int n, String... args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Run>> runs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                runs.add(pool.submit((Callable<Run>) () -> csreview(args)));
            }
            List<Run> result = new ArrayList<>();
            for (Future<Run> f : runs) {
                result.add(f.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void of_two_runs_at_once_without_force_one_writes_and_the_other_is_refused() throws Exception {
        for (int round = 0; round < 4; round++) {
            Path out = tmp.resolve("out" + round);
            List<Run> runs = atOnce(2, "assess", "--out", out.toString(), "--formats", "md", "--date", "2026-01-15", SAMPLE);
            assertThat(runs).extracting(Run::code).as(runs.toString()).containsExactlyInAnyOrder(0, 2);
            assertThat(runs.stream().filter(r -> r.code() == 2).findFirst().orElseThrow().err()).contains("already exists", "--force");
            assertThat(names(out)).filteredOn(n -> !n.startsWith(".")).hasSize(1);
            assertThat(names(out)).noneMatch(n -> n.startsWith(".csreview-"));
        }
    }

    @Test
    void runs_with_force_at_once_replace_one_after_the_other() throws Exception {
        Path out = tmp.resolve("out");
        for (int round = 0; round < 3; round++) {
            List<Run> runs = atOnce(3, "assess", "--out", out.toString(), "--formats", "md", "--force", "--date", "2026-01-15", SAMPLE);
            assertThat(runs).extracting(Run::code).as(runs.toString()).containsOnly(0);
        }
        List<String> left = names(out);
        assertThat(left).filteredOn(n -> !n.startsWith(".")).hasSize(1);
        assertThat(left).noneMatch(n -> n.startsWith(".csreview-"));
        try (Stream<Path> s = Files.list(out.resolve(left.stream().filter(n -> !n.startsWith(".")).findFirst().orElseThrow()))) {
            assertThat(s.map(p -> p.getFileName().toString())).contains("manifest.json", "answers.yaml");
        }
    }

    @Test
    void temporary_folders_of_killed_runs_are_removed_by_the_next_run_into_the_folder() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Instant old = Instant.now().minusSeconds(3600);
        Path dead = Files.createDirectories(out.resolve(".csreview-" + deadPid() + "-12345"));
        Files.writeString(dead.resolve("01-declaration.md"), "partial, confidential");
        Files.setLastModifiedTime(dead, FileTime.from(old));
        Path alive = Files.createDirectories(out.resolve(".csreview-" + ProcessHandle.current().pid() + "-777"));
        Files.setLastModifiedTime(alive, FileTime.from(old));
        Path fresh = Files.createDirectories(out.resolve(".csreview-" + deadPid() + "-999"));
        Path notOurs = Files.createDirectories(out.resolve(".csreview-notes"));
        Files.setLastModifiedTime(notOurs, FileTime.from(old));
        Run r = csreview("assess", "--out", out.toString(), "--formats", "md", "--date", "2026-01-15", SAMPLE);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dead).doesNotExist();
        assertThat(alive).as("its process is running").exists();
        assertThat(fresh).as("written to a moment ago: maybe another machine's run").exists();
        assertThat(notOurs).as("not a name csreview makes").exists();
    }

    @Test
    void a_lock_left_by_a_killed_run_is_taken_over_and_nothing_stays_in_the_folder() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path lock = Files.createDirectories(out.resolve(".csreview-lock"));
        Files.writeString(lock.resolve("pid"), Long.toString(deadPid()));
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(60)));
        Run r = csreview("assess", "--out", out.toString(), "--formats", "md", "--date", "2026-01-15", SAMPLE);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(names(out)).noneMatch(n -> n.startsWith("."));
    }

    /** A process id that no running process has. */
    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    /**
     * A package grows with its records, and only the file being made is held: 2,000 procurement records (a 52 MB
     * package) are written in a 256 MB heap, which the package held whole in memory ran out of (issue 22, item 9).
     */
    @Test
    void a_package_of_2000_records_is_written_in_a_256_mb_heap() throws Exception {
        String sample = Files.readString(Path.of("samples/ciio-foreign-database.yaml"));
        int from = sample.indexOf("    - item_name: Core");
        int to = sample.indexOf("  users_registered:");
        String records = sample.substring(from, to);
        StringBuilder many = new StringBuilder(sample.substring(0, from));
        for (int i = 0; i < 1000; i++) {
            many.append(records.replace("item_name: Core banking database (foreign vendor)", "item_name: Database " + i)
                    .replace("item_name: Office laptops", "item_name: Laptops " + i));
        }
        many.append(sample.substring(to));
        Path profile = Files.writeString(tmp.resolve("many.yaml"), many);
        Path out = tmp.resolve("out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "dev.csreview.cli.Main", "assess", "--out", out.toString(),
                "--formats", "md,html", "--date", "2026-01-15", profile.toString())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(names(out)).hasSize(1);
    }

    @Test
    void a_disk_full_while_writing_a_package_names_the_file_and_leaves_nothing() throws IOException {
        Path out = tmp.resolve("out");
        Path target = out.resolve("Acme");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.csreview.report.PackageFolder.write(target, sink -> {
            sink.write("01-declaration.md", o -> o.write(new byte[] {'#'}));
            sink.write("02-analysis.md", o -> {
                throw new IOException("No space left on device");
            });
        }, false)).hasMessageContaining(target.resolve("02-analysis.md").toString()).hasMessageContaining("No space left on device");
        assertThat(names(out)).isEmpty();
    }
}
