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

            - [x] 应当申报
            - [ ] 主动申报
            """;

    private static final Map<String, Object> DATA = Map.of("date_iso", "2026-01-15", "date", "2026年1月15日", "company", "示例科技有限公司",
            "draft_mark", "草稿 · 供律师审阅", "page_footer", "第 ${page} 页 共 ${pages} 页", "brand", Map.of("name", "某某律师事务所", "colour", "#1a4d8f", "logo", ""));

    private static byte[] docx() {
        return new DocxWriter().write(MD, "申报书", Lang.ZH, DATA);
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
        assertThat(styles).contains("w:eastAsia=\"仿宋\"", "w:eastAsia=\"黑体\"", "w:styleId=\"Heading1\"", "<w:kinsoku w:val=\"true\"/>");
        assertThat(part(docx(), "word/numbering.xml")).contains("w:val=\"bullet\"", "w:val=\"decimal\"");
    }

    @Test
    void a4_with_the_draft_mark_and_brand_in_the_header_and_page_fields_in_the_footer() throws Exception {
        byte[] bytes = docx();
        String xml = part(bytes, "word/document.xml");
        assertThat(xml).contains("w:w=\"11906\"", "w:h=\"16838\"", "<w:headerReference", "<w:footerReference")
                .doesNotContain("w:fldChar", "w:instrText");
        String header = part(bytes, "word/header1.xml");
        assertThat(header).contains("示例科技有限公司", "草稿 · 供律师审阅", "某某律师事务所", "1A4D8F");
        String footer = part(bytes, "word/footer1.xml");
        assertThat(footer).contains("第 ", " PAGE ", " 页 共 ", " NUMPAGES ", "w:fldCharType=\"begin\"", "w:fldCharType=\"end\"");
        assertThat(part(bytes, "word/fontTable.xml")).contains("w:name=\"仿宋\"", "<w:altName w:val=\"FangSong\"/>", "<w:altName w:val=\"SimHei\"/>");
    }

    @Test
    void the_brand_logo_is_in_the_header() throws Exception {
        String png = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mNk+M9QzwAEjDAGACCDAv8cI7IoAAAAAElFTkSuQmCC";
        Map<String, Object> data = new java.util.HashMap<>(DATA);
        data.put("brand", Map.of("name", "Firm", "colour", "#123", "logo", "data:image/png;base64," + png));
        byte[] bytes = new DocxWriter().write(MD, "t", Lang.EN, data);
        assertThat(part(bytes, "word/header1.xml")).contains("<pic:pic", "Firm", "112233");
        assertThat(part(bytes, "word/styles.xml")).contains("w:ascii=\"Cambria\"", "w:ascii=\"Calibri\"");
    }

    @Test
    void check_boxes_print_as_boxes_and_table_columns_fit_their_text() throws Exception {
        String xml = part(docx(), "word/document.xml");
        assertThat(xml).contains("☒", "☐").doesNotContain("[x]", "[ ]");
        assertThat(xml).contains("<w:tblLayout w:type=\"fixed\"/>", "<w:gridCol");
        int[] widths = TableWidths.fit(new String[][] {{"审查情形", "结论", "理由"}, {"关键信息基础设施运营者采购网络产品和服务", "应当申报",
                "境外供应方可远程访问、更新或维护用于关键信息基础设施的产品，存在被非法控制、干扰的风险"}}, 8845, 120);
        assertThat(widths[1]).as("the conclusion column holds 应当申报 on one line").isGreaterThanOrEqualTo(8 * 120 + 200);
        assertThat(widths[0] + widths[1] + widths[2]).isEqualTo(8845);
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
