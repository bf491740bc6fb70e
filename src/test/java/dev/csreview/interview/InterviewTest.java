package dev.csreview.interview;

import static dev.csreview.interview.ScriptedPrompter.check;
import static dev.csreview.interview.ScriptedPrompter.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.Fixtures;
import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.QuestionType;
import dev.csreview.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The interview core on the feature questionnaire: every question type, navigation, groups, validation, autosave. */
class InterviewTest {
    private static final Questionnaire Q = Fixtures.feature();

    @TempDir
    Path tmp;

    private Interview fresh(Lang lang) {
        return new Interview(Q, lang, Map.of(), null);
    }

    private InterviewRunner.Result run(Interview interview, ScriptedPrompter p) throws IOException {
        return new InterviewRunner(interview, p, new SessionFile(tmp.resolve("session.yaml"), Q, Lang.EN)).run();
    }

    private Assessment assessSaved() throws IOException {
        byte[] bytes = Files.readAllBytes(tmp.resolve("session.yaml"));
        ProfileAssessor.Result r = new ProfileAssessor(Q).assess("session.yaml", bytes);
        assertThat(r.diagnostics()).as(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).noneMatch(d -> d.isError());
        return r.assessment().orElseThrow();
    }

    private static QuestionScreen question(Screen s) {
        assertThat(s).isInstanceOf(QuestionScreen.class);
        return (QuestionScreen) s;
    }

    /** The happy path through every question type, ending in an assessable session file. */
    private static ScriptedPrompter everyType() {
        return new ScriptedPrompter().then(
                given("Acme 公司"),
                given(true),
                given("1,500"),
                given("3"),
                given("red"),
                given(List.of("y", "x")),
                given("2010-05-01"),
                new Reply.Add(),
                given("Router"),
                given(true),
                given("remote access"),
                new Reply.Done(),
                new Reply.Done());
    }

    @Test
    void every_question_type_ends_in_a_session_that_assesses() throws IOException {
        ScriptedPrompter p = everyType();
        assertThat(run(fresh(Lang.EN), p)).isEqualTo(InterviewRunner.Result.FINISHED);
        Assessment a = assessSaved();
        Map<String, Answer> answers = a.answers().answers();
        assertThat(answers.get("name").value()).isEqualTo("Acme 公司");
        assertThat(answers.get("count_a").value()).isEqualTo(1500L);
        assertThat(answers.get("extras").value()).isEqualTo(List.of("x", "y"));
        assertThat(answers.get("since").value()).isEqualTo("2010-05-01");
        assertThat(answers.get("items").items()).singleElement()
                .satisfies(i -> assertThat(i.answer("why_risky").value()).isEqualTo("remote access"));
        assertThat(a.determinations().get(0).outcome()).isEqualTo(Outcome.MUST_DECLARE);
        String saved = Files.readString(tmp.resolve("session.yaml"));
        assertThat(saved).contains("questionnaire: feature-test", SessionFile.POSITION + "finished");
    }

    @Test
    void screens_carry_progress_types_and_the_question_texts_in_the_chosen_language() throws IOException {
        ScriptedPrompter p = everyType();
        run(fresh(Lang.ZH), p);
        QuestionScreen first = question(p.shown.get(0));
        assertThat(first.text()).isEqualTo("名称");
        assertThat(first.type()).isEqualTo(QuestionType.TEXT);
        assertThat(first.progress().line()).isEqualTo("1/2 基本 · 1/8");
        assertThat(first.articles()).containsExactly(new Article("第1条", null, null));
        QuestionScreen count = question(p.shown.get(2));
        assertThat(count.unit()).isEqualTo("个");
        assertThat(count.allowUnknown()).isTrue();
        QuestionScreen colour = question(p.shown.get(4));
        assertThat(colour.options()).extracting(Option::label).containsExactly("红", "蓝");
        assertThat(colour.required()).isTrue();
        QuestionScreen extras = question(p.shown.get(5));
        assertThat(extras.current()).as("the default is offered").isEqualTo(List.of("x"));
        assertThat(extras.currentIsDefault()).isTrue();
        assertThat(p.shown.get(7)).isInstanceOfSatisfying(GroupScreen.class, g -> {
            assertThat(g.records()).isEmpty();
            assertThat(g.progress().line()).isEqualTo("2/2 物品 · 8/8");
        });
        QuestionScreen label = question(p.shown.get(8));
        assertThat(label.record()).as("the record and where the field stands in it").isEqualTo("物品 第1项 — 第 1/1 项，第 1/3 栏");
        assertThat(p.shown.get(11)).isInstanceOfSatisfying(GroupScreen.class, g -> assertThat(g.records()).containsExactly("Router"));
    }

