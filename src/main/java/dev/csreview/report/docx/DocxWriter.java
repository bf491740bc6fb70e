package dev.csreview.report.docx;

import dev.csreview.questionnaire.Lang;
import dev.csreview.report.PackageBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Writes a package document as DOCX the way pandoc does, without a general OOXML library: the document part from
 * the same Markdown as the other formats, written as plain XML; styles, numbering, header, footer and font table
 * from the house style, or from a firm's reference .docx (checked by {@link dev.csreview.report.ReferenceDocx}
 * first), whose parts are copied, never interpreted; zipped with java.util.zip. As a firm prints it: A4, the house
 * fonts (仿宋/黑体/楷体 after GB/T 9704 for Chinese, Cambria/Calibri for English, each named in the font table with
 * the name WPS and LibreOffice substitute by), Word heading styles, a header with the brand, company and draft mark,
 * a footer with PAGE/NUMPAGES fields, tables whose columns fit their content, and the same bytes for the same input.
 */
public final class DocxWriter implements PackageBuilder.DocxWriterFactory {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String ROOT_NS = "xmlns:w=\"" + WordXml.W_NS + "\" xmlns:r=\"" + WordXml.R_NS + "\"";
    private static final String DRAWING_NS = " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";
    private static final Pattern STYLE = Pattern.compile("<w:style\\b([^>]*)>(.*?)</w:style>", Pattern.DOTALL);

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
        OpcPackage pkg = reference == null ? new OpcPackage() : OpcPackage.read(reference);
        String referenceBody = pkg.text("word/document.xml");
        String root = referenceBody == null ? null : rootElement(referenceBody);
        String sectPr = referenceBody == null ? null : bodySectPr(referenceBody);
        PageSetup page = reference == null ? PageSetup.house(lang) : PageSetup.of(sectPr, lang);
        HouseStyle house = HouseStyle.of(lang);
        String headingColour = brandColour(data);

        String settingsPart = pkg.target("settings");
        if (settingsPart == null) {
            settingsPart = pkg.unique("word/settings.xml");
            pkg.put(settingsPart, WordXml.HEAD + "<w:settings xmlns:w=\"" + WordXml.W_NS + "\"/>", OpcPackage.MAIN + "settings+xml");
            pkg.relate("settings", settingsPart);
        }
        Map<String, String> styleIds = styles(pkg, lang, house, headingColour);
        int[] numbering = numbering(pkg);

        StringBuilder body = new StringBuilder(markdown.length() * 3);
        Node parsed = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
        new MarkdownToDocx(body, numbering[0], numbering[1], styleIds, page.textWidth(), house.tableSize()).render(parsed);

