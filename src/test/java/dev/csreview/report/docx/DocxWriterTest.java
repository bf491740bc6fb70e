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

    @Test
    void the_addressee_under_the_title_starts_at_the_margin_and_english_dates_never_break() throws Exception {
        String md = "# 网络安全审查申报书（草稿）\n\n网络安全审查办公室：\n\n本公司于2026年12月4日依据《办法》第十条第（一）项申报。\n\n申报主体（盖章）：\n";
        String xml = part(new DocxWriter().write(md, "t", Lang.ZH, DATA), "word/document.xml");
        assertThat(xml).containsOnlyOnce("<w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>")
                .contains("<w:pStyle w:val=\"BodyText\"/><w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/></w:pPr><w:r><w:t>网络安全审查办公室：")
                .contains("2026\u2060年\u206012\u2060月\u20604\u2060日", "第十条第（一）项");
        String en = part(new DocxWriter().write("# T\n\nDrafted on 4 December 2026.\n", "t", Lang.EN, DATA), "word/document.xml");
        assertThat(en).contains("4\u00A0December\u00A02026").doesNotContain("firstLine=\"0\"");
    }

    @Test
    void a_chinese_date_or_a_number_with_its_unit_is_a_run_of_its_own_that_libreoffice_keeps_whole() throws Exception {
        String md = "# 2026年度申报\n\n截至2026年1月15日，用户数量超过100万，共3,200个附件，F-1草稿，**6月30日**前。\n\n"
                + "| 截止日期 | 材料 |\n|---|---|\n| 2026年11月30日 | 股权结构图（2026年6月30日，法务部） |\n";
        String xml = part(new DocxWriter().write(md, "t", Lang.ZH, DATA), "word/document.xml");
        String joined = "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-Hans-CN\"/></w:rPr><w:t>";
        // LibreOffice breaks zh-CN text anywhere: the span is zh-Hans-CN, which it breaks by UAX #14, and a word joiner
        // (U+2060) glues digits to Chinese. Before, "2026年1月15日" sat inside the sentence's run and broke before 年.
        assertThat(xml).contains("<w:r><w:t>截至</w:t></w:r><w:r><w:rPr>" + joined + "2026\u2060年\u20601\u2060月\u206015\u2060日</w:t></w:r><w:r><w:t>，用户数量超过</w:t></w:r>",
                joined + "100\u2060万</w:t>", joined + "3,200\u2060个</w:t>", joined + "1\u2060草</w:t>", joined + "2026\u2060年</w:t></w:r><w:r><w:t>度申报",
                "<w:rPr><w:b w:val=\"on\"/>" + joined + "6\u2060月\u206030\u2060日</w:t>", joined + "2026\u2060年\u206011\u2060月\u206030\u2060日</w:t>",
                joined + "2026\u2060年\u20606\u2060月\u206030\u2060日</w:t>")
                .doesNotContain("2026年", "100万", "3,200个");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxWriter().write(md, "t", Lang.ZH, DATA)))) {
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText().replace("\u2060", "")).contains("截至2026年1月15日，用户数量超过100万");
        }
    }

    @Test
    void numbers_with_units_are_found_in_one_pass_however_long_the_answer() {
        assertThat(NumberUnits.spans("截至2026年6月30日，2026年6,超过100万，共3,200个，1.5万，F-1草稿，12个月，a,7"))
                .extracting(s -> s.start() + "-" + s.end())
                .containsExactly("2-12", "13-18", "22-26", "28-34", "35-39", "42-44", "46-49");
        String hostile = "1".repeat(200_000) + "，" + "1.".repeat(100_000) + "，" + "1年".repeat(100_000) + "a";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> new DocxWriter().write("# T\n\n" + hostile + "\n\n| a | b |\n|---|---|\n| " + hostile + " | x |\n", "t", Lang.ZH, DATA));
    }

    @Test
    void a_table_column_is_never_narrower_than_a_date_inside_its_text() {
        String material = "☒ 股权结构图，及协议控制（VIE）架构图和相关协议（如有）（已有：VIE 协议一揽子文件及股权结构图（2026年6月30日，法务部））";
        // us-listing-platform's 03: the column was 1,420 twips and LibreOffice broke the date in it.
        int[] widths = TableWidths.fit(new String[][] {{"附件编号", "材料（☒ 已有，☐ 待办）", "负责人（建议）", "截止日期", "依据"},
                {"附件7", material, "董事会秘书、法务部", "2026年11月30日", "《办法》第八条第（四）项；《境内企业境外发行证券和上市管理试行办法》第十五条"}}, 8845, 105);
        // （2026年6月30日， is 17 half-ems, with Word's default cell margins of 108 twips a side: narrower, LibreOffice
        // left the bracket alone on a line.
        assertThat(widths[1]).isGreaterThanOrEqualTo(17 * 105 + 2 * 108);
    }

    @Test
    void every_part_is_well_formed_and_every_relationship_points_at_a_typed_part() throws Exception {
        String png = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mNk+M9QzwAEjDAGACCDAv8cI7IoAAAAAElFTkSuQmCC";
        Map<String, Object> data = new java.util.HashMap<>(DATA);
        data.put("brand", Map.of("name", "Firm", "colour", "#123", "logo", "data:image/png;base64," + png));
        byte[] bytes = new DocxWriter().write(MD + "\n\u0001\u0008 control characters\n", "t\u0002", Lang.ZH, data);
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        for (var e : parts.entrySet()) {
            if (e.getKey().endsWith(".xml") || e.getKey().endsWith(".rels")) {
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(e.getValue()));
            }
            String ext = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
            assertThat(types).as(e.getKey()).containsAnyOf("PartName=\"/" + e.getKey() + "\"", "Extension=\"" + ext + "\"");
        }
        for (String rels : parts.keySet().stream().filter(n -> n.endsWith(".rels") && n.startsWith("word/")).toList()) {
            var m = java.util.regex.Pattern.compile("Target=\"([^\"]*)\"").matcher(new String(parts.get(rels), StandardCharsets.UTF_8));
            while (m.find()) {
                assertThat(parts).as(rels + " -> " + m.group(1)).containsKey("word/" + m.group(1));
            }
        }
        assertThat(parts).containsKeys("word/media/image1.png", "word/_rels/header1.xml.rels", "word/settings.xml");
    }

    @Test
    void a_reference_keeps_its_own_header_styles_and_numbering_and_gets_the_missing_ones() throws Exception {
        byte[] reference;
        try (XWPFDocument ref = new XWPFDocument()) {
            ref.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Firm letterhead");
            var num = ref.createNumbering();
            num.addNum(num.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance())));
            ref.createParagraph().createRun().setText("placeholder body");
            var out = new java.io.ByteArrayOutputStream();
            ref.write(out);
            reference = out.toByteArray();
        }
        byte[] bytes = new DocxWriter(reference).write(MD, "t", Lang.ZH, DATA);
        String xml = part(bytes, "word/document.xml");
        assertThat(xml).doesNotContain("placeholder body").containsOnlyOnce("<w:headerReference").contains("<w:numId w:val=\"2\"/>");
        assertThat(String.join("", part(bytes, "word/_rels/document.xml.rels"))).containsOnlyOnce("relationships/numbering\"");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(doc.getHeaderList()).hasSize(1);
            assertThat(doc.getHeaderList().get(0).getText()).contains("Firm letterhead");
            assertThat(doc.getStyles().styleExist("BodyText")).isTrue();
            assertThat(doc.getNumbering().getNum(java.math.BigInteger.valueOf(2))).isNotNull();
        }
    }

    @Test
    void a_reference_that_inflates_beyond_any_real_template_is_refused_not_read_whole() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body/></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 65; i++) {
                zip.write(zeros);
            }
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).isLessThan(1 << 20);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DocxWriter(bomb).write(MD, "t", Lang.ZH, DATA))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("64 MiB");
    }
}
