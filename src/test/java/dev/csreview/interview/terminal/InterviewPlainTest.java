package dev.csreview.interview.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.Fixtures;
import dev.csreview.interview.Interview;
import dev.csreview.interview.InterviewRunner;
import dev.csreview.interview.Labels;
import dev.csreview.interview.SessionFile;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain numbered prompter driven line by line, as a pipe or a dumb terminal would. */
class InterviewPlainTest {
    private static final Questionnaire Q = Fixtures.feature();

    @TempDir
    Path tmp;

    record Run(InterviewRunner.Result result, Interview interview, String screen) {}

    private Run run(Lang lang, String... lines) throws IOException {
        return run(Q, lang, lines);
    }

    private Run run(Questionnaire q, Lang lang, String... lines) throws IOException {
        StringWriter screen = new StringWriter();
        PlainPrompter p = new PlainPrompter(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
                new PrintWriter(screen, true), Labels.of(lang), true);
        Interview interview = new Interview(q, lang, Map.of(), null);
        InterviewRunner.Result r = new InterviewRunner(interview, p, new SessionFile(tmp.resolve("s.yaml"), q, lang)).run();
        return new Run(r, interview, screen.toString());
    }

    @Test
    void every_command_and_question_type_as_typed_lines() throws IOException {
        Run r = run(Lang.EN,
                "",            // name: empty is refused locally
                "\\b",         // a literal "b", not "back"
                "?",           // articles of flagged
                "3",           // flagged: unknown
                "b",           // back to flagged
                "1",           // yes
                "1 500",       // count_a
                "s",           // count_b: skip = unknown
                "2",           // colour: Blue
                "1,2",         // extras
                "2010-01-01",  // since
                "y", "R1", "n",           // add a record: label, not risky (so "why" is not asked)
                "y", "R2", "1", "why",    // add another: label, risky, why
                "x 1",         // remove the first
                "e 1", "", "", "",        // edit R2: keep every answer
                "g", "1",      // sections: jump to Basics
                "r",           // review
                "");           // finish
        assertThat(r.result()).as(r.screen()).isEqualTo(InterviewRunner.Result.FINISHED);
        var a = r.interview().answers();
        assertThat(a.get("name").value()).isEqualTo("b");
        assertThat(a.get("flagged").value()).isEqualTo(true);
        assertThat(a.get("count_a").value()).isEqualTo(1500L);
        assertThat(a.get("count_b").status()).isEqualTo(AnswerStatus.UNKNOWN);
        assertThat(a.get("colour").value()).isEqualTo("blue");
        assertThat(a.get("extras").value()).isEqualTo(List.of("x", "y"));
        assertThat(a.get("items").items()).singleElement().satisfies(i -> {
            assertThat(i.answer("label").value()).isEqualTo("R2");
            assertThat(i.answer("why_risky").value()).isEqualTo("why");
        });
        assertThat(r.screen()).contains(
                "── 1/2 Basics · 1/8 ──",
                "✗ Type an answer, or skip the question.",
                "Art. 2: (no summary of this article in the questionnaire)",
                "   3) Unknown",
                "Current answer: Unknown (Enter keeps it)",
                "Add a record? (y/n)",
                "Removed record 1.",
                "── Sections ──",
                "── Review ──",
                "[Things] Items: 1 record(s): R2");
    }

    @Test
    void chinese_screens_and_yes_no_words() throws IOException {
        Run r = run(Lang.ZH, "甲公司", "否", "5");
        assertThat(r.result()).isEqualTo(InterviewRunner.Result.INPUT_ENDED);
        assertThat(r.interview().answers().get("flagged").value()).isEqualTo(false);
        assertThat(r.screen()).contains("── 1/2 基本 · 1/8 ──", "依据：第1条", "b 上一题 · s 跳过");
    }

