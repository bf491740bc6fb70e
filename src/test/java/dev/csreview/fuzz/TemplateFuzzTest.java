package dev.csreview.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.csreview.report.TemplateRenderer;
import dev.csreview.report.TemplateSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Fuzz target for a consultant's template: whatever text comes in, rendering ends in a document or a
 * {@link TemplateRenderer.TemplateException} (exit 2) within the render budget — no other exception, no hang, no
 * unbounded memory. Replayed in {@code verify}; fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=TemplateFuzzTest} (docs/fuzzing.md).
 */
class TemplateFuzzTest {
    private static final Path FOLDER = folder();
    private static final Map<String, Object> DATA = Map.of("company", "Acme {{ x }}", "items", List.of(1, 2, 3),
            "factors", List.of(Map.of("id", "f1", "score", 3)), "date", "2026-01-15");

    private static Path folder() {
        try {
            return Files.createDirectories(Files.createTempDirectory("csreview-fuzz").resolve("en"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void template_renderer(String template) throws IOException {
        if (template == null) {
            return; // the replay of an empty corpus
        }
        Files.writeString(FOLDER.resolve("t.peb"), template, StandardCharsets.UTF_8);
        // A renderer per input: Pebble caches compiled templates by their text, without bound.
        TemplateRenderer renderer = new TemplateRenderer(new TemplateSource("cybersecurity-review-2022", FOLDER.getParent()));
        try {
            renderer.render("en/t.peb", DATA);
        } catch (TemplateRenderer.TemplateException expected) {
            // the only allowed failure
        }
    }
}
