package dev.csreview.report.docx;

import dev.csreview.questionnaire.Lang;
import dev.csreview.report.PackageBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes a package document as DOCX with Apache POI, as a firm prints it: A4, the house fonts (仿宋/黑体/楷体 after
 * GB/T 9704 for Chinese, Cambria/Calibri for English, each named in the font table with the name WPS and
 * LibreOffice substitute by), Word heading styles, a header with the brand, company and draft mark, a footer with
 * PAGE/NUMPAGES fields, tables whose columns fit their content, and the same bytes for the same input. A firm's
 * reference .docx (checked by {@link dev.csreview.report.ReferenceDocx} first) supplies page, styles, header and
 * footer instead. Loaded only when DOCX is asked for.
 */
public final class DocxWriter implements PackageBuilder.DocxWriterFactory {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final byte[] reference;

    public DocxWriter() {
        this(null);
    }

    /** {@code referenceDocx}: a firm's own .docx whose styles, header and footer the documents take on. */
    public DocxWriter(byte[] referenceDocx) {
        this.reference = referenceDocx == null ? null : referenceDocx.clone();
    }

    @Override
    public byte[] write(String markdown, String title, Lang lang, Map<String, Object> data) {
        LocalDate date = date(data);
        try (XWPFDocument doc = reference == null ? new XWPFDocument() : clearedCopy(reference)) {
            CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : null;
            PageSetup page = reference == null ? PageSetup.house(lang) : PageSetup.of(sect, lang);
            HouseStyle house = HouseStyle.of(lang);
            String headingColour = brandColour(data);
            // A reference without styles of its own brings page, header and footer only: the house styles apply.
            Map<String, String> styleIds = styles(doc, lang, house, headingColour, reference != null && doc.getStyles() != null);
            BigInteger[] numbering = numbering(doc);
            Node root = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
            new MarkdownToDocx(doc, numbering[0], numbering[1], styleIds, page.textWidth(), house.tableSize()).render(root);
            sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
            if (reference == null) {
                page.apply(sect);
            }
            if (sect.sizeOfHeaderReferenceArray() == 0 && sect.sizeOfFooterReferenceArray() == 0) {
                header(doc, data, page, house, headingColour);
                footer(doc, String.valueOf(data.getOrDefault("page_footer", "")), house);
            }
            fontTable(doc, house);
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(title);
            core.setCreator("csreview");
            Date stamp = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
            core.setCreated(Optional.of(stamp));
            core.setModified(Optional.of(stamp));
            core.setLastModifiedByUser("csreview");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return normalise(out.toByteArray(), date);
        } catch (IOException | InvalidFormatException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static LocalDate date(Map<String, Object> data) {
        Object iso = data.getOrDefault("date_iso", data.getOrDefault("date", "2000-01-01"));
        try {
            return LocalDate.parse(String.valueOf(iso));
        } catch (DateTimeParseException e) {
            return LocalDate.of(2000, 1, 1);
        }
    }

    /** The brand's colour for headings and the header rule, as RRGGBB; black without a brand. */
    static String brandColour(Map<String, Object> data) {
        if (data.get("brand") instanceof Map<?, ?> brand && brand.get("name") instanceof String name && !name.isEmpty()
                && brand.get("colour") instanceof String colour && colour.matches("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}")) {
            String hex = colour.substring(1);
            return (hex.length() == 3 ? "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) : hex)
                    .toUpperCase(java.util.Locale.ROOT);
        }
        return "000000";
    }

    private static XWPFDocument clearedCopy(byte[] reference) throws IOException {
        XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reference));
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        return doc;
    }

    /**
     * The styles the documents use, by role (heading1–3, body, table): the reference's own where it has them
     * (found by id or by name, as Word names them in every language), the house's otherwise.
     */
    private static Map<String, String> styles(XWPFDocument doc, Lang lang, HouseStyle house, String headingColour, boolean own) {
        XWPFStyles styles = doc.createStyles();
        if (!own) {
            styles.setDefaultFonts(house.fonts(house.bodyFont()));
            styles.setSpellingLanguage(lang == Lang.ZH ? "zh-CN" : "en-US");
            styles.setEastAsia("zh-CN");
            addStyle(styles, normal(house));
        }
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (int level = 1; level <= 3; level++) {
            String id = find(styles, "Heading" + level, "heading " + level);
            if (id == null) {
                id = "Heading" + level;
                addStyle(styles, heading(level, house, headingColour));
            }
            ids.put("heading" + level, id);
        }
        String body = find(styles, "BodyText", "body text");
        if (body == null) {
            body = "BodyText";
            addStyle(styles, paragraphStyle(body, "Body Text", house.bodyIndent() ? house.bodySize() * 20 : 0, 0, 0));
        }
        ids.put("body", body);
        String table = find(styles, "TableText", "table text");
        if (table == null) {
            table = "TableText";
            CTStyle t = paragraphStyle(table, "Table Text", 0, house.tableSize(), 240);
            addStyle(styles, t);
        }
        ids.put("table", table);
        return ids;
    }

    /** A style's id given its usual id or its name (case-insensitive); null if the document has none. */
    static String find(XWPFStyles styles, String id, String name) {
        if (styles.styleExist(id)) {
            return id;
        }
        XWPFStyle byName = styles.getStyleWithName(name);
        if (byName == null) {
            for (String n : List.of(name, name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1))) {
                byName = styles.getStyleWithName(n);
                if (byName != null) {
                    break;
                }
            }
        }
        return byName == null ? null : byName.getStyleId();
    }

