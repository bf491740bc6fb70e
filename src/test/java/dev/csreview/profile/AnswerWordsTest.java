package dev.csreview.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One wording of an answer for every screen and document, in each language. */
class AnswerWordsTest {
    private static Questionnaire q;

    @BeforeAll
    static void load() throws Exception {
        q = new QuestionnaireCatalog().load("cybersecurity-review-2022", new QuestionnaireLoader()).questionnaire();
    }

    private static Question question(String id) {
        return q.questionsById().get(id);
    }

    private static Answer given(Object value) {
        return new Answer(value, AnswerStatus.ANSWERED, null);
    }

    @Test
    void yes_and_no_are_words_in_each_language() {
        assertThat(AnswerWords.in(Lang.EN).answer(question("vie"), given(true))).isEqualTo("yes");
        assertThat(AnswerWords.in(Lang.EN).answer(question("vie"), given(false))).isEqualTo("no");
        assertThat(AnswerWords.in(Lang.ZH).answer(question("vie"), given(true))).isEqualTo("是");
        assertThat(AnswerWords.in(Lang.ZH).answer(question("vie"), given(false))).isEqualTo("否");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void unknown_is_never_worded_as_no_nor_as_unanswered(Lang lang) {
        AnswerWords words = AnswerWords.in(lang);
        String unknown = words.answer(question("vie"), Answer.unknown(null));
        assertThat(unknown).isEqualTo(lang == Lang.ZH ? "不确定" : "unknown")
                .isNotEqualTo(words.answer(question("vie"), given(false)))
                .isNotEqualTo(words.answer(question("vie"), Answer.missing()));
        assertThat(words.answer(question("users_registered"), Answer.unknown(null))).isEqualTo(unknown);
        assertThat(words.answer(question("vie"), Answer.missing())).isEqualTo(lang == Lang.ZH ? "未回答" : "not answered");
    }

    @Test
    void a_number_is_grouped_with_its_unit_spaced_only_in_english() {
        assertThat(AnswerWords.in(Lang.EN).answer(question("persons_deduplicated"), given(6_500_000L))).isEqualTo("6,500,000 people");
        assertThat(AnswerWords.in(Lang.ZH).answer(question("persons_deduplicated"), given(6_500_000L))).isEqualTo("6,500,000人");
        assertThat(AnswerWords.in(Lang.EN).plain(1_000_000L)).isEqualTo("1,000,000");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void a_choice_and_a_choice_list_are_their_labels_joined_by_the_language(Lang lang) {
        Question services = question("platform_services");
        String app = services.choice("app").text().in(lang);
        String website = services.choice("website").text().in(lang);
        AnswerWords words = AnswerWords.in(lang);
        assertThat(words.answer(services, given(List.of("app", "website")))).isEqualTo(app + (lang == Lang.ZH ? "、" : ", ") + website);
        assertThat(words.answer(services, given(List.of()))).isEqualTo(lang == Lang.ZH ? "无" : "none");
        assertThat(words.answer(question("listing_venue"), given("us"))).isEqualTo(question("listing_venue").choice("us").text().in(lang))
                .isNotEqualTo("us");
    }

    @Test
    void a_date_is_written_as_the_language_writes_it_and_a_bad_one_as_given() {
        Question date = question("planned_application_date");
        assertThat(AnswerWords.in(Lang.ZH).answer(date, given("2026-12-04"))).isEqualTo("2026年12月4日");
        assertThat(AnswerWords.in(Lang.EN).answer(date, given("2026-12-04"))).isEqualTo("4 December 2026");
        assertThat(AnswerWords.in(Lang.EN).answer(date, given(LocalDate.of(2026, 3, 1)))).isEqualTo("1 March 2026");
        assertThat(AnswerWords.in(Lang.EN).answer(date, given("soon"))).isEqualTo("soon");
    }

    @Test
    void the_month_names_of_the_words_are_the_ones_the_jdk_writes_for_every_month() {
        // The words name the months themselves (no locale data at start-up); they must say what the JDK would.
        java.time.format.DateTimeFormatter jdk = java.time.format.DateTimeFormatter.ofPattern("d MMMM y", java.util.Locale.ENGLISH);
        for (int month = 1; month <= 12; month++) {
            LocalDate day = LocalDate.of(2027, month, 28);
            assertThat(AnswerWords.in(Lang.EN).date(day)).isEqualTo(jdk.format(day));
            assertThat(AnswerWords.in(Lang.ZH).date(day)).isEqualTo("2027年" + month + "月28日");
        }
    }

    @Test
    void a_pattern_with_month_names_needs_all_twelve() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnswerWords.datePattern("d MMMM y", "January,February", Lang.EN))
                .hasMessageContaining("12 names");
        assertThat(AnswerWords.datePattern("MMMM d, y", "a,b,c,d,e,f,g,h,i,j,k,l", Lang.EN).format(LocalDate.of(2027, 3, 9)))
                .isEqualTo("c 9, 2027");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void a_value_that_is_not_there_is_worded_never_printed_as_null(Lang lang) {
        assertThat(AnswerWords.in(lang).plain(null)).isNotBlank().doesNotContain("null");
        assertThat(AnswerWords.in(lang).answer(question("company_name"), given(null))).isNotBlank().doesNotContain("null");
    }
}
