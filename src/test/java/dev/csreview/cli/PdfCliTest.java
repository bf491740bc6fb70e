package dev.csreview.cli;

import dev.csreview.run.PrintFonts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --formats pdf: Chinese text embedded and readable back, the same bytes every run, and exit 2 without a Chinese font. */
class PdfCliTest {
    @TempDir
    Path tmp;

    private int run(StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void a_chinese_document_prints_with_its_heading_readable_and_the_font_embedded() throws Exception {
        assumeTrue(PrintFonts.chinese(PrintFonts.folders()).isPresent(), "no Chinese TrueType font on this machine (Debian: fonts-wqy-zenhei)");
        assumeTrue(tool("pdftotext"), "poppler-utils is not installed");
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        assertThat(run(err, "assess", "--out", out.toString(), "--formats", "pdf", "--lang", "zh", "--date", "2026-12-04",
                "samples/us-listing-platform.yaml")).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("WARNING", "css-parse");
        Path pdf;
        try (var walk = Files.walk(out)) {
            pdf = walk.filter(p -> p.getFileName().toString().equals("01-申报书草稿.pdf")).findFirst().orElseThrow();
        }
        byte[] first = Files.readAllBytes(pdf);
        assertThat(new String(first, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = exec(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        assertThat(text).contains("网络安全审查申报书（草稿）", "网络安全审查办公室：", "☐", "草稿 · 供律师审阅").doesNotContain("##");
        assertThat(text.replaceAll("\\s+", "")).as("the page footer, in the margin box").contains("第1页共");
        assertThat(exec(List.of("pdfinfo", pdf.toString()))).contains("(A4)");
        String fonts = exec(List.of("pdffonts", pdf.toString()));
        assertThat(fonts.lines().filter(l -> l.contains("CID TrueType")).toList()).as(fonts).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains(" yes yes yes"));
        Path again = tmp.resolve("again");
        assertThat(run(new StringWriter(), "assess", "--out", again.toString(), "--formats", "pdf", "--lang", "zh", "--date", "2026-12-04",
                "samples/us-listing-platform.yaml")).isZero();
        try (var walk = Files.walk(again)) {
            Path second = walk.filter(p -> p.getFileName().toString().equals("01-申报书草稿.pdf")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(second)).as("the same bytes every run").isEqualTo(first);
        }
    }

    @Test
    void a_font_that_cannot_be_embedded_or_is_not_there_stops_before_any_work() throws Exception {
        Path notAFont = tmp.resolve("font.ttf");
        Files.writeString(notAFont, "not a font");
        Path cff = tmp.resolve("cff.otf");
        Files.write(cff, new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0});
        String[][] cases = {{notAFont.toString(), "not a font with TrueType outlines"}, {cff.toString(), "CFF"},
                {tmp.resolve("missing.ttc").toString(), "no such file"}};
        for (String[] c : cases) {
            Path out = tmp.resolve("out-" + c[0].hashCode());
            StringWriter err = new StringWriter();
            assertThat(run(err, "assess", "--out", out.toString(), "--formats", "pdf", "--pdf-font", c[0], "samples/us-listing-platform.yaml"))
                    .as(c[0]).isEqualTo(ExitCode.INVALID);
            assertThat(err.toString()).contains(c[1]).doesNotContain("Exception", "\tat ");
            assertThat(out).as("nothing written").doesNotExist();
        }
    }

    @Test
    void with_no_chinese_font_in_the_folders_the_reason_names_where_it_looked_and_what_to_install() {
        assertThat(PrintFonts.chinese(List.of(tmp))).isEmpty();
        assertThat(CliMessages.get(dev.csreview.questionnaire.Lang.EN, "pdf.noFont", PrintFonts.searched()))
                .contains("fonts-wqy-zenhei", "--pdf-font", "/usr/share/fonts");
        assertThat(CliMessages.get(dev.csreview.questionnaire.Lang.ZH, "pdf.noFont", PrintFonts.searched()))
                .contains("fonts-wqy-zenhei", "--pdf-font", "/usr/share/fonts", "字体");
    }

    private static boolean tool(String name) {
        try {
            return new ProcessBuilder(name, "-v").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    private static String exec(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
