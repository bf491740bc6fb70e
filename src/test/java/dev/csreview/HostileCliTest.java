package dev.csreview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus through the command line, as a user meets it: every case exits 2 (3 for an environment
 * failure) with its diagnostic at file:line, no stack trace and no partial output. Covers questionnaires,
 * profiles, waivers, document templates and output paths.
 */
class HostileCliTest {
    private static final Path ROOT = Path.of("src/test/resources/hostile");
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\w+) line (-?\\d+)");
    private static final String SAMPLE = "samples/us-listing-platform.yaml";
    private static final String FIXTURE = "src/test/resources/fixtures/feature.yaml";

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run csreview(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<Path> files(String kind) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(kind))) {
            return s.sorted().toList().stream();
        }
    }

    static Stream<Path> questionnaires() throws IOException {
        return files("questionnaire");
    }

    static Stream<Path> profiles() throws IOException {
        return files("profile");
    }

    static Stream<Path> waivers() throws IOException {
        return files("waivers");
    }

    static Stream<Path> templates() throws IOException {
        return files("templates");
    }

    static Stream<Path> baselines() throws IOException {
        return files("baseline");
    }

    static Stream<Path> brands() throws IOException {
        return files("brand");
    }

    static Stream<Path> commandLines() throws IOException {
        return files("args");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baselines")
    void baseline_and_diff_input_exits_2_naming_the_file(Path file) {
        Run assess = timed(() -> csreview("assess", "--baseline", file.toString(), SAMPLE));
        assertNoTrace(assess);
        assertThat(assess.code()).as(assess.err()).isEqualTo(2);
        assertThat(assess.err()).contains(file.toString());
        Run diff = timed(() -> csreview("diff", file.toString(), file.toString()));
        assertNoTrace(diff);
        assertThat(diff.code()).as(diff.err()).isEqualTo(2);
        assertThat(diff.err()).containsPattern(Pattern.quote(file.toString()) + "(:\\d+:\\d+)?: error\\[(J001|F00\\d)\\]");
        // In csreview's words, located: never the JSON parser's own message with its "[Source: …]" tail.
        assertThat(assess.err() + diff.err()).doesNotContain("[Source", "StreamReadFeature", "Unexpected end-of-input");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brands")
    void brand_file_exits_2_with_its_diagnostic_and_writes_nothing(Path dir) throws IOException {
        Path brand = dir.resolve("brand.yaml");
        Path out = tmp.resolve("out");
        assertRefused(brand, timed(() -> csreview("portfolio", "--out", out.toString(), "--brand", brand.toString(), "--date", "2026-01-15", SAMPLE)));
        assertThat(out).doesNotExist();
    }

    /**
     * A command line from {@code hostile/args/*.args}: the first line says {@code # expect: exit N contains TEXT}, each
     * further line is one argument ({@code {tmp}} is a fresh folder).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void command_line_exits_as_documented_with_its_message(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Matcher m = Pattern.compile("^# expect: exit (\\d+) contains ?(.*)$").matcher(lines.get(0));
        assertThat(m.matches()).as("%s has an '# expect: exit N contains TEXT' header", file).isTrue();
        String[] args = lines.subList(1, lines.size()).stream().map(a -> a.replace("{tmp}", tmp.toString())).toArray(String[]::new);
        Run r = timed(() -> csreview(args));
        assertThat(r.err() + r.out()).doesNotContain("\tat ", "Exception in", "csreview: internal error");
        assertThat(r.code()).as("%s: %s", file, r.err()).isEqualTo(Integer.parseInt(m.group(1)));
        assertThat(r.err()).contains(m.group(2));
    }

    /** Every hostile case must finish within 5 s (on a loaded machine: the limit is for the case, not the JIT). */
    static Run timed(java.util.function.Supplier<Run> run) {
        long start = System.nanoTime();
        Run r = run.get();
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionnaires")
    void questionnaire_exits_2_with_its_diagnostic(Path file) throws IOException {
        assertRefused(file, timed(() -> csreview("validate", file.toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void profile_exits_2_with_its_diagnostic(Path file) throws IOException {
        Run r = timed(() -> csreview("validate", "--questionnaire", FIXTURE, file.toString()));
        assertRefused(file, r);
        assertEveryDiagnosticLocated(file, r);
        assertEveryDiagnosticLocated(file, csreview("assess", "--questionnaire", FIXTURE, file.toString()));
    }

    /**
     * Every diagnostic of a profile points at a line and column (a missing answer at the answers: key), except those
     * about the file as a whole: too large (Y001) or not a readable file (F…).
     */
    private static void assertEveryDiagnosticLocated(Path file, Run r) {
        assertThat((r.err() + r.out()).lines().filter(l -> l.matches(".*(error|warning)\\[[A-Z]\\d{3}].*")))
                .as("%s", file)
                .filteredOn(l -> !l.matches(".*(error|warning)\\[(Y001|F\\d{3})].*"))
                .allMatch(l -> l.startsWith(file + ":") && l.substring(file.toString().length()).matches(":\\d+:\\d+: .*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waivers")
    void waiver_file_exits_2_with_its_diagnostic_and_writes_nothing(Path file) throws IOException {
        Path out = tmp.resolve("out");
        Run r = timed(() -> csreview("assess", "--waivers", file.toString(), "--format", "json", "--output-dir", out.toString(), SAMPLE));
        assertRefused(file, r);
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void template_folder_is_input_exit_2_and_no_package(Path dir) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("packages"));
        Run r = timed(() -> csreview("assess", "--out", out.toString(), "--formats", "md", "--doc-lang", "en", "--templates", dir.toString(),
                "--date", "2026-01-15", SAMPLE));
        assertNoTrace(r);
        if (dir.getFileName().toString().startsWith("03-include-path-traversal")) {
            // Templates come from strings, never from the disk: the include names text, it reads no file.
            assertThat(r.code()).isZero();
            try (Stream<Path> s = Files.walk(out)) {
                String index = Files.readString(s.filter(p -> p.getFileName().toString().equals("00-index.md")).findFirst().orElseThrow());
                assertThat(index).contains("../etc/passwd").doesNotContain("root:");
            }
            return;
        }
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).containsPattern("error\\[(T001|S00\\d|Y0\\d\\d)\\]");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.toList()).as("no partial package").isEmpty();
        }
    }

    @Test
    void a_package_folder_that_is_a_symlink_is_never_followed_nor_replaced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("packages"));
        Path victim = Files.createDirectories(tmp.resolve("victim"));
        Files.writeString(victim.resolve("keep.txt"), "precious");
        Run first = csreview("assess", "--out", out.toString(), "--formats", "md", "--date", "2026-01-15", SAMPLE);
        assertThat(first.code()).isZero();
        Path made;
        try (Stream<Path> s = Files.list(out)) {
            made = s.findFirst().orElseThrow();
        }
        deleteTree(made);
        Files.createSymbolicLink(made, victim);
        Run again = csreview("assess", "--out", out.toString(), "--formats", "md", "--date", "2026-01-15", SAMPLE);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("symbolic link");
        Run forced = csreview("assess", "--out", out.toString(), "--formats", "md", "--date", "2026-01-15", "--force", SAMPLE);
        assertNoTrace(forced);
        assertThat(forced.code()).as("not even with --force: the link may point anywhere").isEqualTo(2);
        assertThat(Files.isSymbolicLink(made)).isTrue();
        assertThat(victim.resolve("keep.txt")).hasContent("precious");
        try (Stream<Path> s = Files.list(victim)) {
            assertThat(s.toList()).as("nothing written through the link").hasSize(1);
        }
    }

    @Test
    void a_folder_of_profiles_takes_yaml_files_and_links_to_them_but_not_folders_or_broken_links() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("profiles"));
        Files.copy(Path.of(SAMPLE), dir.resolve("a.yaml"));
        Files.createSymbolicLink(dir.resolve("b.yml"), Path.of(SAMPLE).toAbsolutePath());
        Files.createSymbolicLink(dir.resolve("c.yaml"), dir.resolve("missing.yaml"));
        Files.createDirectories(dir.resolve("d.yaml"));
        Files.copy(Path.of(SAMPLE), dir.resolve("e.txt"));
        Files.copy(Path.of(SAMPLE), Files.createDirectories(dir.resolve("sub")).resolve("f.yaml"));
        Run run = csreview("assess", "--format", "json", dir.toString());
        assertNoTrace(run);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("a.yaml\"", "b.yml\"", "f.yaml\"").doesNotContain("c.yaml", "d.yaml", "e.txt");
    }

    @Test
    void a_read_only_output_folder_exits_3_with_a_short_message_and_leaves_nothing() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("ro"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(out)) {
                return; // running as root: permissions do not bind, nothing to show
            }
            Run r = csreview("assess", "--out", out.toString(), "--formats", "md", "--date", "2026-01-15", SAMPLE);
            assertNoTrace(r);
            assertThat(r.code()).isEqualTo(3);
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s.toList()).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void an_output_path_that_is_a_file_or_traverses_is_refused() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Run r = csreview("assess", "--out", file.toString(), "--formats", "md", "--date", "2026-01-15", SAMPLE);
        assertNoTrace(r);
        assertThat(r.code()).isIn(2, 3);
        assertThat(file).hasContent("x");
        Run json = csreview("assess", "--format", "json,text", "--output-dir", file.toString(), SAMPLE);
        assertNoTrace(json);
        assertThat(json.code()).isIn(2, 3);
    }

    @Test
    void the_corpus_has_at_least_250_cases() throws IOException {
        long n = questionnaires().count() + profiles().count() + waivers().count() + templates().count() + baselines().count()
                + brands().count() + commandLines().count() + 4;
        assertThat(n).isGreaterThanOrEqualTo(250);
    }

    private static void assertRefused(Path file, Run r) throws IOException {
        assertNoTrace(r);
        // Messages with a hole in them: "first on line ?", "YAML syntax error: null", "error[S004]  is missing".
        assertThat((r.err() + r.out()).lines().filter(l -> l.contains("error[")))
                .noneMatch(l -> l.contains("line ?") || l.endsWith(": null") || l.contains("]  "));
        assertThat(r.code()).as("exit code for %s: %s", file, r.err()).isEqualTo(2);
        String first = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElse("");
        Matcher m = EXPECT.matcher(first);
        if (m.find()) {
            String code = m.group(1);
            int line = Integer.parseInt(m.group(2));
            assertThat(r.err() + r.out()).as("%s", file).contains("[" + code + "]");
            if (line > 0) {
                assertThat(r.err() + r.out()).as("%s", file).contains(file + ":" + line + ":");
            }
        }
    }

    private static void assertNoTrace(Run r) {
        assertThat(r.err() + r.out()).doesNotContain("\tat ", "Exception in", "StackOverflowError", "OutOfMemoryError", "internal error");
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            List<Path> all = new ArrayList<>(s.toList());
            java.util.Collections.reverse(all);
            for (Path x : all) {
                Files.delete(x);
            }
        }
    }
}
