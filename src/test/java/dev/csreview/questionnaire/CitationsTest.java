package dev.csreview.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationsTest {
    private static Questionnaire q() throws Exception {
        return new QuestionnaireCatalog().load("cybersecurity-review-2022", new QuestionnaireLoader()).questionnaire();
    }

    private static Citation c(String instrument, String article, String item) {
        return new Citation(instrument, article, item, null);
    }

    @Test
    void citations_of_one_instrument_are_grouped_in_article_order_naming_it_once() throws Exception {
        List<Citation> cites = List.of(c("measures", "10", "3"), c("cii_regs", "10", null), c("measures", "8", null), c("measures", "10", "1"),
                c("cii_regs", "8", null), c("measures", "8", null));
        assertThat(Citations.render(q(), cites, Lang.ZH)).isEqualTo("《办法》第八条、第十条第（一）项、第（三）项；《关键信息基础设施安全保护条例》第八条、第十条");
        assertThat(Citations.render(q(), cites, Lang.EN)).isEqualTo("Measures Art. 8, Art. 10(1), (3); CII Regulations Art. 8, Art. 10");
    }

    @Test
    void an_instrument_with_a_qualified_name_is_named_with_its_qualifier_once() throws Exception {
        Questionnaire q = q();
        String law = q.instruments().keySet().stream().filter(id -> q.instruments().get(id).articleFormat().in(Lang.ZH).contains("（2016年文本）"))
                .findFirst().orElseThrow();
        String text = Citations.render(q, List.of(c(law, "21", null), c(law, "35", null)), Lang.ZH);
        assertThat(text).isEqualTo("《网络安全法》（2016年文本）第二十一条、第三十五条");
    }

    @Test
    void refs_of_the_review_clock_group_alike() throws Exception {
        assertThat(Citations.renderRefs(q(), List.of("measures:12", "measures:11", "nonsense"), Lang.ZH)).isEqualTo("《办法》第十一条、第十二条；nonsense");
    }

    @Test
    void each_questionnaire_keeps_the_citations_it_rendered_and_renders_them_alike() throws Exception {
        Questionnaire first = q();
        Questionnaire second = q();
        String format = first.instruments().get("measures").articleFormat().in(Lang.ZH);
        String text = Citations.render(first, c("measures", "8", null), Lang.ZH);
        assertThat(first.citationCache().get(format, "measures:8")).isEqualTo(text);
        assertThat(second.citationCache().get(format, "measures:8")).isNull();
        assertThat(Citations.render(second, c("measures", "8", null), Lang.ZH)).isEqualTo(text).isEqualTo("《办法》第八条");
        assertThat(first.citationCache()).isEqualTo(second.citationCache()); // not part of a questionnaire's value
    }
}