    @Test
    void a_condition_hides_a_question_until_its_answer_makes_it_apply() throws IOException {
        ScriptedPrompter p = new ScriptedPrompter().then(given("A"), given(false), given("1"), given("1"), given("blue"), given(List.of()));
        run(fresh(Lang.EN), p);
        assertThat(p.last()).as("since is not asked when not flagged").isInstanceOf(GroupScreen.class);
        assertThat(question(p.shown.get(0)).progress().questions()).isEqualTo(8);
        assertThat(question(p.shown.get(2)).progress().questions()).as("7 apply once flagged is no").isEqualTo(7);
    }

    @Test
    void invalid_input_is_refused_inline_with_the_reason_and_the_questionnaires_own_message() throws IOException {
        ScriptedPrompter p = new ScriptedPrompter().then(
                given("A"), given("maybe"), given(true), given("many"), given("-5"), given("7"), given("1"),
                given("green"), given("red"), given(List.of()), given("2024/01/01"), given("1999-12-31"), given("2001-01-01"));
        run(fresh(Lang.EN), p);
        List<String> errors = p.shown.stream().filter(s -> s instanceof QuestionScreen).map(s -> ((QuestionScreen) s).error())
                .filter(e -> e != null).toList();
        assertThat(errors).containsExactly(
                "Answer 1 (yes), 2 (no) or 3 (unknown); y, n and \"not sure\" also work.",
                "Type a whole number: 3200000, 3,200,000, 320万, 3.2m or 3.2 million (not 3.2 alone).",
                "The number cannot be less than 0.",
                "'green' is not one of the choices.",
                "Type a date as YYYY-MM-DD, e.g. 2024-03-01.",
                "The date cannot be before 2000");
        assertThat(p.last()).isInstanceOf(GroupScreen.class);
    }

    @Test
    void validation_messages_are_in_chinese_with_lang_zh() throws IOException {
        ScriptedPrompter p = new ScriptedPrompter().then(given("A"), given(true), given("1"), given("1"), given("red"), given(List.of()), given("1990-01-01"));
        run(fresh(Lang.ZH), p);
        assertThat(question(p.last()).error()).isEqualTo("日期不能早于2000年");
    }

    @Test
    void back_returns_to_the_previous_question_with_its_answer_and_forward_shows_it_again() throws IOException {
        ScriptedPrompter p = new ScriptedPrompter().then(given("Acme"), given(true), new Reply.Back(), new Reply.Back(), new Reply.Back(), given("Acme 2"));
        run(fresh(Lang.EN), p);
        assertThat(question(p.shown.get(2)).questionId()).isEqualTo("count_a");
        assertThat(question(p.shown.get(3)).questionId()).isEqualTo("flagged");
        assertThat(question(p.shown.get(3)).current()).isEqualTo(true);
        assertThat(question(p.shown.get(4)).questionId()).isEqualTo("name");
        assertThat(question(p.shown.get(5)).notice()).isEqualTo("This is the first question.");
        assertThat(question(p.shown.get(6)).questionId()).isEqualTo("flagged");
        assertThat(question(p.shown.get(6)).current()).as("answers survive going back").isEqualTo(true);
    }

