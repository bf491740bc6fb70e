package dev.csreview;

import static dev.csreview.HostileCliTest.csreview;
import static dev.csreview.HostileMachineTest.assertNoTrace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.HostileCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Templates, brand files and options that try to leak a file or slip past a check (issue 22, items 5 (templates),
 * 7 and 10).
 */
class HostileOptionsTest {
    static final String SAMPLE = "samples/us-listing-platform.yaml";

    @TempDir
    Path tmp;

    private Run assessWithTemplates(Path templates, String... extra) {
        String[] base = {"assess", "--out", tmp.resolve("out").toString(), "--formats", "md", "--doc-lang", "en", "--templates",
            templates.toString(), "--date", "2026-01-15"};
        String[] args = Stream.concat(Stream.concat(Stream.of(base), Stream.of(extra)), Stream.of(SAMPLE)).toArray(String[]::new);
        return csreview(args);
    }

    /** The output folder may have been made, but holds nothing: no package, no temporary folder, no lock. */
    static void assertNoPackage(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s.toList()).isEmpty();
            }
        }
    }

    @Test
    void a_template_that_links_out_of_its_folder_is_refused_not_rendered() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates/en"));
        Files.createSymbolicLink(templates.resolve("00-index.md.peb"), Path.of("/etc/passwd"));
        Run r = assessWithTemplates(templates.getParent());
        assertNoTrace(r);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("00-index.md.peb", "[T001]").doesNotContain("root:");
        assertNoPackage(tmp.resolve("out"));
    }

    @Test
    void a_link_inside_the_templates_folder_is_fine() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates/en"));
        Files.writeString(templates.resolve("mine.peb"), "Index of {{ company }}\n");
        Files.createSymbolicLink(templates.resolve("00-index.md.peb"), Path.of("mine.peb"));
        Run r = assessWithTemplates(templates.getParent());
        assertThat(r.err()).doesNotContain("[T001] not a regular file");
    }

    @Test
    void a_reference_docx_that_is_not_one_is_input_naming_the_file() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("reference.docx"), "PK not really a zip");
        Run r = csreview("assess", "--out", tmp.resolve("out").toString(), "--formats", "docx", "--templates", templates.toString(),
                "--date", "2026-01-15", SAMPLE);
        assertNoTrace(r);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("reference.docx: error[B004]");
    }

    @Test
    void templates_must_be_a_folder() {
        Run r = csreview("assess", "--out", tmp.resolve("out").toString(), "--templates", SAMPLE, "--date", "2026-01-15", SAMPLE);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--templates", "not a folder");
    }

    @Test
    void a_logo_that_links_out_of_the_brand_folder_or_is_not_an_image_is_refused() throws IOException {
        Path brand = Files.createDirectories(tmp.resolve("brand"));
        Files.writeString(brand.resolve("brand.yaml"), "name: Firm\nlogo: logo.png\n");
        Files.createSymbolicLink(brand.resolve("logo.png"), Path.of("/etc/hostname"));
        Run link = csreview("portfolio", "--out", tmp.resolve("out").toString(), "--brand", brand.resolve("brand.yaml").toString(),
                "--date", "2026-01-15", SAMPLE);
        assertNoTrace(link);
        assertThat(link.code()).isEqualTo(2);
        assertThat(link.err()).contains("brand.yaml:2:7: error[B010]");
        Files.delete(brand.resolve("logo.png"));
        Files.writeString(brand.resolve("logo.png"), "root:x:0:0\n");
        Run text = csreview("portfolio", "--out", tmp.resolve("out").toString(), "--brand", brand.resolve("brand.yaml").toString(),
                "--date", "2026-01-15", SAMPLE);
        assertThat(text.code()).isEqualTo(2);
        assertThat(text.err()).contains("error[B009]").doesNotContain("root:x");
        assertNoPackage(tmp.resolve("out"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "-5", "x", "99999999999"})
    void jobs_must_be_a_positive_count(String jobs) {
        Run r = csreview("assess", "--jobs", jobs, SAMPLE);
        assertThat(r.err()).doesNotContain("\tat ");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--jobs");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+275760-09-13", "-0001-01-01", "20260115", "2026-1-5", "2026-02-30", "９９９９-01-01"})
    void dates_are_four_digit_years(String date) {
        Run r = csreview("assess", "--out", tmp.resolve("out").toString(), "--date", date, SAMPLE);
        assertNoTrace(r);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--date");
    }

    @Test
    void an_expired_waivers_owner_cannot_send_escape_sequences_to_the_terminal() throws IOException {
        Path waivers = Files.writeString(tmp.resolve("w.yaml"), "waivers:\n  - id: route:art7_listing_abroad\n    profile: " + SAMPLE
                + "\n    reason: accepted\n    owner: \"\\e]0;pwned\\a\\e[2J counsel\"\n    expires: 2020-01-01\n");
        Run r = csreview("assess", "--waivers", waivers.toString(), SAMPLE);
        assertThat(r.err()).contains("expired", "counsel").doesNotContain("\u001b", "\u0007");
    }

    @Test
    void a_company_name_of_long_four_byte_characters_still_makes_a_package_and_force_replaces_it() throws IOException {
        String extB = "\uD840\uDC00".repeat(70); // 70 × U+20000: 280 bytes in UTF-8
        int n = 0;
        for (String name : new String[] {extB, "A".repeat(80), "公司".repeat(40)}) {
            Path profile = Files.writeString(tmp.resolve("p.yaml"),
                    Files.readString(Path.of(SAMPLE)).replaceFirst("(?m)^  company_name:.*$", "  company_name: " + name));
            Path out = tmp.resolve("out-" + n++);
            for (int i = 0; i < 3; i++) {
                Run r = csreview("assess", "--out", out.toString(), "--formats", "md", "--force", "--date", "2026-01-1" + i, profile.toString());
                assertNoTrace(r);
                assertThat(r.code()).as(r.err()).isZero();
            }
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s.toList()).hasSize(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{% for i in range(0, 2000000000) %}{% endfor %}x",
        "{% for i in 0..5000 %}{% for j in 0..5000 %}{% endfor %}{% endfor %}x",
        "{% set s = 'abcdefgh' %}{% for i in range(1, 26) %}{% set s = s ~ s %}{% endfor %}{{ s }}{{ s }}"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void template_rendering_is_bounded(String body) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates/en"));
        Files.writeString(templates.resolve("00-index.md.peb"), body);
        Run r = assessWithTemplates(templates.getParent());
        assertNoTrace(r);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("00-index.md.peb", "[T001]");
        assertNoPackage(tmp.resolve("out"));
    }

    @Test
    void a_bad_article_range_is_not_also_reported_missing() {
        Run r = csreview("validate", "src/test/resources/hostile/questionnaire/61-article-range-backwards.yaml");
        assertThat(r.err()).contains("[Q020]").doesNotContain("[S004]");
    }

    @Test
    void folders_made_for_output_are_private_whatever_the_umask() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = tmp.resolve("a/b/results");
        Run r = csreview("assess", "--format", "json,text", "--output-dir", dir.toString(), SAMPLE);
        assertThat(r.code()).as(r.err()).isZero();
        for (Path p : new Path[] {dir, dir.getParent(), tmp.resolve("a")}) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as("%s", p).isEqualTo("rwx------");
        }
    }
}
