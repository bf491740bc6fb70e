package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages about a profile say what is actually wrong, with the fix, in en and zh. */
class ProfileMessagesTest {
    @TempDir
    Path tmp;

    private Path sample(String pattern, String replacement) throws IOException {
        String text = Files.readString(Path.of("samples", "us-listing-platform.yaml"), StandardCharsets.UTF_8);
        String changed = text.replaceFirst(pattern, replacement);
        assertThat(changed).isNotEqualTo(text);
        Path p = tmp.resolve("p.yaml");
        Files.writeString(p, changed, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void another_questionnaire_chosen_by_the_option_is_not_told_to_use_the_option() {
        CliTest.Run r = CliTest.run("--lang", "en", "assess", "--questionnaire", "cybersecurity-review-2021-draft", "samples/us-listing-platform.yaml");
        assertThat(r.code()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("error[P001]", "this run reads it with 'cybersecurity-review-2021-draft'",
                "leave that option out, or give --questionnaire cybersecurity-review-2022").doesNotContain("; use --questionnaire");
        CliTest.Run zh = CliTest.run("--lang", "zh", "assess", "--questionnaire", "cybersecurity-review-2021-draft", "samples/us-listing-platform.yaml");
        assertThat(zh.err()).contains("请去掉该选项，或改用 --questionnaire cybersecurity-review-2022");
    }

    @Test
    void a_version_written_as_a_number_gets_the_version_it_shortens() throws IOException {
        Path p = sample("(?m)^version: .*$", "version: 2.0");
        CliTest.Run r = CliTest.run("--lang", "en", "assess", p.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("error[P031]", "did you mean '2.0.0'?");
        Path other = sample("(?m)^version: .*$", "version: \"7.1\"");
        assertThat(CliTest.run("--lang", "en", "assess", other.toString()).err()).contains("error[P031]").doesNotContain("did you mean");
    }

    @Test
    void a_whole_number_too_large_is_told_as_too_large_with_the_limit() throws IOException {
        for (String huge : new String[] {"99999999999999999999999", "\"99,999,999,999,999,999,999\""}) {
            Path p = sample("(?m)^  users_registered: .*$", "  users_registered: " + huge);
            CliTest.Run r = CliTest.run("--lang", "en", "assess", p.toString());
            assertThat(r.code()).isEqualTo(ExitCode.INVALID);
            assertThat(r.err()).as(huge).contains("error[P015]", "is too large a number; the largest taken is 9223372036854775807")
                    .doesNotContain("takes a whole number");
            assertThat(CliTest.run("--lang", "zh", "assess", p.toString()).err()).contains("数值过大；可接受的最大值为 9223372036854775807");
        }
    }
}