    @Test
    void enter_passes_an_optional_question_by_and_is_refused_on_a_required_one() throws Exception {
        var catalog = new dev.csreview.questionnaire.QuestionnaireCatalog();
        Questionnaire builtin = catalog.load(catalog.defaultId(), new dev.csreview.questionnaire.QuestionnaireLoader()).questionnaire();
        Run r = run(builtin, Lang.EN,
                "",            // company name (required): Enter is refused
                "Acme",
                "");           // sectors (optional, no default): Enter leaves it unanswered
        assertThat(r.result()).isEqualTo(InterviewRunner.Result.INPUT_ENDED);
        assertThat(r.interview().answers()).containsOnlyKeys("company_name");
        assertThat(r.screen()).containsOnlyOnce("✗ Type an answer, or skip the question.")
                .contains("Which sectors", "Has a protection department notified your company");
    }

    @Test
    void end_of_input_ends_the_interview_instead_of_waiting() throws IOException {
        Run r = run(Lang.EN, "Acme");
        assertThat(r.result()).isEqualTo(InterviewRunner.Result.INPUT_ENDED);
        assertThat(r.interview().answers().get("name").value()).isEqualTo("Acme");
    }

    @Test
    void yes_no_error_names_every_valid_answer_and_dont_know_means_unknown() throws IOException {
        Run r = run(Lang.EN, "Acme", "maybe", "don't know", "650万", "不清楚");
        assertThat(r.screen()).contains("✗ Answer 1 (yes), 2 (no) or 3 (unknown); y, n and \"not sure\" also work. (maybe)",
                "Recorded: 6,500,000 units");
        var a = r.interview().answers();
        assertThat(a.get("flagged").status()).isEqualTo(AnswerStatus.UNKNOWN);
        assertThat(a.get("count_a").value()).isEqualTo(6_500_000L);
        assertThat(a.get("count_b").status()).as("不清楚 in an English interview").isEqualTo(AnswerStatus.UNKNOWN);
        Run zh = run(Lang.ZH, "甲", "不知道", "s");
        assertThat(zh.interview().answers().get("flagged").status()).isEqualTo(AnswerStatus.UNKNOWN);
        assertThat(zh.screen()).as("skipping shows what it gave").contains("  ❯ 不清楚");
    }

    @Test
    void q_quits_on_purpose_and_is_not_an_interruption() throws IOException {
        Run r = run(Lang.EN, "Acme", "q");
        assertThat(r.result()).isEqualTo(InterviewRunner.Result.QUIT);
        assertThat(r.interview().answers().get("name").value()).isEqualTo("Acme");
    }

    @Test
    void lines_wrap_at_word_boundaries_to_the_terminal_width() throws Exception {
        var catalog = new dev.csreview.questionnaire.QuestionnaireCatalog();
        Questionnaire builtin = catalog.load(catalog.defaultId(), new dev.csreview.questionnaire.QuestionnaireLoader()).questionnaire();
        for (Lang lang : Lang.values()) {
            StringWriter screen = new StringWriter();
            PlainPrompter p = new PlainPrompter(new BufferedReader(new StringReader("Acme\n?\nq\n")), new PrintWriter(screen, true), Labels.of(lang), true, 40);
            Interview interview = new Interview(builtin, lang, Map.of(), null);
            new InterviewRunner(interview, p, new SessionFile(tmp.resolve("w.yaml"), builtin, lang)).run();
            List<String> lines = screen.toString().lines().toList();
            assertThat(screen.toString()).as("? names each summary's grade")
                    .containsPattern(lang == Lang.EN ? "\\[(paraphrase|Chinese text quoted; English paraphrase)]" : "\\[(概述|原文引用)]");
            assertThat(lines).allSatisfy(l -> assertThat(new org.jline.utils.AttributedString(l).columnLength()).as(l).isLessThanOrEqualTo(40));
            String second = builtin.sections().get(0).questions().get(1).text().in(lang);
            if (lang == Lang.EN) {
                for (String word : second.split("[\\s(),?]+")) {
                    if (word.length() > 2) {
                        assertThat(lines).as("'%s' whole on one line", word).anySatisfy(l -> assertThat(l).contains(word));
                    }
                }
            } else {
                assertThat(String.join("", lines.stream().map(String::strip).toList())).contains(second.replace(" ", ""));
            }
        }
    }
}