    @Test
    void skip_records_unknown_where_allowed_and_leaves_required_questions_open_with_a_warning() throws IOException {
        ScriptedPrompter p = new ScriptedPrompter().then(
                given("Acme"), new Reply.Skip(), new Reply.Skip(), given("1"), new Reply.Skip(), new Reply.Skip(), new Reply.Skip(), new Reply.Done(),
                new Reply.Done());
        Interview interview = fresh(Lang.EN);
        run(interview, p);
        assertThat(interview.answers().get("flagged").status()).isEqualTo(AnswerStatus.UNKNOWN);
        assertThat(interview.answers().get("count_a").status()).isEqualTo(AnswerStatus.UNKNOWN);
        assertThat(interview.answers()).doesNotContainKey("colour");
        QuestionScreen afterColour = question(p.shown.get(5));
        assertThat(afterColour.questionId()).isEqualTo("extras");
        assertThat(afterColour.notice()).startsWith("Left unanswered");
        // "since" may apply (flagged is unknown): asked, but not required.
        QuestionScreen since = question(p.shown.get(6));
        assertThat(since.questionId()).isEqualTo("since");
        assertThat(since.required()).isFalse();
        // Finishing with a required answer missing goes to it instead.
        assertThat(p.shown.get(8)).isInstanceOfSatisfying(ReviewScreen.class, r -> {
            assertThat(r.problems()).isEqualTo(1);
            assertThat(r.entries()).filteredOn(e -> e.questionId().equals("colour")).singleElement()
                    .satisfies(e -> assertThat(e.state()).isEqualTo(ReviewScreen.State.MISSING));
        });
        QuestionScreen colour = question(p.last());
        assertThat(colour.questionId()).isEqualTo("colour");
        assertThat(colour.notice()).isEqualTo("1 answer(s) must be given or fixed before finishing.");
    }

