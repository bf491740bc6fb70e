package dev.csreview.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.questionnaire.Lang;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocxWriterTest {
    private static final String MD = """
            # 网络安全审查申报书（草稿）

            > 草稿 **供律师审阅**，不构成法律意见。

            ## 一、申报类型

            - 第一项 *强调*
            - 第二项 `code`

            1. 首先
            2. 其次

            | 问题 | 答案 |
            |---|---|
            | 名称 | <w:p>]]>{{x}} &amp; </td> |
            """;

    private static byte[] docx() {
        return new DocxWriter().write(MD, "申报书", Lang.ZH, Map.of("date", "2026-01-15"));
    }

    static String part(byte[] docx, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void headings_lists_tables_and_quotes_are_real_word_structures() throws Exception {
        String xml = part(docx(), "word/document.xml");
        assertThat(xml).contains("w:pStyle w:val=\"Heading1\"", "w:pStyle w:val=\"Heading2\"", "<w:numPr>", "<w:tbl>", "w:fill=\"FDF6F5\"");
        String styles = part(docx(), "word/styles.xml");
        assertThat(styles).contains("w:eastAsia=\"SimSun\"", "w:styleId=\"Heading1\"");
        assertThat(part(docx(), "word/numbering.xml")).contains("w:val=\"bullet\"", "w:val=\"decimal\"");
    }

    @Test
    void no_fields_that_need_refreshing() throws Exception {
        assertThat(part(docx(), "word/document.xml")).doesNotContain("w:fldChar", "w:instrText", "w:fldSimple");
    }

    @Test
    void the_same_input_gives_the_same_bytes() {
        assertThat(docx()).isEqualTo(docx());
    }

    @Test
    void chinese_text_reads_back_and_hostile_text_stays_literal() throws Exception {
        byte[] bytes = docx();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertThat(all).contains("网络安全审查申报书（草稿）", "供律师审阅", "<w:p>]]>{{x}}", "</td>");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("申报书");
        }
        String xml = part(bytes, "word/document.xml");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml).contains("&lt;w:p>]]&gt;{{x}}").containsOnlyOnce("<w:pPr><w:pBdr>");
    }
}
