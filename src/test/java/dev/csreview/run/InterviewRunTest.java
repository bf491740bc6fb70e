package dev.csreview.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csreview.interview.InterviewRunner;
import dev.csreview.interview.terminal.Prompters;
import dev.csreview.questionnaire.Lang;
import dev.csreview.report.PackageRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interview run without the command line, on the plain prompter: how it ends, what it refuses before opening a
 * prompter, and the package it writes at the end.
 */
class InterviewRunTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger opened = new AtomicInteger();

    /** Skips whatever the sample leaves open, then finishes on the review. */
    private static final String FINISH = "s\n".repeat(20) + "\n";

    private InterviewRun.Summary interview(String stdin, Path session, boolean resume, Path update, boolean startOver, Path outDir)
            throws IOException {
        PrintWriter errors = new PrintWriter(err, true);
        InterviewRun.FrontEnd plain = labels -> {
            opened.incrementAndGet();
            return Prompters.openInBackground(true, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), errors, labels, () -> null);
        };
        PackageChoices packages = new PackageChoices(outDir, Set.of(PackageRequest.Format.MD), Set.of(Lang.EN),
                Optional.of(LocalDate.of(2026, 1, 15)), false, null, null, null, null, Lang.EN);
        InterviewRun.Request r = new InterviewRun.Request(null, List.of(), session, true, resume, update, startOver, false, packages, Lang.EN);
        return new InterviewRun(RunContext.of(Map.of()), new PrintWriter(out, true), errors, plain, "test").run(r);
    }

    @Test
    void a_finished_session_prints_the_assessment_and_writes_the_package() throws IOException {
        Path session = Files.copy(Path.of("samples/us-listing-platform.yaml"), tmp.resolve("session.yaml"));
        InterviewRun.Summary s = interview(FINISH, session, true, null, false, tmp.resolve("out"));
        assertThat(s.ending()).as(err.toString()).isEqualTo(InterviewRunner.Result.FINISHED);
        assertThat(s.packageFolder()).isDirectory().startsWith(tmp.resolve("out"));
        assertThat(out.toString()).contains("Declaration package: " + s.packageFolder());
        assertThat(err.toString()).contains("Interview finished. Answers saved in " + session);
    }

    @Test
    void a_package_folder_in_the_way_is_a_usage_error_that_says_the_answers_are_saved() throws IOException {
        Path session = Files.copy(Path.of("samples/us-listing-platform.yaml"), tmp.resolve("session.yaml"));
        interview(FINISH, session, true, null, false, tmp.resolve("out"));
        assertThatThrownBy(() -> interview(FINISH, session, true, null, false, tmp.resolve("out")))
                .isInstanceOfSatisfying(RunException.class, e -> assertThat(e.getMessage())
                        .contains("already exists; use --force to replace it (the answers are saved: csreview assess " + session));
    }

    @Test
    void quitting_saves_the_session_and_says_how_to_resume() throws IOException {
        Path session = tmp.resolve("new.yaml");
        InterviewRun.Summary s = interview("q\n", session, false, null, true, tmp);
        assertThat(s.ending()).isEqualTo(InterviewRunner.Result.QUIT);
        assertThat(s.packageFolder()).isNull();
        assertThat(err.toString()).contains("Saved to " + session + "; resume with `csreview interview --session " + session + " --resume`.");
    }

    @Test
    void the_end_of_input_ends_the_run_unfinished_not_interrupted() throws IOException {
        InterviewRun.Summary s = interview("", tmp.resolve("new.yaml"), false, null, false, tmp);
        assertThat(s.ending()).isEqualTo(InterviewRunner.Result.INPUT_ENDED);
        assertThat(err.toString()).contains("csreview: The input ended before the interview finished").doesNotContain("Interrupted");
    }

    @Test
    void contradictory_options_are_refused_before_a_prompter_is_opened() {
        Path session = tmp.resolve("s.yaml");
        assertThatThrownBy(() -> interview("", session, true, null, true, tmp)).hasMessage("--resume and --new exclude each other");
        assertThatThrownBy(() -> interview("", session, false, tmp.resolve("p.yaml"), true, tmp)).hasMessage("--update and --new exclude each other");
        assertThatThrownBy(() -> interview("", session, false, tmp.resolve("none.yaml"), false, tmp))
                .hasMessage("--update: no profile " + tmp.resolve("none.yaml"));
        assertThat(opened).hasValue(0);
    }

    @Test
    void a_session_that_does_not_read_is_refused_without_losing_it() throws IOException {
        Path session = Files.writeString(tmp.resolve("broken.yaml"), "questionnaire: cybersecurity-review-2022\nanswers: [\n");
        assertThatThrownBy(() -> interview("", session, true, null, false, tmp)).isInstanceOf(RunException.class);
        assertThat(session).hasContent("questionnaire: cybersecurity-review-2022\nanswers: [\n");
    }
}
