package dev.csreview.cli;

import dev.csreview.run.Plans;
import dev.csreview.run.SourceRoot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands through picocli with captured streams: exit codes, output, diagnostics. */
class CliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path feature() throws IOException {
        Path p = tmp.resolve("feature.yaml");
        Files.write(p, dev.csreview.Fixtures.resource("/fixtures/feature.yaml"));
        return p;
    }

    private Path profile(String answers) throws IOException {
        return write("profile.yaml", "questionnaire: feature-test\nversion: \"1.0\"\nanswers:\n" + answers.stripIndent().indent(2));
    }

    private static final String MUST = """
            name: Acme
            flagged: yes
            count_a: 500
            count_b: 1
            colour: red
            since: 2010-01-01
            """;

    private static final String NOT = """
            name: Acme
            flagged: no
            count_a: 5
            count_b: 1
            colour: blue
            """;

    private static final String UNKNOWN = """
            name: Acme
            flagged: unknown
            count_a: 500
            count_b: 1
            colour: blue
            """;

    @Test
    void help_lists_commands_and_exit_codes() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("assess", "validate", "schema", "questionnaires", "Exit codes", "130");
    }

    @Test
    void version_prints_the_version() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("csreview ");
    }

    @Test
    void unknown_option_is_a_usage_error() {
        assertThat(run("assess", "--nope", "x.yaml").code()).isEqualTo(ExitCode.INVALID);
        assertThat(run("frobnicate").code()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void exit_0_below_the_threshold_and_1_at_it() throws IOException {
        Path q = feature();
        Path p = profile(MUST);
        assertThat(run("assess", "--questionnaire", q.toString(), p.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(run("assess", "--questionnaire", q.toString(), "--fail-on", "must-declare", p.toString()).code())
                .isEqualTo(ExitCode.THRESHOLD);
        Path n = profile(NOT);
        assertThat(run("assess", "--questionnaire", q.toString(), "--fail-on", "should-consider", n.toString()).code())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void cannot_tell_fails_at_cannot_tell_but_not_at_must_declare() throws IOException {
        Path q = feature();
        Path p = profile(UNKNOWN);
        assertThat(run("assess", "--questionnaire", q.toString(), "--fail-on", "must-declare", p.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(run("assess", "--questionnaire", q.toString(), "--fail-on", "cannot-tell", p.toString()).code()).isEqualTo(ExitCode.THRESHOLD);
        assertThat(run("assess", "--questionnaire", q.toString(), "--fail-on", "should-consider", p.toString()).code()).isEqualTo(ExitCode.THRESHOLD);
    }

    @Test
    void exit_2_with_file_line_column_for_a_bad_profile() throws IOException {
        Path q = feature();
        Path p = profile(MUST.replace("colour: red", "colour: rde"));
        Run r = run("assess", "--questionnaire", q.toString(), p.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains(p + ":8:11: error[P008]", "did you mean 'red'?", "^");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void diagnostics_speak_chinese_with_lang_zh() throws IOException {
        Path q = feature();
        Path p = profile(MUST.replace("colour: red", "colour: rde"));
        Run r = run("assess", "--lang", "zh", "--questionnaire", q.toString(), p.toString());
        assertThat(r.err()).contains("不是其选项之一", "是否应为“red”");
    }

    @Test
    void exit_2_for_a_missing_file() {
        Run r = run("assess", tmp.resolve("nope.yaml").toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("F003");
    }

    @Test
    void json_output_is_versioned_and_stable() throws IOException {
        Path q = feature();
        Path p = profile(MUST);
        Run a = run("assess", "--format", "json", "--questionnaire", q.toString(), p.toString());
        Run b = run("assess", "--format", "json", "--questionnaire", q.toString(), p.toString());
        assertThat(a.code()).isZero();
        assertThat(a.out()).contains("\"schema\" : \"csreview-assessment/1\"", "\"outcome\" : \"must_declare\"");
        assertThat(a.out()).isEqualTo(b.out());
    }

    @Test
    void directories_expand_to_their_profiles() throws IOException {
        Path q = feature();
        Path dir = Files.createDirectory(tmp.resolve("clients"));
        Files.writeString(dir.resolve("a.yaml"), "questionnaire: feature-test\nanswers:\n" + MUST.indent(2));
        Files.writeString(dir.resolve("b.yml"), "questionnaire: feature-test\nanswers:\n" + NOT.indent(2));
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        Run r = run("assess", "--format", "json", "--questionnaire", q.toString(), dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("a.yaml", "b.yml").doesNotContain("notes.txt");
    }

    @Test
    void validate_reports_ok_and_invalid_files() throws IOException {
        Path q = feature();
        Path bad = write("bad.yaml", "questionnaire: x\nversion: \"1\"\nsections: []\nbogus: 1\n");
        Run ok = run("validate", q.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("ok");
        Run r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("bad.yaml:4:1: error[S003]");
    }

    @Test
    void validate_checks_profiles_against_their_questionnaire() throws IOException {
        Path q = feature();
        Path p = profile(MUST);
        assertThat(run("validate", "--questionnaire", q.toString(), p.toString()).code()).isZero();
    }

    @Test
    void unknown_builtin_questionnaire_is_a_usage_error_with_suggestion() throws IOException {
        Path p = profile(MUST);
        Run r = run("assess", "--questionnaire", "cybersecurity-review-2023", p.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("F002", "cybersecurity-review-2022");
    }

    @Test
    void a_batch_keeps_input_order_and_locates_each_diagnostic_whatever_the_jobs() throws IOException {
        // Each profile is parsed on a worker, which then asks for the questionnaire its header names: an unknown one,
        // broken YAML and good profiles must come out in input order, the same with one job as with several.
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        Files.copy(Path.of("samples/us-listing-platform.yaml"), dir.resolve("a.yaml"));
        Files.writeString(dir.resolve("b.yaml"), "questionnaire: cybersecurity-review-2023\nanswers: {}\n");
        Files.writeString(dir.resolve("c.yaml"), "questionnaire: cybersecurity-review-2022\nanswers: [\n");
        Files.copy(Path.of("samples/ciio-foreign-database.yaml"), dir.resolve("d.yaml"));
        Run one = run("assess", "--jobs", "1", "--format", "json", dir.toString());
        Run two = run("assess", "--jobs", "2", "--format", "json", dir.toString());
        assertThat(one.code()).isEqualTo(ExitCode.INVALID);
        assertThat(two).isEqualTo(one);
        assertThat(one.err()).contains("b.yaml:1:16: error[F002]", "did you mean 'cybersecurity-review-2022'", "c.yaml:2:");
        assertThat(one.err().indexOf("b.yaml")).isLessThan(one.err().indexOf("c.yaml"));
        assertThat(one.out()).contains("a.yaml", "d.yaml").doesNotContain("b.yaml", "c.yaml");
        assertThat(one.out().indexOf("a.yaml")).isLessThan(one.out().indexOf("d.yaml"));
    }

    @Test
    void builtin_questionnaires_are_listed() {
        Run r = run("questionnaires");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("cybersecurity-review-2022", "(default)")
                .contains("cybersecurity-review-2022@1.0.0  1.0.0  (earlier version: profiles of it migrate to 2.0.0)");
    }

    @Test
    void an_internal_error_exits_3_without_a_stack_trace() {
        StringWriter err = new StringWriter();
        picocli.CommandLine cmd = Main.commandLine(null);
        cmd.addSubcommand("boom", new Boom());
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("boom")).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).contains("internal error").doesNotContain("\tat ");
        StringWriter err2 = new StringWriter();
        cmd.setErr(new PrintWriter(err2));
        assertThat(cmd.execute("boom", "--debug")).isEqualTo(ExitCode.FAILED);
        assertThat(err2.toString()).contains("\tat ");
    }

    @Test
    void no_option_needs_a_converter_that_start_up_leaves_out() {
        // Main turns off picocli's java.sql and java.time converters (start-up): an option of such a type would fail.
        picocli.CommandLine root = Main.commandLine(null);
        java.util.List<String> offending = new java.util.ArrayList<>();
        for (picocli.CommandLine sub : root.getSubcommands().values()) {
            for (picocli.CommandLine.Model.ArgSpec arg : sub.getCommandSpec().args()) {
                for (Class<?> type : java.util.stream.Stream.concat(java.util.stream.Stream.of(arg.type()),
                        java.util.Arrays.stream(arg.auxiliaryTypes())).toList()) {
                    if (type.getName().matches("java\\.(sql|time)\\..*") && arg.converters().length == 0) {
                        offending.add(sub.getCommandName() + " " + arg + ": " + type.getName());
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
        assertThat(root.getSubcommands()).containsKeys("assess", "interview", "portfolio", "timeline");
    }

    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Option(names = "--debug")
        boolean debug;

        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void init_writes_a_skeleton_that_validate_explains_and_never_overwrites() throws IOException {
        Path q = feature();
        Path skel = tmp.resolve("skeleton.yaml");
        assertThat(run("init", "--questionnaire", q.toString(), skel.toString()).code()).isZero();
        String text = Files.readString(skel);
        assertThat(text).contains("questionnaire: feature-test", "  flagged:", "yes | no | unknown", "[law:2]");
        Run v = run("validate", "--questionnaire", q.toString(), skel.toString());
        assertThat(v.code()).isEqualTo(ExitCode.INVALID);
        assertThat(v.err()).contains("P021", "flagged");
        assertThat(run("init", "--questionnaire", q.toString(), skel.toString()).code()).isEqualTo(ExitCode.INVALID);
        assertThat(run("init", "--force", "--questionnaire", q.toString(), skel.toString()).code()).isZero();
    }

    @Test
    void the_skeleton_s_evidence_example_is_a_valid_evidence_block_once_uncommented() throws IOException {
        for (String lang : java.util.List.of("zh", "en")) {
            Path skel = tmp.resolve("skeleton-" + lang + ".yaml");
            assertThat(run("init", "--lang", lang, skel.toString()).code()).isZero();
            String text = Files.readString(skel);
            assertThat(text).contains("# evidence:");
            String uncommented = text.replace("# evidence:", "evidence:").replaceAll("(?m)^#   (users_registered: \\{)", "  $1");
            Files.writeString(skel, uncommented);
            Run v = run("validate", skel.toString());
            assertThat(v.err()).contains("P021").doesNotContain("P040", "P041", "Y0", "S00");
        }
    }

    @Test
    void assess_writes_a_package_and_refuses_to_overwrite_without_force() throws IOException {
        Path out = tmp.resolve("out");
        Path sample = Path.of("samples").toAbsolutePath();
        Path first = Files.list(sample).filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        Run r = run("assess", "--out", out.toString(), "--date", "2026-01-15", first.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (var dirs = Files.list(out)) {
            Path pkg = dirs.findFirst().orElseThrow();
            assertThat(pkg.resolve("manifest.json")).exists();
            assertThat(pkg.resolve("answers.yaml")).exists();
            if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(Files.getPosixFilePermissions(pkg)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
                assertThat(Files.getPosixFilePermissions(pkg.resolve("manifest.json"))).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
            Run again = run("assess", "--out", out.toString(), "--date", "2026-01-15", first.toString());
            assertThat(again.code()).isEqualTo(ExitCode.INVALID);
            assertThat(again.err()).contains("--force");
            assertThat(run("assess", "--out", out.toString(), "--date", "2026-01-15", "--force", first.toString()).code()).isZero();
            Run reRun = run("assess", "--format", "json", pkg.resolve("answers.yaml").toString());
            assertThat(reRun.code()).as(reRun.err()).isZero();
        }
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".csreview-"));
        }
    }

    @Test
    void bad_package_options_are_usage_errors() throws IOException {
        Path p = profile(MUST);
        Path q = feature();
        assertThat(run("assess", "--questionnaire", q.toString(), "--out", tmp.toString(), "--formats", "odt", p.toString()).code()).isEqualTo(ExitCode.INVALID);
        assertThat(run("assess", "--questionnaire", q.toString(), "--out", tmp.toString(), "--date", "tomorrow", p.toString()).code()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void several_formats_in_one_run_into_an_output_dir() throws IOException {
        Path q = feature();
        Path p = profile(MUST);
        Path dir = tmp.resolve("reports");
        Run r = run("assess", "--questionnaire", q.toString(), "--format", "text,json,junit,sarif,github", "--output-dir", dir.toString(), p.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("csreview.txt")).exists();
        assertThat(Files.readString(dir.resolve("csreview.json"))).contains("csreview-assessment/1");
        // Without --fail-on nothing fails the run, so JUnit passes the case and says what it found.
        assertThat(Files.readString(dir.resolve("csreview.junit.xml"))).contains("<testsuites", "<system-out>must_declare: ").doesNotContain("<failure");
        assertThat(Files.readString(dir.resolve("csreview.sarif"))).contains("\"version\" : \"2.1.0\"", "\"startLine\" : 5");
        assertThat(r.out()).contains("::error file=" + p + ",line=5,col=12,title=");
    }

    @Test
    void an_expression_that_fails_on_the_answers_is_a_questionnaire_error_at_its_line() throws IOException {
        // The checks cannot know every kind a fact will hold; a text compared with a number fails only on answers.
        Path q = write("failing.yaml", Files.readString(feature()).replace("when: \"flagged && biggest > 100\"", "when: \"name > 5\""));
        Path p = profile(MUST);
        Run r = run("assess", "--questionnaire", q.toString(), p.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains(q + ":134:15: error[E006]", "name > 5", p.toString()).doesNotContain("internal error", "Exception");
        assertThat(run("validate", "--questionnaire", q.toString(), p.toString()).err()).contains("error[E006]");
    }

    @Test
    void a_hostile_files_escape_sequences_do_not_reach_the_terminal() throws IOException {
        // Not UTF-8 (the 0xff), so the line is shown as it is, escape sequences and all.
        Path p = tmp.resolve("escape.yaml");
        Files.write(p, "a: \u00ff\u001b]0;PWNED\u0007\u001b[2J\n".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("assess", "--questionnaire", feature().toString(), p.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("error[").doesNotContain("\u001b", "\u0007");
    }

    @Test
    void validating_a_folder_skips_other_yaml_but_not_an_empty_or_binary_file() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("profiles"));
        Files.copy(Path.of("samples/us-listing-platform.yaml"), dir.resolve("good.yaml"));
        Files.writeString(dir.resolve("other.yaml"), "foo: bar\n");
        Run skipping = run("validate", dir.toString());
        assertThat(skipping.code()).as(skipping.err()).isZero();
        assertThat(skipping.out()).contains("other.yaml: skipped");
        Files.writeString(dir.resolve("truncated.yaml"), "");
        Files.write(dir.resolve("binary.yaml"), new byte[] {0, 1, 2, (byte) 0xff});
        Run r = run("validate", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("truncated.yaml:1:1: error[", "binary.yaml:");
    }

    @Test
    void a_mistyped_level_or_language_is_refused_with_what_is_possible() {
        Run level = run("assess", "--fail-on", "must-declar", "samples/us-listing-platform.yaml");
        assertThat(level.code()).isEqualTo(ExitCode.INVALID);
        assertThat(level.err()).contains("did you mean 'must-declare'").doesNotContain("Exception", "enum constant");
        Run lang = run("assess", "--lang", "fr", "samples/us-listing-platform.yaml");
        assertThat(lang.code()).isEqualTo(ExitCode.INVALID);
        assertThat(lang.err()).contains("zh or en");
    }

    @Test
    void a_profile_may_answer_in_chinese_and_group_digits_as_the_interview_allows() throws IOException {
        String sample = Files.readString(Path.of("samples/us-listing-platform.yaml"));
        for (String users : new String[] {"3,200,000", "\"3 200 000\"", "３２０００００", "３，２００，０００"}) {
            Path p = write("zh.yaml", sample.replaceFirst("(?m)^  is_ciio: .*$", "  is_ciio: 否")
                    .replaceFirst("(?m)^  users_registered: .*$", "  users_registered: " + users));
            Run r = run("assess", "--format", "json", p.toString());
            assertThat(r.code()).as(users + ": " + r.err()).isZero();
            assertThat(r.out()).contains("\"value\" : 3200000", "\"value\" : false");
        }
        for (String bad : new String[] {"3,2000,00", "\"3 200,000\"", "0,001", "③", "\"3²\""}) {
            Path p = write("bad.yaml", sample.replaceFirst("(?m)^  users_registered: .*$", "  users_registered: " + bad));
            assertThat(run("assess", p.toString()).err()).as(bad).contains("error[P006]");
        }
    }

    @Test
    void an_output_dir_file_is_replaced_only_with_force() throws IOException {
        Path p = profile(MUST);
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(dir.resolve("csreview.json"), "mine");
        Run refused = run("assess", "--questionnaire", feature().toString(), "--format", "text,json", "--output-dir", dir.toString(), p.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.INVALID);
        assertThat(refused.err()).contains(dir.resolve("csreview.json") + " already exists; use --force");
        assertThat(Files.readString(dir.resolve("csreview.json"))).isEqualTo("mine");
        assertThat(dir.resolve("csreview.txt")).as("nothing written before the refusal").doesNotExist();
        Run forced = run("assess", "--questionnaire", feature().toString(), "--format", "text,json", "--output-dir", dir.toString(), "--force", p.toString());
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(dir.resolve("csreview.json"))).contains("csreview-assessment/1");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "junit, csreview.junit.xml, '<testsuite name=\"samples/us-listing-platform.yaml\"'",
        "sarif, csreview.sarif, '\"ruleId\" : \"route:'",
        "json, csreview.json, '\"profile\" : \"samples/us-listing-platform.yaml\"'",
        "text, csreview.txt, 'samples/us-listing-platform.yaml'"})
    void streamed_into_an_output_dir_is_byte_for_byte_what_standard_output_gets(String format, String file, String sample) throws IOException {
        Path dir = tmp.resolve(format);
        Run streamed = run("assess", "--format", format, "--output-dir", dir.toString(), "samples");
        Run whole = run("assess", "--format", format, "samples");
        assertThat(streamed.code()).as(streamed.err()).isEqualTo(whole.code());
        assertThat(Files.readString(dir.resolve(file))).isEqualTo(whole.out()).contains(sample);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).as("no scratch file left").containsExactly(file);
        }
    }

    @Test
    void junit_sarif_and_github_stream_to_standard_output_as_the_whole_document_renderers_would_write_them() throws Exception {
        // Held compressed in memory (JUnit, SARIF) or printed as profiles finish (GitHub): the bytes must be those
        // of the reports rendered at once from every finding.
        var catalog = new dev.csreview.questionnaire.QuestionnaireCatalog();
        var q = catalog.load(catalog.defaultId(), new dev.csreview.questionnaire.QuestionnaireLoader()).questionnaire();
        var findings = new dev.csreview.output.Findings(dev.csreview.questionnaire.Lang.EN);
        var plans = new Plans(null, java.time.LocalDate.of(2026, 1, 15));
        java.util.Map<String, java.util.List<dev.csreview.output.Finding>> byProfile = new java.util.LinkedHashMap<>();
        try (var files = Files.list(Path.of("samples"))) {
            for (Path p : files.sorted().toList()) {
                var a = plans.planned(new dev.csreview.assessment.ProfileAssessor(q).assess(p.toString(), Files.readAllBytes(p)).assessment().orElseThrow());
                byProfile.put(p.toString(), findings.of(a));
            }
        }
        var all = byProfile.values().stream().flatMap(java.util.List::stream).toList();
        var scratchBefore = scratchFiles();
        assertThat(run("assess", "--lang", "en", "--date", "2026-01-15", "--format", "junit", "samples").out()).isEqualTo(new dev.csreview.output.JunitReport(dev.csreview.gate.FailLevel.gate(java.util.List.of(dev.csreview.gate.FailLevel.NONE))).render(byProfile));
        assertThat(run("assess", "--lang", "en", "--date", "2026-01-15", "--format", "sarif", "samples").out())
                .isEqualTo(dev.csreview.output.SarifReport.render(all, Version.get(), SourceRoot.of(null, Path.of("samples/x.yaml"))));
        assertThat(run("assess", "--lang", "en", "--date", "2026-01-15", "--format", "github", "samples").out())
                .isEqualTo(dev.csreview.output.GithubAnnotations.render(all)).contains("::error file=samples/");
        assertThat(scratchFiles()).as("no scratch file left in the temporary folder").isEqualTo(scratchBefore);
    }

    private static java.util.List<String> scratchFiles() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("csreview-") && n.endsWith(".tmp")).sorted().toList();
        }
    }

    @Test
    void sarif_with_no_result_streams_the_empty_document() throws IOException {
        Path quiet = tmp.resolve("quiet");
        Path none = profile(NOT);
        Run streamed = run("assess", "--questionnaire", feature().toString(), "--format", "sarif", "--output-dir", quiet.toString(), none.toString());
        Run whole = run("assess", "--questionnaire", feature().toString(), "--format", "sarif", none.toString());
        assertThat(whole.out()).contains("\"results\" : [ ]");
        assertThat(Files.readString(quiet.resolve("csreview.sarif"))).as(streamed.err()).isEqualTo(whole.out());
    }

    @Test
    void several_formats_without_an_output_dir_are_a_usage_error() throws IOException {
        assertThat(run("assess", "--format", "json,junit", profile(MUST).toString()).code()).isEqualTo(ExitCode.INVALID);
        assertThat(run("assess", "--format", "yaml", profile(MUST).toString()).code()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void parallel_and_serial_runs_give_the_same_output() throws IOException {
        Path q = feature();
        Path dir = Files.createDirectory(tmp.resolve("many"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("p" + (char) ('a' + i) + ".yaml"), "questionnaire: feature-test\nanswers:\n" + (i % 2 == 0 ? MUST : NOT).indent(2));
        }
        Run serial = run("assess", "--jobs", "1", "--format", "json", "--questionnaire", q.toString(), dir.toString());
        Run parallel = run("assess", "--jobs", "4", "--format", "json", "--questionnaire", q.toString(), dir.toString());
        assertThat(parallel.code()).isZero();
        assertThat(parallel.out()).isEqualTo(serial.out());
    }

    @Test
    void timeline_counts_working_days_from_the_submission_date() {
        Run r = run("timeline", "--submitted", "2026-03-02", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"submitted\" : \"2026-03-02\"", "\"working_days\" : 10");
        assertThat(run("timeline", "--submitted", "2 March").code()).isEqualTo(ExitCode.INVALID);
        // National Day 2026 (Oct 1-7 off, Sep 20 and Oct 10 worked) pushes the 10-day decision to Oct 15.
        assertThat(run("timeline", "--submitted", "2026-09-25", "--format", "json").out()).contains("\"due\" : \"2026-10-15\"");
        assertThat(run("timeline").code()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void diff_reports_what_got_worse() throws IOException {
        Path q = feature();
        Path p = profile(NOT);
        Path old = tmp.resolve("old.json");
        Files.writeString(old, run("assess", "--format", "json", "--questionnaire", q.toString(), p.toString()).out());
        Files.writeString(p, "questionnaire: feature-test\nanswers:\n" + MUST.indent(2));
        Path now = tmp.resolve("new.json");
        Files.writeString(now, run("assess", "--format", "json", "--questionnaire", q.toString(), p.toString()).out());
        Run d = run("diff", old.toString(), now.toString());
        assertThat(d.code()).isEqualTo(ExitCode.THRESHOLD);
        assertThat(d.out()).contains("worse", "route:route", "not_triggered → must_declare");
        Run same = run("diff", "--format", "json", now.toString(), now.toString());
        assertThat(same.code()).isZero();
        assertThat(same.out()).contains("\"changes\" : [ ]");
        Files.writeString(old, "{ not json");
        assertThat(run("diff", old.toString(), now.toString()).code()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void diff_and_baseline_match_profiles_by_company_and_report_moved_and_vanished_ones() throws IOException {
        Path before = Files.createDirectory(tmp.resolve("before"));
        Files.copy(Path.of("samples/us-listing-platform.yaml"), before.resolve("a.yaml"));
        Files.copy(Path.of("samples/hk-listing-platform.yaml"), before.resolve("b.yaml"));
        Path old = tmp.resolve("old.json");
        Files.writeString(old, run("assess", "--date", "2026-01-15", "--format", "json", before.toString()).out());
        // a.yaml moves to another folder under another name; b.yaml is deleted.
        Path after = Files.createDirectory(tmp.resolve("after"));
        Files.copy(before.resolve("a.yaml"), after.resolve("renamed.yaml"));
        Path now = tmp.resolve("new.json");
        Files.writeString(now, run("assess", "--date", "2026-01-15", "--format", "json", after.toString()).out());

        Run d = run("diff", old.toString(), now.toString());
        assertThat(d.code()).as("moving is not getting worse").isZero();
        assertThat(d.out()).contains("↪ moved  " + after.resolve("renamed.yaml") + "  (was " + before.resolve("a.yaml") + ")",
                "✗ gone   " + before.resolve("b.yaml")).doesNotContain("worse", "(new)");
        Run json = run("diff", "--format", "json", old.toString(), now.toString());
        assertThat(json.out()).contains("\"id\" : \"profile:moved\"", "\"id\" : \"profile:vanished\"");

        Run baseline = run("assess", "--date", "2026-01-15", "--baseline", old.toString(), after.toString());
        assertThat(baseline.out()).contains("↪ moved", "✗ gone").doesNotContain("(new)");

        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"schema\": ");
        Run bad = run("diff", broken.toString(), now.toString());
        assertThat(bad.code()).isEqualTo(ExitCode.INVALID);
        assertThat(bad.err()).startsWith(broken + ":1:").contains(": error[J001]");
    }

    @Test
    void a_package_with_docx_is_the_same_bytes_every_run_while_poi_warms_up_beside_it() throws Exception {
        // DOCX is asked for, so a throw-away document is written on a background thread while the real ones are
        // made (DocxSupport.warmUpInBackground): it must change nothing.
        Path sample;
        try (var s = Files.list(Path.of("samples"))) {
            sample = s.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
        java.util.Map<String, byte[]> first = null;
        for (int i = 0; i < 3; i++) {
            Path out = tmp.resolve("docx-run-" + i);
            Run r = run("assess", "--out", out.toString(), "--formats", "md,html,docx", "--date", "2026-01-15", sample.toString());
            assertThat(r.code()).as(r.err()).isZero();
            java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
            try (var s = Files.walk(out)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    files.put(out.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
            assertThat(files.keySet()).anyMatch(n -> n.endsWith(".docx"));
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
    void a_firms_reference_docx_supplies_the_header() throws Exception {
        Path templates = Files.createDirectory(tmp.resolve("firm"));
        try (var ref = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var os = Files.newOutputStream(templates.resolve("reference.docx"))) {
            var header = ref.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("Example Law Firm — privileged & confidential");
            ref.createParagraph().createRun().setText("placeholder body");
            ref.write(os);
        }
        Path out = tmp.resolve("pkg");
        Path sample;
        try (var s = Files.list(Path.of("samples"))) {
            sample = s.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
        Run r = run("assess", "--out", out.toString(), "--formats", "docx", "--doc-lang", "en", "--templates", templates.toString(), "--date", "2026-01-15", sample.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path docx;
        try (var s = Files.walk(out)) {
            docx = s.filter(p -> p.getFileName().toString().startsWith("01-") && p.toString().endsWith(".docx")).findFirst().orElseThrow();
        }
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getHeaderList()).anySatisfy(h -> assertThat(h.getText()).contains("Example Law Firm"));
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText()).doesNotContain("placeholder body");
        }
    }
}
