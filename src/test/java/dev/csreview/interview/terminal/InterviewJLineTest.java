package dev.csreview.interview.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.csreview.Fixtures;
import dev.csreview.interview.Interview;
import dev.csreview.interview.InterviewRunner;
import dev.csreview.interview.Labels;
import dev.csreview.interview.SessionFile;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JLine prompter on a virtual xterm: keys are fed by a thread with a pause before each, so the prompt has
 * entered raw mode when they arrive (fed too early, the cooked line discipline eats Enter and Ctrl-C); every test
 * has a preemptive timeout, because a prompt that waits for a key that never comes would hang the build.
 */
class InterviewJLineTest {
    private static final Questionnaire Q = Fixtures.feature();
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private PipedOutputStream keys;
    private ByteArrayOutputStream screen;
    private Terminal terminal;

    @BeforeEach
    void terminal() throws IOException {
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 4096);
        screen = new ByteArrayOutputStream();
        terminal = TerminalBuilder.builder().system(false).type("xterm-256color").streams(in, screen)
                .size(new Size(100, 30)).encoding(StandardCharsets.UTF_8).build();
    }

    @AfterEach
    void close() throws IOException {
        terminal.close();
        keys.close();
    }

    /** Types each key after a pause, on its own thread. */
    private Thread feed(String... sequence) {
        Thread t = new Thread(() -> {
            try {
                for (String k : sequence) {
                    Thread.sleep(350);
                    keys.write(k.getBytes(StandardCharsets.UTF_8));
                    keys.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the test ended first
            }
        }, "key-feeder");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private String down() {
        return KeyMap.key(terminal, Capability.key_down);
    }

    private InterviewRunner.Result run(Interview interview, Lang lang) throws IOException {
        JLinePrompter prompter = new JLinePrompter(terminal, Labels.of(lang), false);
        return new InterviewRunner(interview, prompter, new SessionFile(tmp.resolve("s.yaml"), Q, lang)).run();
    }

    @Test
    void text_choice_back_and_ctrl_c_on_a_real_line_editor_and_list() {
        Interview interview = new Interview(Q, Lang.ZH, Map.of(), null);
        feed("ACME 公司\r", down() + "\r", KeyMap.esc(), "y", "1,200\r", KeyMap.ctrl('C'));
        InterviewRunner.Result result = assertTimeoutPreemptively(LIMIT, () -> run(interview, Lang.ZH));

        assertThat(result).isEqualTo(InterviewRunner.Result.INTERRUPTED);
        Map<String, Answer> a = interview.answers();
        assertThat(a.get("name").value()).isEqualTo("ACME 公司");
        assertThat(a.get("flagged").value()).as("first No, then back, then y").isEqualTo(true);
        assertThat(a.get("count_a").value()).isEqualTo(1200L);
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("1/2 基本 · 1/8", "名称", "是否标记？", "依据：第2条");
    }

    @Test
    void checkbox_group_and_review_finish_the_interview() throws IOException {
        Map<String, Answer> start = Map.of(
                "name", new Answer("Acme", AnswerStatus.ANSWERED, null),
                "flagged", new Answer(false, AnswerStatus.ANSWERED, null),
                "count_a", new Answer(5L, AnswerStatus.ANSWERED, null),
                "count_b", Answer.unknown(null));
        Interview interview = new Interview(Q, Lang.EN, start, "colour");
        // colour: Down, Enter (Blue); extras: x is ticked by default, Down, Space ticks y, Enter;
        // items: "?" shows the articles, n = no records; review: Enter on "Finish".
        feed(down() + "\r", down(), " ", "\r", "?", "n", "\r");
        InterviewRunner.Result result = assertTimeoutPreemptively(LIMIT, () -> run(interview, Lang.EN));

        assertThat(result).isEqualTo(InterviewRunner.Result.FINISHED);
        assertThat(interview.answers().get("colour").value()).isEqualTo("blue");
        assertThat(interview.answers().get("extras").value()).isEqualTo(List.of("x", "y"));
        assertThat(interview.answers().get("items").items()).isEmpty();
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("[x] X", "Art. 6: (no summary of this article in the questionnaire)", "Finish and assess");
        assertThat(Files.readString(tmp.resolve("s.yaml"))).contains("colour: \"blue\"", "items: []");
    }

    /** What the screen shows, without the escape sequences that draw it. */
    private String text() {
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]|\u001B[()][0-9A-Za-z]|\u001B[=>]", "");
    }

    @Test
    void refused_number_is_kept_written_number_echoed_tab_shows_unknown_and_q_quits() {
        Map<String, Answer> start = Map.of("name", new Answer("Acme", AnswerStatus.ANSWERED, null),
                "flagged", new Answer(false, AnswerStatus.ANSWERED, null));
        Interview interview = new Interview(Q, Lang.ZH, start, "count_a");
        // count_a: "abc" is refused and comes back in the line; Ctrl-U clears it; 650万 is read as 6,500,000.
        // count_b: Tab skips (unknown). colour: q quits.
        feed("abc\r", KeyMap.ctrl('U') + "650万\r", "\t", "q");
        InterviewRunner.Result result = assertTimeoutPreemptively(LIMIT, () -> run(interview, Lang.ZH));

        assertThat(result).isEqualTo(InterviewRunner.Result.QUIT);
        assertThat(interview.answers().get("count_a").value()).isEqualTo(6_500_000L);
        assertThat(interview.answers().get("count_b").status()).isEqualTo(AnswerStatus.UNKNOWN);
        String shown = text();
        assertThat(shown).contains("✗ 请输入整数", "已记为 6,500,000个", "› 不清楚", "q 保存并退出");
        int refused = shown.indexOf("✗ 请输入整数");
        assertThat(shown.substring(refused)).as("the refused text is offered again").contains("› abc");
    }

    @Test
    void enter_on_an_empty_optional_number_passes_it_by() throws Exception {
        String yaml = new String(Fixtures.resource("/fixtures/feature.yaml"), StandardCharsets.UTF_8)
                .replace("        max: 1000000000\n", "        max: 1000000000\n        required: false\n");
        Questionnaire q = new dev.csreview.questionnaire.QuestionnaireLoader().load("f.yaml", yaml.getBytes(StandardCharsets.UTF_8)).questionnaire();
        Map<String, Answer> start = Map.of("name", new Answer("Acme", AnswerStatus.ANSWERED, null),
                "flagged", new Answer(false, AnswerStatus.ANSWERED, null), "count_a", new Answer(5L, AnswerStatus.ANSWERED, null));
        Interview interview = new Interview(q, Lang.EN, start, "count_b");
        feed("\r", KeyMap.ctrl('C'));
        InterviewRunner.Result result = assertTimeoutPreemptively(LIMIT,
                () -> new InterviewRunner(interview, new JLinePrompter(terminal, Labels.of(Lang.EN), false), new SessionFile(tmp.resolve("o.yaml"), q, Lang.EN)).run());
        assertThat(result).isEqualTo(InterviewRunner.Result.INTERRUPTED);
        assertThat(interview.position().key()).as("moved on to the next question").isEqualTo("colour");
        assertThat(text()).doesNotContain("✗");
    }

    @Test
    void a_list_redraws_at_once_when_the_terminal_is_resized() throws Exception {
        Map<String, Answer> start = Map.of("name", new Answer("Acme", AnswerStatus.ANSWERED, null),
                "flagged", new Answer(false, AnswerStatus.ANSWERED, null), "count_a", new Answer(5L, AnswerStatus.ANSWERED, null),
                "count_b", Answer.unknown(null));
        Interview interview = new Interview(Q, Lang.EN, start, "colour");
        int[] sizes = new int[2];
        Thread resizer = new Thread(() -> {
            try {
                Thread.sleep(700);
                sizes[0] = screen.size();
                terminal.setSize(new Size(40, 30));
                terminal.raise(Terminal.Signal.WINCH);
                Thread.sleep(500);
                sizes[1] = screen.size();
                keys.write("\r".getBytes(StandardCharsets.UTF_8));
                keys.flush();
                Thread.sleep(350);
                keys.write(KeyMap.ctrl('C').getBytes(StandardCharsets.UTF_8));
                keys.flush();
            } catch (IOException | InterruptedException e) {
                // the test ended first
            }
        }, "resizer");
        resizer.setDaemon(true);
        resizer.start();
        assertTimeoutPreemptively(LIMIT, () -> run(interview, Lang.EN));
        assertThat(sizes[1]).as("drawn again after SIGWINCH, before any key").isGreaterThan(sizes[0]);
        assertThat(interview.answers().get("colour").value()).isEqualTo("red");
    }
}
