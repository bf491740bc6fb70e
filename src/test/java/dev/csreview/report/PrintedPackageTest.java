package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample's Chinese DOCX documents as they print: converted by LibreOffice to PDF and read back with pdftotext.
 * A4 pages, the page footer, and counsel's typography: no ISO date, no English abbreviation, no instrument named twice
 * in one citation group, no line starting with 、，。；：. Skipped where LibreOffice or poppler-utils is not installed.
 */
class PrintedPackageTest {
    private static final Pattern LINE_START = Pattern.compile("(?m)^\\s*([、，。；：])");
    /** A line's last number, with the 年 or 月 after it if a date's. */
    private static final Pattern NUMBER_END = Pattern.compile("\\d+(?:[.,]\\d+)*[年月]?$");
    /** A line's first Chinese character or number. */
    private static final Pattern NUMBER_GOES_ON = Pattern.compile("\\p{IsHan}|\\d+");

    @TempDir
    Path tmp;

    @Test
    void chinese_documents_print_on_a4_with_page_numbers_and_chinese_legal_typography() throws Exception {
        String soffice = tool("soffice");
        assumeTrue(soffice != null && tool("pdftotext") != null && tool("pdfinfo") != null, "LibreOffice and poppler-utils are not installed");
        List<Path> docs = new ArrayList<>();
        Map<Path, Path> sampleOf = new java.util.HashMap<>();
        Map<Path, String> markdownOf = new java.util.HashMap<>();
        for (Path sample : PackageGoldenTest.samples().toList()) {
            Path dir = Files.createDirectories(tmp.resolve(sample.getFileName().toString().replace(".yaml", "")));
            Map<String, byte[]> files = PackageGoldenTest.build(sample);
            for (var e : files.entrySet()) {
                if (e.getKey().endsWith(".docx") && e.getKey().matches("^\\d\\d-\\p{IsHan}.*")) {
                    Path doc = dir.resolve(e.getKey());
                    Files.write(doc, e.getValue());
                    docs.add(doc);
                    sampleOf.put(doc, sample);
                    markdownOf.put(doc, new String(files.get(e.getKey().replaceFirst("\\.docx$", ".md")), StandardCharsets.UTF_8));
                }
            }
        }
        Path pdfs = Files.createDirectories(tmp.resolve("pdf"));
        // One LibreOffice for all documents: its start-up is most of the cost. Files of one name from different
        // samples would overwrite one another, so each sample converts into its own folder.
        for (Path dir : docs.stream().map(Path::getParent).distinct().toList()) {
            List<String> command = new ArrayList<>(List.of(soffice, "--headless", "-env:UserInstallation=" + tmp.resolve("lo").toUri(),
                    "--convert-to", "pdf", "--outdir", pdfs.resolve(dir.getFileName().toString()).toString()));
            docs.stream().filter(d -> d.getParent().equals(dir)).forEach(d -> command.add(d.toString()));
            run(command, 300);
        }
        List<String> problems = new ArrayList<>();
        for (Path doc : docs) {
            Path pdf = pdfs.resolve(doc.getParent().getFileName().toString()).resolve(doc.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
            String name = doc.getParent().getFileName() + "/" + doc.getFileName();
            if (!Files.isRegularFile(pdf)) {
                problems.add(name + ": LibreOffice made no PDF");
                continue;
            }
            String info = run(List.of("pdfinfo", pdf.toString()), 60);
            if (!info.contains("(A4)")) {
                problems.add(name + ": not A4: " + info.lines().filter(l -> l.startsWith("Page size")).findFirst().orElse(""));
            }
            String text = run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"), 60);
            // pdftotext gives the footer's glyphs without the spaces between them.
            if (!text.replaceAll("\\s+", "").contains("第1页共")) {
                problems.add(name + ": no page footer 第 1 页 共 … 页");
            }
            Matcher start = LINE_START.matcher(text);
            if (start.find()) {
                problems.add(name + ": a line starts with " + start.group(1));
            }
            // Lines wrap anywhere: the checks below read the text without its line breaks, and without the client's
            // own free-text answers, which are quoted as written.
            String flat = text.replaceAll("\\s+", "");
            for (String answer : ChineseTypographyTest.freeText(sampleOf.get(doc))) {
                flat = flat.replace(answer.replaceAll("\\s+", ""), "");
            }
            Matcher iso = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(flat);
            // pdftotext may interleave a table's columns, so a client's date is recognised by itself, not in its sentence.
            String quoted = String.join(" ", ChineseTypographyTest.freeText(sampleOf.get(doc)));
            while (iso.find()) {
                if (!quoted.contains(iso.group())) {
                    problems.add(name + ": ISO date " + iso.group());
                }
            }
            // A number or a question id is one word: LibreOffice breaks one only when the document declares its Latin
            // runs Chinese (w:lang w:val), as it did before ("3,20|0,000", "actual_controlle|r").
            Matcher word = Pattern.compile("\\d{1,3}(?:,\\d{3})+|(?<=问卷)[a-z][a-z0-9_]+").matcher(flat);
            while (word.find()) {
                if (!text.contains(word.group())) {
                    problems.add(name + ": broken across lines: " + word.group());
                }
            }
            // A number and its Chinese unit are one word too (2026年, 100万, 3个), and a date is one (2026年6月30日):
            // no line ends in digits whose next line starts with the unit, or in a date's 年/月 before its next number.
            // The Markdown tells whether the two lines' ends were one piece of text: table cells run on in pdftotext.
            String source = markdownOf.get(doc).replaceAll("\\s+", "");
            String[] lines = text.replaceAll("[ \\t\\u00A0]+", "").split("\n");
            for (int i = 0; i + 1 < lines.length; i++) {
                Matcher end = NUMBER_END.matcher(lines[i]);
                Matcher next = NUMBER_GOES_ON.matcher(lines[i + 1]);
                if (end.find() && next.lookingAt() && Character.isDigit(end.group().charAt(end.group().length() - 1)) != Character.isDigit(next.group().charAt(0))
                        && source.contains(end.group() + next.group())) {
                    problems.add(name + ": broken across lines: " + end.group() + "|" + next.group());
                }
            }
            Matcher abbreviation = ChineseTypographyTest.ABBREVIATION.matcher(text);
            if (abbreviation.find()) {
                problems.add(name + ": English abbreviation " + abbreviation.group());
            }
            Matcher repeated = ChineseTypographyTest.REPEATED.matcher(flat);
            if (repeated.find()) {
                problems.add(name + ": instrument named twice in one citation group: " + repeated.group());
            }
        }
        assertThat(docs).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    private static String tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + ": timed out");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
