package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile questionnaire cannot make one evaluation run for minutes or fill the memory: patterns match in linear
 * time and texts built by expressions are bounded (E007 at the expression, exit 2, no stack trace).
 */
class ExpressionBudgetTest {
    @TempDir
    Path tmp;

    private Path questionnaire(String computed, String rule) throws Exception {
        Path base = Path.of("src/test/resources/hostile/questionnaire/08-unknown-id-in-expression.yaml");
        String yaml = Files.readString(base).lines().skip(1).reduce("", (a, b) -> a + b + "\n")
                .replace("      - id: n\n        type: integer\n",
                        "      - id: name\n        type: text\n        text: {zh: \"名称\", en: \"Name\"}\n        cites: [law:2]\n"
                                + "      - id: n\n        type: integer\n")
                .replace("computed:\n", "computed:\n" + computed)
                .replace("when: \"a && nn > 3\"", "when: \"" + rule + "\"");
        Path q = tmp.resolve("q.yaml");
        Files.writeString(q, yaml, StandardCharsets.UTF_8);
        return q;
    }

    private Path profile(String name) throws Exception {
        Path p = tmp.resolve("p.yaml");
        Files.writeString(p, "questionnaire: tiny\nversion: \"1\"\nanswers:\n  a: yes\n  name: \"" + name + "\"\n  n: 5\n  g: []\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void a_catastrophic_pattern_on_a_long_answer_ends_at_once() throws Exception {
        Path q = questionnaire("", "a && name =~ '(.*a){25}'");
        Path p = profile("a".repeat(35) + "b");
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CliTest.run("assess", "--questionnaire", q.toString(), "--format", "json", p.toString()));
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void forty_values_that_each_double_a_text_stop_at_the_limit() throws Exception {
        StringBuilder computed = new StringBuilder("  - id: t0\n    expr: \"name + name\"\n    description: {zh: \"甲\", en: \"T\"}\n");
        for (int i = 1; i < 40; i++) {
            computed.append("  - id: t").append(i).append("\n    expr: \"t").append(i - 1).append(" + t").append(i - 1)
                    .append("\"\n    description: {zh: \"甲\", en: \"T\"}\n");
        }
        Path q = questionnaire(computed.toString(), "a && size(t39) > 3");
        Path p = profile("x".repeat(100));
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CliTest.run("assess", "--questionnaire", q.toString(), "--format", "json", p.toString()));
        assertThat(r.code()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("E007", "q.yaml:").doesNotContain("Exception", "\tat ");
    }
}
