package dev.csreview.report.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.csreview.questionnaire.Lang;
import dev.csreview.report.PackageBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints a package document's HTML to PDF with openhtmltopdf (PDFBox), the Chinese font embedded (subset), so a
 * reader without it sees the same glyphs. jsoup reads the HTML as a browser does. The same HTML and date give the
 * same bytes. Loaded only when PDF is asked for: its libraries are large.
 */
public final class PdfWriter implements PackageBuilder.PdfWriterFactory {
    private static final String CJK = "csreview-cjk";
    private static final String SYMBOLS = "csreview-symbols";
    private static final java.util.regex.Pattern MARGIN_BOX = java.util.regex.Pattern.compile("@(?:top|bottom|left|right)-(?:left|center|right|top|middle|bottom)(?:-corner)?\\s*\\{");

    private final TrueTypeFont cjk;
    private final TrueTypeFont symbols;

    /** {@code cjkFont}: a TrueType font or collection with Chinese glyphs (the CLI finds one); {@code symbols}: one with ☐ ☒, or null. */
    public PdfWriter(Path cjkFont, Path symbols) {
        // openhtmltopdf reports every CSS property it does not know on stderr; the user did not write that CSS.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        try {
            this.cjk = load(cjkFont.toFile());
            this.symbols = symbols == null ? null : load(symbols.toFile());
            if (cjk.getUnicodeCmapLookup() == null || cjk.getUnicodeCmapLookup().getGlyphId('中') == 0) {
                throw new IllegalArgumentException(cjkFont + " has no Chinese glyphs");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont load(File file) throws IOException {
        if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            TrueTypeCollection collection = new TrueTypeCollection(file);
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                throw new IOException(file + ": an empty font collection");
            }
            return first[0];
        }
        return file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".otf")
                ? new OTFParser().parse(new RandomAccessReadBufferedFile(file))
                : new TTFParser().parse(new RandomAccessReadBufferedFile(file));
    }

    @Override
    public synchronized byte[] write(String html, String title, Lang lang, LocalDate date) {
        org.w3c.dom.Document dom = new org.jsoup.helper.W3CDom().fromJsoup(org.jsoup.Jsoup.parse(withPrintFonts(html)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(PDType0Font.load(doc, cjk, true)), CJK);
            if (symbols != null) {
                builder.useFont(new PDFontSupplier(PDType0Font.load(doc, symbols, true)), SYMBOLS);
            }
            // No base URI: nothing outside the document is read (the logo is a data: URI).
            builder.withW3cDocument(dom, null);
            var renderer = builder.buildPdfRenderer();
            renderer.layout();
            renderer.createPDFWithoutClosing();
            var info = doc.getDocumentInformation();
            GregorianCalendar stamp = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            stamp.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            info.setTitle(title);
            info.setCreator("csreview");
            info.setProducer("csreview");
            info.setCreationDate(stamp);
            info.setModificationDate(stamp);
            // The file identifier from the content, not the clock: the same document, the same bytes.
            byte[] id = Arrays.copyOf(sha256(html + "\n" + date), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every text in the Latin face first, then the embedded Chinese font, then the symbols font; the page margins too. */
    private String withPrintFonts(String html) {
        String families = "serif, \"" + CJK + "\"" + (symbols == null ? "" : ", \"" + SYMBOLS + "\"");
        String css = "<style>* { font-family: " + families + " !important; } h1, h2, h3, th { font-family: sans-serif, \"" + CJK + "\""
                + (symbols == null ? "" : ", \"" + SYMBOLS + "\"") + " !important; } code { font-family: monospace, \"" + CJK + "\" !important; }"
                + "</style>";
        // The page's margin boxes (running head, page numbers) take the fonts inside their own rules: a second rule
        // for a box would replace the template's box, content and all, and they do not inherit the page's.
        String page = MARGIN_BOX.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group() + " font-family: " + families + ";"));
        int head = page.indexOf("</head>");
        return head < 0 ? css + page : page.substring(0, head) + css + page.substring(head);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
