package dev.csreview.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package run stopped by SIGTERM (as by Ctrl-C) says so, exits 130 and leaves nothing of its own in the output
 * folder: no temporary folder with half a confidential package, no lock. The real command in a process of its own,
 * stopped once its first temporary folder is there.
 */
@DisabledOnOs(OS.WINDOWS)
class StopSignalTest {
    @TempDir
    Path tmp;

    @Test
    void sigterm_during_a_package_run_leaves_nothing_behind_and_exits_130() throws Exception {
        Path profiles = Files.createDirectories(tmp.resolve("profiles"));
        String sample = Files.readString(Path.of("samples/us-listing-platform.yaml"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(profiles.resolve("p" + i + ".yaml"), sample.replace("示例科技有限公司", "示例科技" + i + "有限公司"));
        }
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.csreview.cli.Main",
                "assess", "--lang", "en", "--jobs", "1", "--date", "2026-03-02", "--out", out.toString(), profiles.toString()));
        Path errFile = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errFile.toFile()).start();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (temporary(out).isEmpty() && p.isAlive() && System.nanoTime() < giveUp) {
            Thread.sleep(2);
        }
        assertThat(p.isAlive()).as("the run was still writing its first packages").isTrue();
        p.toHandle().destroy(); // SIGTERM (Process.destroy would close the streams too)
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(errFile);
        assertThat(p.exitValue()).as(err).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(err).contains("csreview: interrupted");
        assertThat(temporary(out)).isEmpty();
    }

    /** csreview's own entries in a folder: temporary package folders, folders set aside, the lock. */
    private static List<String> temporary(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".csreview")).toList();
        }
    }
}
