package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of --templates DIR that overrides nothing (a mistyped name) is warned about, with the name it may have meant. */
class TemplatesFolderTest {
    private static final Path BUILTIN = Path.of("questionnaires/templates/cybersecurity-review-2022");

    @TempDir
    Path tmp;

    @Test
    void a_mistyped_template_name_is_warned_with_did_you_mean_and_a_right_one_is_not() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("tpl/en"));
        Files.copy(BUILTIN.resolve("en/01-declaration-form.md.peb"), dir.resolve("01-declaration-form-draft.md.peb"));
        Files.copy(BUILTIN.resolve("en/00-index.md.peb"), dir.resolve("00-index.md.peb"));
        Files.writeString(tmp.resolve("tpl/.hidden"), "editor state");
        Path out = tmp.resolve("out");
        CliTest.Run r = CliTest.run("--lang", "en", "assess", "--out", out.toString(), "--formats", "md", "--date", "2026-06-01",
                "--templates", tmp.resolve("tpl").toString(), "samples/us-listing-platform.yaml");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning[F008] 'en/01-declaration-form-draft.md.peb' in the templates folder overrides nothing",
                "did you mean 'en/01-declaration-form.md.peb'?").doesNotContain("00-index", ".hidden");

        CliTest.Run zh = CliTest.run("--lang", "zh", "portfolio", "--out", tmp.resolve("pf").toString(), "--formats", "md",
                "--date", "2026-06-01", "--templates", tmp.resolve("tpl").toString(), "samples/us-listing-platform.yaml");
        assertThat(zh.err()).contains("warning[F008]", "不覆盖任何内容");
    }

    @Test
    void a_document_named_by_the_folders_own_package_yaml_counts_as_used() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("tpl"));
        String spec = Files.readString(BUILTIN.resolve("package.yaml"));
        Files.writeString(dir.resolve("package.yaml"), spec.replace("01-declaration-form.md.peb", "01-my-form.md.peb"));
        Files.createDirectories(dir.resolve("en"));
        Files.createDirectories(dir.resolve("zh"));
        Files.copy(BUILTIN.resolve("en/01-declaration-form.md.peb"), dir.resolve("en/01-my-form.md.peb"));
        Files.copy(BUILTIN.resolve("zh/01-declaration-form.md.peb"), dir.resolve("zh/01-my-form.md.peb"));
        CliTest.Run r = CliTest.run("--lang", "en", "assess", "--out", tmp.resolve("out").toString(), "--formats", "md",
                "--date", "2026-06-01", "--templates", dir.toString(), "samples/us-listing-platform.yaml");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("F008");
    }
}
