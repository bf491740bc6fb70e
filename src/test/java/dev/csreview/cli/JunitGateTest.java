package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JUnit's failures and the exit code agree: a case fails only where --fail-on makes the run fail. */
class JunitGateTest {
    private static final Pattern TOTALS = Pattern.compile("<testsuites name=\"csreview\" tests=\"(\\d+)\" failures=\"(\\d+)\">");

    @TempDir
    Path tmp;

    private int failures(String... failOn) throws Exception {
        Path out = tmp.resolve("out" + failOn.length + String.join("", failOn));
        String[] base = {"assess", "--date", "2026-01-15", "--format", "junit,json", "--output-dir", out.toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base),
                java.util.stream.Stream.concat(failOn.length == 0 ? java.util.stream.Stream.empty() : java.util.stream.Stream.of("--fail-on", String.join(",", failOn)),
                        java.util.stream.Stream.of("samples"))).toArray(String[]::new);
        CliTest.Run r = CliTest.run(args);
        Matcher m = TOTALS.matcher(Files.readString(out.resolve("csreview.junit.xml")));
        assertThat(m.find()).isTrue();
        int failures = Integer.parseInt(m.group(2));
        assertThat(r.code()).as("exit code agrees with the report").isEqualTo(failures > 0 ? ExitCode.THRESHOLD : ExitCode.OK);
        return failures;
    }

    private static long routesAtLeast(Path json, String... outcomes) throws Exception {
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        java.util.Set<String> wanted = java.util.Set.of(outcomes);
        long n = 0;
        for (var a : root.get("assessments")) {
            for (var d : a.get("determinations")) {
                n += wanted.contains(d.get("outcome").asText()) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void no_failures_without_a_gate_and_exactly_the_gated_routes_with_one() throws Exception {
        assertThat(failures()).isZero();
        int must = failures("must-declare");
        Path json = tmp.resolve("out1must-declare").resolve("csreview.json");
        assertThat((long) must).isEqualTo(routesAtLeast(json, "must_declare")).isPositive();
        int considered = failures("should-consider");
        assertThat((long) considered).isEqualTo(routesAtLeast(json, "must_declare", "cannot_tell", "should_consider"));
    }

    @Test
    void a_folder_with_no_profile_is_exit_2_unless_allowed() throws Exception {
        Path empty = java.nio.file.Files.createDirectories(tmp.resolve("empty"));
        for (String command : new String[] {"assess", "validate", "portfolio"}) {
            String[] base = command.equals("portfolio") ? new String[] {command, "--out", tmp.resolve("o-" + command).toString()} : new String[] {command};
            CliTest.Run refused = CliTest.run(java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.stream.Stream.of(empty.toString())).toArray(String[]::new));
            assertThat(refused.code()).as(command).isEqualTo(ExitCode.INVALID);
            assertThat(refused.err()).contains("no profiles found in", "--allow-empty");
            CliTest.Run allowed = CliTest.run(java.util.stream.Stream.concat(java.util.Arrays.stream(base),
                    java.util.stream.Stream.of("--allow-empty", empty.toString())).toArray(String[]::new));
            assertThat(allowed.code()).as(command + " --allow-empty").isZero();
        }
    }
}