    @Test
    void review_lists_every_answer_and_editing_one_returns_to_the_review() throws IOException {
        ScriptedPrompter q = new ScriptedPrompter().then(
                given("Acme"), given(false), given("5"), given("3"), given("blue"), given(List.of("x")), new Reply.Done(),
                check(s -> {
                    ReviewScreen r = (ReviewScreen) s;
                    assertThat(r.entries()).extracting(ReviewScreen.Entry::questionId)
                            .containsExactly("name", "flagged", "count_a", "count_b", "colour", "extras", "items");
                    assertThat(r.entries()).extracting(ReviewScreen.Entry::answer)
                            .containsExactly("Acme", "no", "5 units", "3", "Blue", "X", "none");
                    assertThat(r.problems()).isZero();
                    return new Reply.Pick(3);
                }),
                given("500"),
                new Reply.Done());
        Interview interview = fresh(Lang.EN);
        assertThat(run(interview, q)).isEqualTo(InterviewRunner.Result.FINISHED);
        assertThat(q.shown.get(9)).isInstanceOf(ReviewScreen.class);
        assertThat(interview.answers().get("count_b").value()).isEqualTo(500L);
        assertThat(assessSaved().factors().get(0).score()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void a_date_is_shown_as_the_language_writes_it_and_edited_as_typed(Lang lang) throws IOException {
        String written = lang == Lang.ZH ? "2010年1月1日" : "1 January 2010";
        ScriptedPrompter p = new ScriptedPrompter().then(
                given("Acme"), given(true), given("5"), given("3"), given("blue"), given(List.of("x")), given("2010-01-01"),
                new Reply.Done(),
                check(s -> {
                    ReviewScreen r = (ReviewScreen) s;
                    assertThat(r.entries().get(6).questionId()).isEqualTo("since");
                    assertThat(r.entries().get(6).answer()).isEqualTo(written);
                    return new Reply.Pick(6);
                }),
                check(s -> {
                    // The screen words the date; the edit starts from what the parser reads back.
                    assertThat(question(s).shownAnswer()).isEqualTo(written);
                    assertThat(question(s).current()).isEqualTo("2010-01-01");
                    return given(question(s).current());
                }),
                new Reply.Done());
        Interview interview = fresh(lang);
        assertThat(run(interview, p)).isEqualTo(InterviewRunner.Result.FINISHED);
        assertThat(interview.answers().get("since").value()).isEqualTo("2010-01-01");
    }

    @Test
    void answers_that_stop_applying_are_dropped_only_after_the_user_confirms() throws IOException {
        ScriptedPrompter p = new ScriptedPrompter().then(
                given("Acme"), given(true), given("5"), given("3"), given("blue"), given(List.of("x")), given("2010-01-01"),
                new Reply.Done(),
                new Reply.Pick(1), given(false),
                check(s -> {
                    ConfirmScreen c = (ConfirmScreen) s;
                    assertThat(c.message()).contains("1 answer(s) no longer apply");
                    assertThat(c.details()).containsExactly("Since when: 1 January 2010");
                    return given(false);
                }),
                check(s -> {
                    assertThat(question(s).notice()).isEqualTo("Nothing changed.");
                    assertThat(question(s).current()).isEqualTo(true);
                    return given(false);
                }),
                given(true),
                new Reply.Done());
        Interview interview = fresh(Lang.EN);
        assertThat(run(interview, p)).isEqualTo(InterviewRunner.Result.FINISHED);
        assertThat(interview.answers().get("flagged").value()).isEqualTo(false);
        assertThat(interview.answers()).doesNotContainKey("since");
        assertThat(p.shown.get(p.shown.size() - 1)).isInstanceOfSatisfying(ReviewScreen.class,
                r -> assertThat(r.notice()).isEqualTo("Dropped 1 answer(s) that no longer apply."));
    }

    @Test
    void group_records_are_added_edited_and_removed_and_fields_follow_their_conditions() throws IOException {
        ScriptedPrompter p = new ScriptedPrompter().then(
                given("Acme"), given(false), given("5"), given("3"), given("blue"), given(List.of("x")),
                new Reply.Add(), given("Router"), given(false),
                new Reply.Add(), given("Switch"), given(true), given("remote"),
                new Reply.Add(), given("Gone"), new Reply.Unknown(), new Reply.Skip(),
                check(s -> {
                    assertThat(((GroupScreen) s).records()).containsExactly("Router", "Switch", "Gone");
                    return new Reply.Remove(2);
                }),
                new Reply.Pick(0), given("Router 2"), given(true), given("firmware"),
                check(s -> {
                    GroupScreen g = (GroupScreen) s;
                    assertThat(g.records()).containsExactly("Router 2", "Switch");
                    return new Reply.Pick(1);
                }),
                given("Switch"),
                given(false),
                check(s -> {
                    ConfirmScreen c = (ConfirmScreen) s;
                    assertThat(c.details()).containsExactly("Switch · Why?: remote");
                    return given(true);
                }),
                new Reply.Done(),
                new Reply.Done());
        Interview interview = fresh(Lang.EN);
        assertThat(run(interview, p)).isEqualTo(InterviewRunner.Result.FINISHED);
        Assessment a = assessSaved();
        var items = a.answers().answers().get("items").items();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).answer("label").value()).isEqualTo("Router 2");
        assertThat(items.get(0).answer("why_risky").value()).isEqualTo("firmware");
        assertThat(items.get(1).answer("risky").value()).isEqualTo(false);
        assertThat(items.get(1).answer("why_risky").status()).isEqualTo(AnswerStatus.NOT_APPLICABLE);
        assertThat(p.shown).filteredOn(s -> s instanceof GroupScreen).extracting(s -> ((GroupScreen) s).notice())
                .contains("Removed record 3.");
    }

    @Test
    void sections_can_be_jumped_to() throws IOException {
        ScriptedPrompter p = new ScriptedPrompter().then(given("Acme"), new Reply.Sections(), check(s -> {
            SectionsScreen sections = (SectionsScreen) s;
            assertThat(sections.entries()).extracting(SectionsScreen.Entry::title).containsExactly("Basics", "Things");
            assertThat(sections.entries().get(0).answered()).isEqualTo(1);
            assertThat(sections.current()).isZero();
            return new Reply.Pick(1);
        }), new Reply.Back());
        run(fresh(Lang.EN), p);
        assertThat(p.shown.get(3)).isInstanceOf(GroupScreen.class);
        assertThat(question(p.shown.get(4)).questionId()).as("back goes to where the jump started").isEqualTo("flagged");
    }