    private static void addStyle(XWPFStyles styles, CTStyle style) {
        if (styles.styleExist(style.getStyleId())) {
            styles.getStyle(style.getStyleId()).setStyle(style);
        } else {
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    private static CTStyle normal(HouseStyle house) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Normal");
        style.addNewName().setVal("Normal");
        style.setType(STStyleType.PARAGRAPH);
        style.setDefault(true);
        style.addNewQFormat();
        CTPPrGeneral ppr = style.addNewPPr();
        // East Asian line breaking: no line starts with closing punctuation or ends with opening punctuation.
        ppr.addNewKinsoku().setVal(true);
        ppr.addNewOverflowPunct().setVal(true);
        // No extra space between Chinese and Latin letters or digits: 2026年12月4日, not 2026 年 12 月 4 日.
        ppr.addNewAutoSpaceDE().setVal(false);
        ppr.addNewAutoSpaceDN().setVal(false);
        var spacing = ppr.addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(house.paragraphAfter()));
        spacing.setLine(BigInteger.valueOf(house.line()));
        spacing.setLineRule(house.exactLines() ? STLineSpacingRule.EXACT : STLineSpacingRule.AUTO);
        CTRPr rpr = style.addNewRPr();
        rpr.addNewRFonts().set(house.fonts(house.bodyFont()));
        rpr.addNewSz().setVal(BigInteger.valueOf(house.bodySize()));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(house.bodySize()));
        return style;
    }

    /** {@code indent}: the first line's indent in twips (two characters for Chinese prose), 0 for none. */
    private static CTStyle paragraphStyle(String id, String name, int indent, int size, int line) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewBasedOn().setVal("Normal");
        style.addNewQFormat();
        CTPPrGeneral ppr = style.addNewPPr();
        if (indent > 0) {
            var ind = ppr.addNewInd();
            ind.setFirstLine(BigInteger.valueOf(indent));
            ind.setFirstLineChars(BigInteger.valueOf(200));
        }
        if (line > 0) {
            var spacing = ppr.addNewSpacing();
            spacing.setBefore(BigInteger.ZERO);
            spacing.setAfter(BigInteger.ZERO);
            spacing.setLine(BigInteger.valueOf(line));
            spacing.setLineRule(STLineSpacingRule.AUTO);
        }
        if (size > 0) {
            CTRPr rpr = style.addNewRPr();
            rpr.addNewSz().setVal(BigInteger.valueOf(size));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(size));
        }
        return style;
    }

    private static CTStyle heading(int level, HouseStyle house, String colour) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.addNewName().setVal("heading " + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        CTPPrGeneral ppr = style.addNewPPr();
        ppr.addNewKeepNext();
        ppr.addNewKeepLines();
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
        spacing.setAfter(BigInteger.valueOf(level == 1 ? 240 : 120));
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        if (level == 1) {
            ppr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
        }
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        CTRPr rpr = style.addNewRPr();
        rpr.addNewRFonts().set(house.fonts(house.headingFont(level)));
        if (house.boldHeadings()) {
            rpr.addNewB();
        }
        rpr.addNewColor().setVal(colour);
        rpr.addNewSz().setVal(BigInteger.valueOf(house.headingSize(level)));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(house.headingSize(level)));
        return style;
    }

    /** Brand logo and name, company, and the draft mark at the right margin, over a rule. */
    private static void header(XWPFDocument doc, Map<String, Object> data, PageSetup page, HouseStyle house, String colour) throws InvalidFormatException, IOException {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        tight(p);
        p.setBorderBottom(Borders.SINGLE);
        CTTabStop tab = p.getCTP().getPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(page.textWidth()));
        String brandName = "";
        if (data.get("brand") instanceof Map<?, ?> brand) {
            brandName = String.valueOf(brand.get("name") == null ? "" : brand.get("name"));
            Logo logo = Logo.of(String.valueOf(brand.get("logo") == null ? "" : brand.get("logo")));
            if (logo != null) {
                XWPFRun r = p.createRun();
                r.addPicture(new ByteArrayInputStream(logo.bytes()), logo.type(), "logo", Units.toEMU(logo.width()), Units.toEMU(logo.height()));
                r.addTab();
            }
        }
        if (!brandName.isEmpty()) {
            XWPFRun r = small(p, brandName + "  ", house);
            r.setBold(true);
            r.setColor(colour);
        }
        Object company = data.get("company") == null ? data.getOrDefault("gap", "") : data.get("company");
        small(p, String.valueOf(company), house);
        p.createRun().addTab();
        XWPFRun mark = small(p, String.valueOf(data.getOrDefault("draft_mark", "")), house);
        mark.setBold(true);
    }

    /** The page footer's text with ${page} and ${pages} as PAGE and NUMPAGES fields, centred. */
    private static void footer(XWPFDocument doc, String text, HouseStyle house) {
        if (text.isEmpty()) {
            return;
        }
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        tight(p);
        p.setAlignment(ParagraphAlignment.CENTER);
        int at = 0;
        while (at < text.length()) {
            int page = text.indexOf("${page}", at);
            int pages = text.indexOf("${pages}", at);
            int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (next < 0) {
                small(p, text.substring(at), house);
                break;
            }
            if (next > at) {
                small(p, text.substring(at, next), house);
            }
            boolean all = next == pages;
            field(p, all ? "NUMPAGES" : "PAGE", house);
            at = next + (all ? "${pages}" : "${page}").length();
        }
    }

    /** A field with a cached result, so that a reader which does not update fields still shows a number. */
    private static void field(XWPFParagraph p, String instruction, HouseStyle house) {
        small(p, "", house).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = small(p, "", house).getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        small(p, "", house).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        small(p, "1", house);
        small(p, "", house).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void tight(XWPFParagraph p) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    private static XWPFRun small(XWPFParagraph p, String text, HouseStyle house) {
        XWPFRun r = p.createRun();
        if (!text.isEmpty()) {
            r.setText(text);
        }
        r.setFontSize(house.headerSize() / 2.0);
        return r;
    }

    /**
     * The font table: each house font with the name other systems know it by, so that Word, WPS and LibreOffice
     * substitute alike (仿宋 is FangSong, 黑体 SimHei, 楷体 KaiTi). A reference document's own table is kept.
     */
    private static void fontTable(XWPFDocument doc, HouseStyle house) throws InvalidFormatException, IOException {
        PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
        if (doc.getPackage().containPart(name)) {
            return;
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (HouseStyle.Font f : house.declaredFonts()) {
            xml.append("<w:font w:name=\"").append(f.name()).append("\">");
            if (!f.altName().isEmpty()) {
                xml.append("<w:altName w:val=\"").append(f.altName()).append("\"/>");
            }
            xml.append("<w:panose1 w:val=\"").append(f.panose()).append("\"/><w:charset w:val=\"").append(f.charset())
                    .append("\"/><w:family w:val=\"").append(f.family()).append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("</w:fonts>");
        PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
        try (OutputStream os = part.getOutputStream()) {
            os.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        }
        doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
    }

    /** A bullet list and a decimal list definition; returns their numbering ids. */
    private static BigInteger[] numbering(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger bullet = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(0, true))));
        BigInteger decimal = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(1, false))));
        return new BigInteger[] {bullet, decimal};
    }

    private static CTAbstractNum abstractNum(int id, boolean bullet) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < 3; level++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(bullet ? STNumberFormat.BULLET : STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal(bullet ? (level == 0 ? "•" : "◦") : "%" + (level + 1) + ".");
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(420L * (level + 1)));
            ind.setHanging(BigInteger.valueOf(420));
        }
        return abs;
    }

    /** A PNG or JPEG logo from the brand's data: URI, 1 cm high; none for SVG (Word needs a bitmap beside it). */
    record Logo(byte[] bytes, int type, double width, double height) {
        static Logo of(String dataUri) {
            int comma = dataUri.indexOf(',');
            if (!dataUri.startsWith("data:image/") || comma < 0) {
                return null;
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(dataUri.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
            int[] size = dataUri.startsWith("data:image/png") ? pngSize(bytes) : dataUri.startsWith("data:image/jpeg") ? jpegSize(bytes) : null;
            if (size == null || size[0] <= 0 || size[1] <= 0) {
                return null;
            }
            double height = 28.35; // 1 cm in points
            double width = Math.min(height * size[0] / size[1], 170);
            return new Logo(bytes, dataUri.startsWith("data:image/png") ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, width, height);
        }

        private static int[] pngSize(byte[] b) {
            if (b.length < 24 || (b[0] & 0xff) != 0x89 || b[1] != 'P') {
                return null;
            }
            return new int[] {int32(b, 16), int32(b, 20)};
        }

        private static int[] jpegSize(byte[] b) {
            int i = 2;
            while (i + 9 < b.length) {
                if ((b[i] & 0xff) != 0xff) {
                    return null;
                }
                int marker = b[i + 1] & 0xff;
                int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
                if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
                    return new int[] {((b[i + 7] & 0xff) << 8) | (b[i + 8] & 0xff), ((b[i + 5] & 0xff) << 8) | (b[i + 6] & 0xff)};
                }
                i += 2 + length;
            }
            return null;
        }

        private static int int32(byte[] b, int at) {
            return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
        }
    }

    /** Same entries, same order, fixed times: a DOCX is a zip and zips record when they were made. */
    static byte[] normalise(byte[] docx, LocalDate date) throws IOException {
        // A zip stores local date-times: setTime(millis) would turn one instant into different bytes per time zone.
        java.time.LocalDateTime time = date.atStartOfDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                zip.putNextEntry(copy);
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