        String section = sectPr == null ? "<w:sectPr></w:sectPr>" : sectPr;
        if (!section.contains("<w:headerReference") && !section.contains("<w:footerReference")) {
            StringBuilder refs = new StringBuilder();
            String header = pkg.unique("word/header1.xml");
            pkg.put(header, header(pkg, header, data, page, house, headingColour), OpcPackage.MAIN + "header+xml");
            refs.append("<w:headerReference w:type=\"default\" r:id=\"").append(pkg.relate("header", header)).append("\"/>");
            String footerText = String.valueOf(data.getOrDefault("page_footer", ""));
            if (!footerText.isEmpty()) {
                String footer = pkg.unique("word/footer1.xml");
                pkg.put(footer, footer(footerText, house), OpcPackage.MAIN + "footer+xml");
                refs.append("<w:footerReference w:type=\"default\" r:id=\"").append(pkg.relate("footer", footer)).append("\"/>");
            }
            int open = section.indexOf('>') + 1;
            section = section.substring(0, open) + refs + section.substring(open);
        }
        if (!section.contains("<w:pgSz") && !section.contains("<w:pgMar")) {
            Matcher after = Pattern.compile("<w:(?:paperSrc|pgBorders|lnNumType|pgNumType|cols|formProt|vAlign|noEndnote|titlePg|textDirection|bidi"
                    + "|rtlGutter|docGrid|printerSettings)\\b|</w:sectPr>").matcher(section);
            after.find();
            section = section.substring(0, after.start()) + page.xml() + section.substring(after.start());
        }
        if (pkg.target("fontTable") == null) {
            String fonts = pkg.unique("word/fontTable.xml");
            pkg.put(fonts, fontTable(house), OpcPackage.MAIN + "fontTable+xml");
            pkg.relate("fontTable", fonts);
        }
        String rootTag = root == null ? "<w:document " + ROOT_NS + ">" : root.contains("xmlns:r=") ? root : root.replaceFirst(">$", " xmlns:r=\"" + WordXml.R_NS + "\">");
        String document = WordXml.HEAD + rootTag + "<w:body>" + body + section + "</w:body></w:document>";
        pkg.put("word/document.xml", document, OpcPackage.MAIN + "document.main+xml");
        return pkg.zip(core(title, date), date);
    }

    /** The start tag of a reference document's root, with every namespace it declares. */
    private static String rootElement(String xml) {
        Matcher m = Pattern.compile("<w:document\\b[^>]*>").matcher(xml);
        return m.find() ? m.group().replaceFirst("/>$", ">") : null;
    }

    /** The body's own section properties (the last child of the body), or null. */
    private static String bodySectPr(String xml) {
        int end = xml.lastIndexOf("</w:body>");
        int at = end < 0 ? -1 : xml.lastIndexOf("<w:sectPr", end);
        if (at < 0) {
            return null;
        }
        String tail = xml.substring(at, end).strip();
        if (tail.matches("(?s)<w:sectPr\\b[^>]*/>")) {
            return tail.replaceFirst("/>$", "></w:sectPr>");
        }
        return tail.endsWith("</w:sectPr>") && tail.indexOf("</w:sectPr>") == tail.length() - "</w:sectPr>".length() ? tail : null;
    }

    private static String core(String title, LocalDate date) {
        String stamp = date + "T00:00:00Z";
        StringBuilder xml = new StringBuilder(WordXml.HEAD_STANDALONE).append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(stamp).append("</dcterms:created><dc:creator>csreview</dc:creator>"
                + "<cp:lastModifiedBy>csreview</cp:lastModifiedBy><dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(stamp)
                .append("</dcterms:modified><dc:title>");
        return WordXml.text(xml, title).append("</dc:title></cp:coreProperties>").toString();
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

    /**
     * The styles the documents use, by role (heading1–3, body, table): the reference's own where it has them
     * (found by id or by name, as Word names them in every language), the house's otherwise. A reference without a
     * styles part brings page, header and footer only: the house styles apply.
     */
    private static Map<String, String> styles(OpcPackage pkg, Lang lang, HouseStyle house, String headingColour) {
        String part = pkg.target("styles");
        String own = part == null ? null : pkg.text(part);
        if (own != null && !own.contains("</w:styles>")) {
            own = null;
        }
        StringBuilder added = new StringBuilder();
        if (own == null) {
            // w:val is the language of Latin-script runs even in a Chinese document: as zh-CN, LibreOffice breaks
            // numbers and Latin words anywhere ("20|26年", "actual_controlle|r"); Chinese text is w:eastAsia.
            added.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(house.fonts(house.bodyFont())).append("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>");
            added.append(normal(house));
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Matcher m = STYLE.matcher(own == null ? "" : own); m.find(); ) {
            Matcher id = Pattern.compile("w:styleId=\"([^\"]*)\"").matcher(m.group(1));
            Matcher name = Pattern.compile("<w:name\\s+w:val=\"([^\"]*)\"").matcher(m.group(2));
            if (id.find()) {
                names.put(id.group(1), name.find() ? name.group(1).toLowerCase(Locale.ROOT) : "");
            }
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (int level = 1; level <= 3; level++) {
            String id = find(names, "Heading" + level, "heading " + level);
            if (id == null) {
                id = "Heading" + level;
                added.append(heading(level, house, headingColour));
            }
            ids.put("heading" + level, id);
        }
        String body = find(names, "BodyText", "body text");
        if (body == null) {
            body = "BodyText";
            added.append(paragraphStyle(body, "Body Text", house.bodyIndent() ? house.bodySize() * 20 : 0, 0, 0));
        }
        ids.put("body", body);
        String table = find(names, "TableText", "table text");
        if (table == null) {
            table = "TableText";
            added.append(paragraphStyle(table, "Table Text", 0, house.tableSize(), 240));
        }
        ids.put("table", table);
        if (own == null) {
            String name = pkg.unique("word/styles.xml");
            pkg.put(name, WordXml.HEAD + "<w:styles xmlns:w=\"" + WordXml.W_NS + "\">" + added + "</w:styles>", OpcPackage.MAIN + "styles+xml");
            pkg.relate("styles", name);
        } else if (added.length() > 0) {
            int end = own.lastIndexOf("</w:styles>");
            pkg.put(part, own.substring(0, end) + added + own.substring(end), null);
        }
        return ids;
    }

    /** A style's id given its usual id or its name (case-insensitive); null if the document has none. */
    static String find(Map<String, String> namesById, String id, String name) {
        if (namesById.containsKey(id)) {
            return id;
        }
        for (var e : namesById.entrySet()) {
            if (e.getValue().equals(name)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String normal(HouseStyle house) {
        // East Asian line breaking: no line starts with closing punctuation or ends with opening punctuation. No
        // extra space between Chinese and Latin letters or digits: 2026年12月4日, not 2026 年 12 月 4 日.
        return "<w:style w:styleId=\"Normal\" w:type=\"paragraph\" w:default=\"true\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr>"
                + "<w:kinsoku w:val=\"true\"/><w:overflowPunct w:val=\"true\"/><w:autoSpaceDE w:val=\"false\"/><w:autoSpaceDN w:val=\"false\"/>"
                + "<w:spacing w:after=\"" + house.paragraphAfter() + "\" w:line=\"" + house.line() + "\" w:lineRule=\"" + (house.exactLines() ? "exact" : "auto")
                + "\"/></w:pPr><w:rPr>" + house.fonts(house.bodyFont()) + size(house.bodySize()) + "</w:rPr></w:style>";
    }

    private static String size(int halfPoints) {
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    /** {@code indent}: the first line's indent in twips (two characters for Chinese prose), 0 for none. */
    private static String paragraphStyle(String id, String name, int indent, int size, int line) {
        StringBuilder s = new StringBuilder("<w:style w:styleId=\"").append(id).append("\" w:type=\"paragraph\"><w:name w:val=\"").append(name)
                .append("\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>");
        if (line > 0) {
            s.append("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"").append(line).append("\" w:lineRule=\"auto\"/>");
        }
        if (indent > 0) {
            s.append("<w:ind w:firstLine=\"").append(indent).append("\" w:firstLineChars=\"200\"/>");
        }
        s.append("</w:pPr>");
        if (size > 0) {
            s.append("<w:rPr>").append(size(size)).append("</w:rPr>");
        }
        return s.append("</w:style>").toString();
    }

    private static String heading(int level, HouseStyle house, String colour) {
        return "<w:style w:styleId=\"Heading" + level + "\" w:type=\"paragraph\"><w:name w:val=\"heading " + level + "\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\""
                + (level == 1 ? 360 : 240) + "\" w:after=\"" + (level == 1 ? 240 : 120) + "\" w:line=\"240\" w:lineRule=\"auto\"/>"
                + (level == 1 ? "<w:jc w:val=\"center\"/>" : "") + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr><w:rPr>"
                + house.fonts(house.headingFont(level)) + (house.boldHeadings() ? "<w:b/>" : "") + "<w:color w:val=\"" + colour + "\"/>"
                + size(house.headingSize(level)) + "</w:rPr></w:style>";
    }

    /** A bullet list and a decimal list definition, added to the reference's numbering if it has one; returns their numbering ids. */
    private static int[] numbering(OpcPackage pkg) {
        String part = pkg.target("numbering");
        String own = part == null ? null : pkg.text(part);
        if (own != null && !own.contains("</w:numbering>")) {
            own = null;
        }
        int abstractId = 1 + max(own, "w:abstractNumId=\"(\\d{1,6})\"", -1);
        int numId = 1 + max(own, "w:numId=\"(\\d{1,6})\"", 0);
        String abstracts = abstractNum(abstractId, true) + abstractNum(abstractId + 1, false);
        String nums = "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/></w:num><w:num w:numId=\"" + (numId + 1)
                + "\"><w:abstractNumId w:val=\"" + (abstractId + 1) + "\"/></w:num>";
        if (own == null) {
            String name = pkg.unique("word/numbering.xml");
            pkg.put(name, WordXml.HEAD + "<w:numbering xmlns:w=\"" + WordXml.W_NS + "\">" + abstracts + nums + "</w:numbering>", OpcPackage.MAIN + "numbering+xml");
            pkg.relate("numbering", name);
        } else {
            // The schema's order: every abstract definition before the first instance.
            Matcher firstNum = Pattern.compile("<w:num\\b(?!Pic|IdMac)").matcher(own);
            int at = firstNum.find() ? firstNum.start() : own.lastIndexOf("</w:numbering>");
            own = own.substring(0, at) + abstracts + own.substring(at);
            Matcher cleanup = Pattern.compile("<w:numIdMacAtCleanup\\b|</w:numbering>").matcher(own);
            cleanup.find();
            pkg.put(part, own.substring(0, cleanup.start()) + nums + own.substring(cleanup.start()), null);
        }
        return new int[] {numId, numId + 1};
    }

    private static int max(String xml, String regex, int none) {
        int max = none;
        if (xml != null) {
            for (Matcher m = Pattern.compile(regex).matcher(xml); m.find(); ) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max;
    }

    private static String abstractNum(int id, boolean bullet) {
        StringBuilder abs = new StringBuilder("<w:abstractNum w:abstractNumId=\"").append(id).append("\">");
        for (int level = 0; level < 3; level++) {
            abs.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"").append(bullet ? "bullet" : "decimal")
                    .append("\"/><w:lvlText w:val=\"").append(bullet ? (level == 0 ? "•" : "◦") : "%" + (level + 1) + ".")
                    .append("\"/><w:pPr><w:ind w:left=\"").append(420 * (level + 1)).append("\" w:hanging=\"420\"/></w:pPr></w:lvl>");
        }
        return abs.append("</w:abstractNum>").toString();
    }

    /** Brand logo and name, company, and the draft mark at the right margin, over a rule in the brand's colour. */
    private static String header(OpcPackage pkg, String part, Map<String, Object> data, PageSetup page, HouseStyle house, String colour) {
        StringBuilder p = new StringBuilder(WordXml.HEAD).append("<w:hdr ").append(ROOT_NS).append(DRAWING_NS).append("><w:p><w:pPr><w:pBdr>")
                .append("<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"").append(colour).append("\"/></w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"")
                .append(page.textWidth()).append("\"/></w:tabs>").append(TIGHT).append("</w:pPr>");
        String small = "<w:sz w:val=\"" + house.headerSize() + "\"/>";
        String brandName = "";
        if (data.get("brand") instanceof Map<?, ?> brand) {
            brandName = String.valueOf(brand.get("name") == null ? "" : brand.get("name"));
            Logo logo = Logo.of(String.valueOf(brand.get("logo") == null ? "" : brand.get("logo")));
            if (logo != null) {
                String image = pkg.unique("word/media/image1." + logo.extension());
                pkg.put(image, logo.bytes(), null);
                pkg.putDefault(logo.extension(), "image/" + logo.extension());
                String rels = "word/_rels/" + part.substring("word/".length()) + ".rels";
                pkg.put(rels, WordXml.HEAD_STANDALONE + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                        + " Target=\"media/" + image.substring("word/media/".length()) + "\" Type=\"" + OpcPackage.REL + "image\"/></Relationships>", null);
                long cx = Math.round(logo.width() * 12700);
                long cy = Math.round(logo.height() * 12700);
                p.append("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"").append(cx).append("\" cy=\"").append(cy)
                        .append("\"/><wp:docPr id=\"1\" name=\"logo\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
                        .append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr>")
                        .append("<pic:cNvPr id=\"0\" name=\"logo\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rId1\"/><a:stretch><a:fillRect/>")
                        .append("</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(cx).append("\" cy=\"").append(cy)
                        .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>")
                        .append("</w:drawing></w:r><w:r><w:tab/></w:r>");
            }
        }
        if (!brandName.isEmpty()) {
            WordXml.run(p, "<w:b w:val=\"on\"/><w:color w:val=\"" + colour + "\"/>" + small, brandName + "  ");
        }
        Object company = data.get("company") == null ? data.getOrDefault("gap", "") : data.get("company");
        WordXml.run(p, small, String.valueOf(company));
        p.append("<w:r><w:tab/></w:r>");
        WordXml.run(p, "<w:b w:val=\"on\"/>" + small, String.valueOf(data.getOrDefault("draft_mark", "")));
        return p.append("</w:p></w:hdr>").toString();
    }

    private static final String TIGHT = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>";

    /** The page footer's text with ${page} and ${pages} as PAGE and NUMPAGES fields, centred. */
    private static String footer(String text, HouseStyle house) {
        StringBuilder p = new StringBuilder(WordXml.HEAD).append("<w:ftr ").append(ROOT_NS).append("><w:p><w:pPr>").append(TIGHT)
                .append("<w:jc w:val=\"center\"/></w:pPr>");
        String size = "<w:sz w:val=\"" + house.headerSize() + "\"/>";
        String small = "<w:rPr>" + size + "</w:rPr>";
        int at = 0;
        while (at < text.length()) {
            int pageAt = text.indexOf("${page}", at);
            int pagesAt = text.indexOf("${pages}", at);
            int next = pageAt < 0 ? pagesAt : pagesAt < 0 ? pageAt : Math.min(pageAt, pagesAt);
            String plain = next < 0 ? text.substring(at) : text.substring(at, next);
            if (!plain.isEmpty()) {
                WordXml.run(p, size, plain);
            }
            if (next < 0) {
                break;
            }
            boolean all = next == pagesAt;
            // A field with a cached result, so that a reader which does not update fields still shows a number.
            p.append("<w:r>").append(small).append("<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>").append(small)
                    .append("<w:instrText xml:space=\"preserve\"> ").append(all ? "NUMPAGES" : "PAGE").append(" </w:instrText></w:r><w:r>").append(small)
                    .append("<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>").append(small).append("<w:t>1</w:t></w:r><w:r>").append(small)
                    .append("<w:fldChar w:fldCharType=\"end\"/></w:r>");
            at = next + (all ? "${pages}" : "${page}").length();
        }
        return p.append("</w:p></w:ftr>").toString();
    }

    /**
     * The font table: each house font with the name other systems know it by, so that Word, WPS and LibreOffice
     * substitute alike (仿宋 is FangSong, 黑体 SimHei, 楷体 KaiTi). A reference document's own table is kept.
     */
    private static String fontTable(HouseStyle house) {
        StringBuilder xml = new StringBuilder(WordXml.HEAD_STANDALONE).append("\n<w:fonts xmlns:w=\"").append(WordXml.W_NS).append("\">");
        for (HouseStyle.Font f : house.declaredFonts()) {
            xml.append("<w:font w:name=\"").append(f.name()).append("\">");
            if (!f.altName().isEmpty()) {
                xml.append("<w:altName w:val=\"").append(f.altName()).append("\"/>");
            }
            xml.append("<w:panose1 w:val=\"").append(f.panose()).append("\"/><w:charset w:val=\"").append(f.charset())
                    .append("\"/><w:family w:val=\"").append(f.family()).append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        return xml.append("</w:fonts>").toString();
    }

    /** A PNG or JPEG logo from the brand's data: URI, 1 cm high; none for SVG (Word needs a bitmap beside it). */
    record Logo(byte[] bytes, String extension, double width, double height) {
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
            return new Logo(bytes, dataUri.startsWith("data:image/png") ? "png" : "jpeg", width, height);
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

}