    @Test
    void the_question_mark_shows_article_summaries_from_the_questionnaire() throws Exception {
        String yaml = new String(Fixtures.resource("/fixtures/feature.yaml"), java.nio.charset.StandardCharsets.UTF_8).replace(
                "    article_format: {zh: \"第${article}条\", en: \"Art. ${article}\"}\n",
                "    article_format: {zh: \"第${article}条\", en: \"Art. ${article}\"}\n"
                        + "    summaries:\n      \"1\": {zh: \"名称条款摘要\", en: \"Summary of the name article\"}\n"
                        + java.util.stream.IntStream.rangeClosed(2, 10).mapToObj(n -> "      \"" + n + "\": {zh: \"摘要\", en: \"Summary\"}\n")
                                .collect(java.util.stream.Collectors.joining())
                        + "    quoted: [\"1\"]\n");
        Questionnaire withSummaries = new dev.csreview.questionnaire.QuestionnaireLoader().load("f.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).questionnaire();
        ScriptedPrompter p = new ScriptedPrompter().then(given("A"));
        new InterviewRunner(new Interview(withSummaries, Lang.ZH, Map.of(), null), p, new SessionFile(tmp.resolve("s.yaml"), withSummaries, Lang.ZH)).run();
        assertThat(question(p.shown.get(0)).articles()).as("quoted: the Chinese text").containsExactly(new Article("第1条", "名称条款摘要", "quoted"));
        assertThat(question(p.shown.get(1)).articles()).containsExactly(new Article("第2条", "摘要", "paraphrase"));
        ScriptedPrompter en = new ScriptedPrompter();
        new InterviewRunner(new Interview(withSummaries, Lang.EN, Map.of(), null), en, new SessionFile(tmp.resolve("e.yaml"), withSummaries, Lang.EN)).run();
        assertThat(question(en.shown.get(0)).articles()).as("a quotation read in English is a translation")
                .containsExactly(new Article("Art. 1", "Summary of the name article", "translated"));
    }

    @Test
    void a_saved_session_resumes_where_it_stopped_with_its_answers() throws IOException {
        ScriptedPrompter first = new ScriptedPrompter().then(given("Acme"), given(true), given("5"), new Reply.Add());
        assertThat(run(fresh(Lang.EN), first)).isEqualTo(InterviewRunner.Result.INTERRUPTED);
        Path file = tmp.resolve("session.yaml");
        assertThat(Files.readString(file)).contains(SessionFile.POSITION + "count_b");
        SessionFile session = new SessionFile(file, Q, Lang.EN);
        SessionFile.Saved saved = session.load(Files.readAllBytes(file), new Diagnostics()).orElseThrow();
        assertThat(saved.position()).isEqualTo("count_b");
        ScriptedPrompter second = new ScriptedPrompter().then(new Reply.Back());
        run(new Interview(Q, Lang.EN, saved.answers(), saved.position()), second);
        assertThat(question(second.shown.get(0)).questionId()).isEqualTo("count_b");
        assertThat(question(second.shown.get(1)).questionId()).as("back works after resuming").isEqualTo("count_a");
        assertThat(question(second.shown.get(1)).current()).isEqualTo(5L);
    }

    @Test
    void without_a_position_a_session_resumes_at_the_first_open_question() {
        Map<String, Answer> answers = Map.of(
                "name", new Answer("Acme", AnswerStatus.ANSWERED, null),
                "flagged", Answer.unknown(null));
        Interview interview = new Interview(Q, Lang.EN, answers, null);
        assertThat(question(interview.screen()).questionId()).isEqualTo("count_a");
    }

    @Test
    void the_session_file_is_private_and_replaced_atomically() throws IOException {
        Path file = tmp.resolve("s.yaml");
        SessionFile session = new SessionFile(file, Q, Lang.EN);
        session.save(Map.of("name", new Answer("A", AnswerStatus.ANSWERED, null)), new Step.Ask("flagged"));
        session.save(Map.of("name", new Answer("B", AnswerStatus.ANSWERED, null)), new Step.Ask("flagged"));
        assertThat(Files.readString(file)).contains("name: \"B\"");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var s = Files.list(tmp)) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactly("s.yaml");
        }
    }

    @Test
    void a_leftover_temporary_file_with_this_process_name_is_left_alone_and_the_save_still_succeeds() throws IOException {
        Path file = tmp.resolve("s.yaml");
        Path leftover = tmp.resolve(".csreview-session-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + ".tmp");
        Files.writeString(leftover, "a killed run's");
        new SessionFile(file, Q, Lang.EN).save(Map.of("name", new Answer("A", AnswerStatus.ANSWERED, null)), new Step.Ask("flagged"));
        assertThat(Files.readString(file)).contains("name: \"A\"");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(Files.readString(leftover)).isEqualTo("a killed run's");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("s.yaml", leftover.getFileName().toString());
        }
    }

    @Test
    void step_keys_read_back() {
        for (Step s : List.of(new Step.Ask("count_a"), new Step.Field("items", 2, "why_risky"), new Step.Review())) {
            assertThat(Step.parse(s.key())).contains(s);
        }
        assertThat(Step.parse("finished")).contains(new Step.Review());
        assertThat(Step.parse("items[0].x")).isEmpty();
        assertThat(Step.parse("../etc")).isEmpty();
        assertThat(SessionFile.position("a\n# csreview interview position: items[3].label\n")).isEqualTo("items[3].label");
    }

    @Test
    void a_whole_number_too_large_is_told_as_too_large_with_the_limit() throws IOException {
        ScriptedPrompter p = new ScriptedPrompter().then(given("Acme"), given(true), given("99999999999999999999999"));
        run(fresh(Lang.EN), p);
        assertThat(question(p.shown.get(3)).error()).isEqualTo("The number is too large: the largest taken is 9223372036854775807.");
    }

    @Test
    void a_refused_answer_is_kept_for_editing_and_a_written_number_is_echoed_as_read() throws IOException {
        ScriptedPrompter p = new ScriptedPrompter().then(given("Acme"), given(true), given("abc"), given("650万"), given("1.2亿"));
        run(fresh(Lang.EN), p);
        QuestionScreen refused = question(p.shown.get(3));
        assertThat(refused.questionId()).isEqualTo("count_a");
        assertThat(refused.error()).startsWith("Type a whole number");
        assertThat(refused.kept()).as("the typed text comes back to be corrected").isEqualTo("abc");
        assertThat(question(p.shown.get(4)).kept()).as("an accepted answer clears it").isNull();
        assertThat(p.said).containsExactly("Recorded: 6,500,000 units", "Recorded: 120,000,000");
        assertThat(question(p.shown.get(4)).questionId()).isEqualTo("count_b");
    }

    @Test
    void the_review_comes_back_to_the_answer_just_changed_with_that_answer_offered() throws IOException {
        ScriptedPrompter p = new ScriptedPrompter().then(given("Acme"), given(true), given("5"), new Reply.Skip(), given("red"), given(List.of()),
                given("2001-01-01"), new Reply.Done(), new Reply.Pick(2), given("7"));
        run(fresh(Lang.EN), p);
        ReviewScreen first = (ReviewScreen) p.shown.get(8);
        assertThat(first.cursor()).as("nothing changed from the review yet").isEqualTo(-1);
        QuestionScreen edit = question(p.shown.get(9));
        assertThat(edit.questionId()).isEqualTo("count_a");
        assertThat(edit.current()).as("the current answer is offered for editing").isEqualTo(5L);
        ReviewScreen back = (ReviewScreen) p.last();
        assertThat(back.entries().get(back.cursor()).questionId()).isEqualTo("count_a");
        assertThat(back.entries().get(back.cursor()).answer()).isEqualTo("7 units");
    }
}
