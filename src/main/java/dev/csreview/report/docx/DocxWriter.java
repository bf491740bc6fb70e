package dev.csreview.report.docx;

import dev.csreview.questionnaire.Lang;
import dev.csreview.report.PackageBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a package document as DOCX with Apache POI: real heading styles, numbered and bulleted lists, tables,
 * East Asian fonts set, no fields (WPS does not refresh them), and the same bytes for the same input — POI's
 * timestamps are replaced by the package date. Loaded only when DOCX is asked for.
 */
public final class DocxWriter implements PackageBuilder.DocxWriterFactory {
    static final String LATIN_FONT = "Calibri";
    static final String EAST_ASIAN_FONT = "SimSun";
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
        LocalDate date = LocalDate.parse(String.valueOf(data.getOrDefault("date", "2000-01-01")));
        try (XWPFDocument doc = reference == null ? new XWPFDocument() : clearedCopy(reference)) {
            styles(doc, lang);
            BigInteger[] numbering = numbering(doc);
            Node root = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
            new MarkdownToDocx(doc, numbering[0], numbering[1]).render(root);
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFDocument clearedCopy(byte[] reference) throws IOException {
        XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reference));
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        return doc;
    }

    /** Normal text and Heading 1–3 with Latin and East Asian fonts, and the document language. */
    private static void styles(XWPFDocument doc, Lang lang) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(EAST_ASIAN_FONT);
        fonts.setCs(LATIN_FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(lang == Lang.ZH ? "zh-CN" : "en-US");
        styles.setEastAsia("zh-CN");
        int[] sizes = {32, 28, 24};
        for (int level = 1; level <= 3; level++) {
            String id = "Heading" + level;
            if (styles.styleExist(id)) {
                continue;
            }
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            style.addNewQFormat();
            var ppr = style.addNewPPr();
            ppr.addNewKeepNext();
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 240 : 180));
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            CTRPr rpr = style.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
            CTFonts f = rpr.addNewRFonts();
            f.setAscii(LATIN_FONT);
            f.setHAnsi(LATIN_FONT);
            f.setEastAsia(EAST_ASIAN_FONT);
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style, styles));
        }
    }

    /** A bullet list and a decimal list definition; returns their numbering ids. */
    private static BigInteger[] numbering(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger bullet = numbering.addNum(numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum(0, true))));
        BigInteger decimal = numbering.addNum(numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum(1, false))));
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
            ind.setLeft(BigInteger.valueOf(360L * (level + 1)));
            ind.setHanging(BigInteger.valueOf(360));
        }
        return abs;
    }

    /** Same entries, same order, fixed times: a DOCX is a zip and zips record when they were made. */
    static byte[] normalise(byte[] docx, LocalDate date) throws IOException {
        long time = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(time);
                zip.putNextEntry(copy);
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
