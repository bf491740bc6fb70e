package dev.csreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No source file of main grows past a size one reader can hold: split it by concern instead (issue 23). */
class ClassSizeTest {
    static final int MAX_LINES = 500;

    @Test
    void no_source_file_of_main_is_over_the_limit() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                int lines = Files.readAllLines(file).size();
                if (lines > MAX_LINES) {
                    tooLong.add(file + ": " + lines + " lines");
                }
            }
        }
        assertThat(tooLong).as("files of src/main/java over %d lines", MAX_LINES).isEmpty();
    }
}
