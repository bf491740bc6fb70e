package dev.csreview.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csreview.questionnaire.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format files are put in place together, at the end, and a user's path in the way is refused before anything is written. */
class OutputsTest {
    @TempDir
    Path tmp;

    @Test
    void no_format_file_is_in_place_before_all_are_complete() throws IOException {
        Outputs outputs = new Outputs(tmp, new PrintWriter(new StringWriter()), new TemporaryFiles());
        Outputs.Sink json = outputs.sink("json");
        json.writer().print("{}");
        json.close();
        assertThat(tmp.resolve("csreview.json")).doesNotExist();
        Outputs.Sink sarif = outputs.sink("sarif");
        sarif.writer().print("{}");
        sarif.close();
        StringWriter announced = new StringWriter();
        outputs.commit(new PrintWriter(announced, true));
        assertThat(tmp.resolve("csreview.json")).hasContent("{}");
        assertThat(tmp.resolve("csreview.sarif")).hasContent("{}");
        assertThat(announced.toString().lines()).containsExactly(tmp.resolve("csreview.json").toString(), tmp.resolve("csreview.sarif").toString());
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("csreview.json", "csreview.sarif");
        }
    }

    @Test
    void a_folder_where_a_format_file_goes_is_refused_naming_it() throws IOException {
        Files.createDirectories(tmp.resolve("csreview.sarif"));
        Outputs outputs = new Outputs(tmp, new PrintWriter(new StringWriter()), new TemporaryFiles());
        assertThatThrownBy(() -> outputs.checkTargets(List.of("json", "sarif"), Lang.EN))
                .isInstanceOf(RunException.class).hasMessageContaining(tmp.resolve("csreview.sarif").toString())
                .extracting(e -> ((RunException) e).status()).isEqualTo(RunException.Status.INVALID);
    }

    @Test
    void a_file_in_the_way_of_a_folder_or_of_one_above_it_is_refused() throws IOException {
        Path file = Files.writeString(tmp.resolve("existing.txt"), "mine");
        assertThatThrownBy(() -> Outputs.checkFolder(file.resolve("a/b"), "--out", Lang.ZH)).isInstanceOf(RunException.class)
                .hasMessageContaining("existing.txt").hasMessageContaining("不是文件夹");
        Outputs.checkFolder(tmp.resolve("new/folder"), "--out", Lang.EN);
        Outputs.checkFolder(null, "--out", Lang.EN);
    }
}
