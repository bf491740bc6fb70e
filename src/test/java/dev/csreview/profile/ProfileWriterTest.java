package dev.csreview.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.Fixtures;
import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.questionnaire.Lang;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProfileWriterTest {
    private static final String ANSWERS = """
            name: "yes: it's ${env:HOME} \\"quoted\\" # not a comment"
            flagged: unknown
            count_a: 12
            count_b: unknown
            colour: blue
            extras: [x, y]
            items:
              - label: Router 路由器
                risky: yes
                why_risky: remote
              - label: "0755"
                risky: unknown
            """;

    @Test
    void written_answers_read_back_to_the_same_assessment() {
        Assessment first = Fixtures.assessOk(ANSWERS);
        String written = new ProfileWriter(Fixtures.feature(), Lang.EN).write(first.answers().answers());
        ProfileAssessor.Result again = new ProfileAssessor(Fixtures.feature()).assess("again.yaml", written.getBytes(StandardCharsets.UTF_8));
        assertThat(again.diagnostics()).isEmpty();
        Assessment second = again.assessment().orElseThrow();
        assertThat(second.answers().answers().get("name").value()).isEqualTo("yes: it's ${env:HOME} \"quoted\" # not a comment");
        assertThat(second.answers().answers().get("items").items().get(1).answer("label").value()).isEqualTo("0755");
        assertThat(new ProfileWriter(Fixtures.feature(), Lang.EN).write(second.answers().answers())).isEqualTo(written);
    }
}
