package dev.csreview.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The text report's "based on" and "find out" lines are in words: questions and choice labels, not ids. */
class TextReportWordingTest {

    @ParameterizedTest
    @EnumSource(Lang.class)
    void facts_are_named_by_their_question_and_valued_by_their_choice_label(Lang lang) throws Exception {
        var q = new QuestionnaireCatalog().load("cybersecurity-review-2022", new QuestionnaireLoader()).questionnaire();
        byte[] profile = Files.readAllBytes(Path.of("samples/unknown-user-count.yaml"));
        Assessment a = new ProfileAssessor(q).assess("samples/unknown-user-count.yaml", profile).assessment().orElseThrow();
        String text = new TextReport(lang).render(a);
        assertThat(text).doesNotContain("listing_venue", "listing_hk_macao", "= uk", "important_data =");
        assertThat(text).contains(lang == Lang.ZH ? "上市地 — 英国" : "— United Kingdom");
        assertThat(text).contains(q.questionsById().get("users_registered").text().in(lang) + " — " + (lang == Lang.ZH ? "不确定" : "unknown"));
    }
}
