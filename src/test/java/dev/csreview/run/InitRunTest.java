package dev.csreview.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csreview.questionnaire.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The init run without the command line: the skeleton to standard output or a file, never over a file without force. */
class InitRunTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private InitRun.Summary init(Path file, boolean force) throws IOException {
        return new InitRun(RunContext.of(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true))
                .run(new InitRun.Request(null, file, force, Lang.EN));
    }

    @Test
    void without_a_file_the_skeleton_goes_to_standard_output() throws IOException {
        assertThat(init(null, false).written()).isNull();
        assertThat(out.toString()).contains("questionnaire: cybersecurity-review-2022").contains("answers:");
    }

    @Test
    void a_file_is_written_once_and_replaced_only_with_force() throws IOException {
        Path file = tmp.resolve("p.yaml");
        assertThat(init(file, false).written()).isEqualTo(file);
        assertThat(out.toString()).isEqualTo(file + System.lineSeparator());
        Files.writeString(file, "mine\n");
        assertThatThrownBy(() -> init(file, false)).isInstanceOfSatisfying(RunException.class, e -> {
            assertThat(e.status()).isEqualTo(RunException.Status.INVALID);
            assertThat(e.getMessage()).isEqualTo(file + " already exists; use --force to replace it");
        });
        assertThat(file).hasContent("mine");
        init(file, true);
        assertThat(file).content().contains("answers:");
    }

    @Test
    void an_unknown_questionnaire_is_told_as_a_diagnostic() {
        assertThatThrownBy(() -> new InitRun(RunContext.of(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true))
                .run(new InitRun.Request("nope", null, false, Lang.EN))).isInstanceOf(RunException.class);
        assertThat(err.toString()).contains("nope");
        assertThat(out.toString()).isEmpty();
    }
}
