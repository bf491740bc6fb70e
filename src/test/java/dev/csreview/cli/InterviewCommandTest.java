package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code csreview interview} through picocli with a given standard input (so the plain prompter is used): resume,
 * start over, interruption, the final assessment and package. A sample profile stands in for a finished session.
 */
class InterviewCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run interview(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // Subcommands are registered by Main; here the interview gets the test's stdin.
        CommandLine cmd = new CommandLine(new CsreviewCommand());
        cmd.addSubcommand("interview", new InterviewCommand(dev.csreview.run.RunContext.of(System.getenv()), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        cmd.setExecutionExceptionHandler(new Main.FailureHandler(dev.csreview.questionnaire.Lang.EN));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        String[] all = Stream.concat(Stream.of("interview"), Stream.of(args)).toArray(String[]::new);
        int code = cmd.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Skips whatever the sample leaves open (optional questions the questionnaire may gain while it is rewritten),
     * then finishes on the review, where "s" is refused and Enter finishes.
     */
    private static final String FINISH = "s\n".repeat(20) + "\n";

    private Path sampleSession() throws IOException {
        // A sample that answers every question it is asked, optional ones included, so resuming opens the review.
        Path sample = Path.of("samples", "us-listing-platform.yaml");
        Path session = tmp.resolve("session.yaml");
        Files.copy(sample, session);
        return session;
    }

    @Test
    void a_complete_session_resumes_at_the_review_and_ends_with_the_assessment_and_the_package() throws IOException {
        Path session = sampleSession();
        Path out = tmp.resolve("out");
        Run r = interview(FINISH, "--lang", "en", "--session", session.toString(), "--resume", "--out", out.toString(), "--date", "2026-01-15");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("── Review ──", "Interview finished.");
        assertThat(r.out()).contains("Review routes", "Article 10 risk factors", "Declaration package: ");
        // Labels wherever a person reads: no question or choice id (prejudged_risk = not_done) on the final screens.
        assertThat(r.out().replace(out.toString(), "") + r.err().replace(session.toString(), ""))
                .doesNotContainPattern("\\b[a-z]+_[a-z0-9_]+\\b").doesNotContain(" = ");
        Path pkg;
        try (var dirs = Files.list(out)) {
            pkg = dirs.findFirst().orElseThrow();
        }
        assertThat(pkg.resolve("answers.yaml")).exists();
        // The sources the session was given survive the interview, in the session and in the package's answers.
        assertThat(Files.readString(session)).contains("evidence:", "vie: {document: \"VIE 协议一揽子文件及股权结构图\", date: \"2026-06-30\", holder: \"法务部\"}");
        assertThat(Files.readString(pkg.resolve("answers.yaml"))).contains("evidence:", "VIE 协议一揽子文件及股权结构图");
        try (var docs = Files.list(pkg)) {
            assertThat(Files.readString(docs.filter(p -> p.getFileName().toString().startsWith("01-declaration")).filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow()))
                    .contains("(Exhibit 7)");
        }
        assertThat(pkg.resolve("manifest.json")).exists();
        assertThat(CliTest.run("assess", pkg.resolve("answers.yaml").toString()).code()).isIn(0, 1);
        assertThat(CliTest.run("assess", session.toString()).code()).as("the session file is a profile").isIn(0, 1);

        Run again = interview(FINISH, "--session", session.toString(), "--resume", "--out", out.toString(), "--date", "2026-01-15");
        assertThat(again.code()).isEqualTo(ExitCode.INVALID);
        assertThat(again.err()).contains("--force", "csreview assess " + session);
        Run forced = interview(FINISH, "--session", session.toString(), "--resume", "--force", "--out", out.toString(), "--date", "2026-01-15");
        assertThat(forced.code()).as(forced.err()).isZero();
    }

    @Test
    void sources_asks_where_the_facts_come_from_and_the_package_numbers_them() throws IOException {
        Path session = sampleSession();
        Path out = tmp.resolve("out");
        String sources = "App 运营报告；2026-11-01；产品部\n" + "\n".repeat(15);
        Run r = interview(FINISH + sources, "--lang", "zh", "--session", session.toString(), "--resume", "--sources", "--out", out.toString(),
                "--date", "2026-01-15");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("事实出处", "依据的文件？").doesNotContain("--sources；");
        // Facts that already have a source are not asked again; the one given is saved beside them, in order.
        assertThat(r.err()).doesNotContain("注册用户账户数（含休眠账户） —— 已答");
        String saved = Files.readString(session);
        assertThat(saved).contains("  vie: {document: \"VIE 协议一揽子文件及股权结构图\"", "platform_services: {document: \"App 运营报告\", date: \"2026-11-01\", holder: \"产品部\"}");
        Path pkg;
        try (var dirs = Files.list(out)) {
            pkg = dirs.findFirst().orElseThrow();
        }
        assertThat(Files.readString(pkg.resolve("03-申报材料清单.md"))).contains("App 运营报告（2026年11月1日，产品部）");
        // Without --sources the interview says how to add them.
        Run plain = interview(FINISH, "--lang", "en", "--session", session.toString(), "--resume", "--out", tmp.resolve("out2").toString(), "--date", "2026-01-15");
        assertThat(plain.err()).contains("--resume --sources");
    }

    @Test
    void a_saved_session_is_offered_for_resuming() throws IOException {
        Path session = sampleSession();
        Run r = interview("y\n" + FINISH, "--lang", "zh", "--session", session.toString(), "--out", tmp.resolve("out").toString(), "--date", "2026-01-15");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("发现已保存的访谈", "是否继续", "已恢复");
        assertThat(r.out()).contains("审查情形", "申报材料包");
    }

    @Test
    void enter_alone_resumes_a_found_session() throws IOException {
        Path session = sampleSession();
        String before = Files.readString(session);
        Run r = interview("\n", "--lang", "en", "--session", session.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FAILED);
        assertThat(tmp.resolve("session.yaml.bak")).doesNotExist();
        assertThat(before).contains("users_registered: 3200000");
        assertThat(Files.readString(session)).as("the answers are kept").contains("users_registered: 3200000");
    }

    @Test
    void starting_over_keeps_the_old_session_as_a_backup() throws IOException {
        Path session = sampleSession();
        String before = Files.readString(session);
        Run r = interview("n\n", "--lang", "en", "--session", session.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FAILED);
        assertThat(Files.readString(tmp.resolve("session.yaml.bak"))).isEqualTo(before);
        assertThat(Files.readString(session)).contains("answers: {}\n");
        Run fresh = interview("", "--session", session.toString(), "--new");
        assertThat(fresh.code()).isEqualTo(ExitCode.FAILED);
        assertThat(Files.readString(tmp.resolve("session.yaml.bak"))).as("an earlier backup is never replaced").isEqualTo(before);
        assertThat(tmp.resolve("session.yaml.bak2")).exists();
    }

    @Test
    void a_closed_input_ends_at_once_with_exit_3_not_130_and_a_saved_session() {
        Path session = tmp.resolve("new-session.yaml");
        Run r = interview("", "--lang", "en", "--session", session.toString(), "--plain");
        assertThat(r.code()).as("nothing interrupted the run; it could not complete").isEqualTo(ExitCode.FAILED);
        assertThat(r.err()).contains("The input ended before the interview finished, so no package was written.",
                "The session is saved in " + session, "--resume").doesNotContain("Interrupted");
        assertThat(session).exists();
        CliTest.Run assess = CliTest.run("assess", session.toString());
        assertThat(assess.code()).as("an empty session is a profile with every required answer missing").isEqualTo(ExitCode.INVALID);
        assertThat(assess.err()).contains("error[P02").doesNotContain("S004", "Exception");
    }

    @Test
    void answers_the_questionnaire_cannot_take_are_set_aside_in_a_backup_not_lost() throws IOException {
        Path session = tmp.resolve("odd.yaml");
        String before = "questionnaire: cybersecurity-review-2022\nanswers:\n  company_name: \"Acme\"\n  ciio_likely: maybe\n"
                + "  bogus: 3\n  users_registered: 3200000\n";
        Files.writeString(session, before);
        Run r = interview("q\n", "--lang", "en", "--session", session.toString(), "--resume", "--plain");
        assertThat(r.code()).as(r.err()).isZero();
        Path bak = tmp.resolve("odd.yaml.bak");
        assertThat(bak).exists();
        assertThat(Files.readString(bak)).as("the session as it was, every answer").isEqualTo(before);
        assertThat(r.out() + r.err()).contains("ciio_likely, bogus", bak.toString());
        assertThat(Files.readString(session)).contains("Acme", "3200000").doesNotContain("bogus");

        Run zh = interview("q\n", "--lang", "zh", "--session", bak.toString(), "--resume", "--plain");
        assertThat(zh.out() + zh.err()).contains("ciio_likely, bogus", "odd.yaml.bak.bak");
    }

    @Test
    void a_clean_resume_makes_no_backup() throws IOException {
        Path session = sampleSession();
        Run r = interview("q\n", "--lang", "en", "--session", session.toString(), "--resume", "--plain");
        assertThat(r.code()).isZero();
        assertThat(tmp.resolve("session.yaml.bak")).doesNotExist();
    }

    @Test
    void usage_errors_exit_2_without_a_stack_trace() throws IOException {
        Run both = interview("", "--resume", "--new", "--session", tmp.resolve("s.yaml").toString());
        assertThat(both.code()).isEqualTo(ExitCode.INVALID);
        assertThat(both.err()).contains("--resume and --new");

        Path damaged = tmp.resolve("damaged.yaml");
        Files.writeString(damaged, "questionnaire: cybersecurity-review-2022\nanswers: [not, a, mapping\n");
        Run r = interview("", "--lang", "en", "--session", damaged.toString(), "--resume");
        assertThat(r.code()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("damaged.yaml:", "cannot be read", "--new").doesNotContain("Exception");

        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, "questionnaire: cybersecurity-review-2022\nanswers: {}\n");
        Path feature = tmp.resolve("feature.yaml");
        Files.write(feature, dev.csreview.Fixtures.resource("/fixtures/feature.yaml"));
        Run mismatch = interview("", "--lang", "en", "--questionnaire", feature.toString(), "--session", other.toString(), "--resume");
        assertThat(mismatch.code()).isEqualTo(ExitCode.INVALID);
        assertThat(mismatch.err()).contains("error[P001]", "--new");

        Run badQ = interview("", "--questionnaire", "no-such-questionnaire", "--session", tmp.resolve("x.yaml").toString());
        assertThat(badQ.code()).isEqualTo(ExitCode.INVALID);
        Run badDate = interview("", "--date", "tomorrow", "--session", tmp.resolve("x.yaml").toString());
        assertThat(badDate.code()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void help_lists_the_interview() {
        CliTest.Run r = CliTest.run("--help");
        assertThat(r.out()).contains("interview");
        CliTest.Run h = CliTest.run("interview", "--help");
        assertThat(h.out()).contains("--session", "--resume", "--new", "--plain", "--out", "--formats", "--force", "--date", "--lang");
    }

    @Test
    void q_saves_and_quits_with_exit_0_and_how_to_resume() throws IOException {
        Path session = tmp.resolve("quit.yaml");
        Run r = interview("Acme\nq\n", "--lang", "en", "--session", session.toString(), "--plain");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Saved to " + session + "; resume with `csreview interview --session " + session + " --resume`.")
                .doesNotContain("Interrupted");
        assertThat(Files.readString(session)).contains("Acme");
        Run again = interview("q\n", "--lang", "zh", "--session", session.toString(), "--resume", "--plain");
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("已保存到 " + session);
    }
}
