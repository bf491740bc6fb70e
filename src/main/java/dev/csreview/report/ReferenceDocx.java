package dev.csreview.report;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.diagnostic.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a firm's reference .docx before any work, with the zip reader alone (nothing of it is run or followed):
 * a Word 2007+ document, not encrypted, without macros, linking to nothing outside itself but hyperlinks, and,
 * if it has styles, having the Heading 1–3 styles the documents use (by id or by name, as Word names them in any
 * language).
 */
public final class ReferenceDocx {
    /** Bigger than any real template; a zip that inflates beyond this is not one. */
    private static final long MAX_INFLATED = 64L * 1024 * 1024;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Pattern EXTERNAL = Pattern.compile("<Relationship\\b[^>]*>");
    private static final Pattern STYLE = Pattern.compile("<w:style\\b[^>]*w:styleId=\"([^\"]*)\"[^>]*>.*?<w:name\\s+w:val=\"([^\"]*)\"", Pattern.DOTALL);

    private ReferenceDocx() {}

    /** The bytes, if they are a usable reference document; else the reasons, located at {@code name}. */
    public static byte[] check(String name, byte[] bytes) throws InvalidInputException {
        Diagnostics out = new Diagnostics();
        Location at = Location.of(name);
        if (startsWith(bytes, OLE2)) {
            // An OLE2 file: an encrypted .docx is stored so, and so is a Word 97-2003 .doc.
            if (contains(bytes, "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE))) {
                out.error(at, "B005", name);
            } else {
                out.error(at, "B004", name, Diagnostic.Term.of("ole file"));
            }
            throw new InvalidInputException(out.list());
        }
        Map<String, String> parts;
        try {
            parts = xmlParts(bytes);
        } catch (TooLarge e) {
            out.error(at, "B004", name, Diagnostic.Term.of("not a zip file inflating", MAX_INFLATED / (1024 * 1024)));
            throw new InvalidInputException(out.list());
        } catch (IOException | IllegalArgumentException e) {
            out.error(at, "B004", name, Diagnostic.Term.of("not a zip file because", e.getMessage()));
            throw new InvalidInputException(out.list());
        }
        if (parts.isEmpty()) {
            out.error(at, "B004", name, Diagnostic.Term.of("not a zip file"));
        } else if (!parts.containsKey("word/document.xml") || !parts.containsKey("[Content_Types].xml")) {
            out.error(at, "B004", name, Diagnostic.Term.of("no document xml"));
        } else {
            for (String part : parts.keySet()) {
                if (part.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    out.error(at, "B006", name, part);
                }
            }
            for (var e : parts.entrySet()) {
                if (e.getKey().endsWith(".rels")) {
                    Matcher m = EXTERNAL.matcher(e.getValue());
                    while (m.find()) {
                        String rel = m.group();
                        if (rel.contains("TargetMode=\"External\"") && !rel.contains("/hyperlink\"")) {
                            Matcher target = Pattern.compile("Target=\"([^\"]*)\"").matcher(rel);
                            out.error(at, "B007", name, target.find() ? target.group(1) : e.getKey());
                        }
                    }
                }
            }
            // A document without a styles part brings page, header and footer only, and the house styles apply; one
            // with styles must have the headings, or the documents would mix the firm's styles with the house's.
            String styles = parts.getOrDefault("word/styles.xml", null);
            Map<String, String> byId = new HashMap<>();
            Matcher m = STYLE.matcher(styles == null ? "" : styles);
            while (m.find()) {
                byId.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
            }
            for (int level = 1; level <= 3 && styles != null; level++) {
                String heading = "heading " + level;
                if (!byId.containsKey("Heading" + level) && !byId.containsValue(heading)) {
                    out.error(at, "B008", name, "Heading " + level);
                }
            }
        }
        if (out.hasErrors()) {
            throw new InvalidInputException(out.list());
        }
        return bytes;
    }

    /** The zip's XML and relationship parts as text; other parts by name only (empty text). */
    private static Map<String, String> xmlParts(byte[] bytes) throws IOException {
        Map<String, String> parts = new HashMap<>();
        long inflated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                boolean text = name.endsWith(".xml") || name.endsWith(".rels");
                byte[] data = text ? read(zip, MAX_INFLATED - inflated) : new byte[0];
                inflated += data.length;
                parts.put(name, new String(data, StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static byte[] read(InputStream in, long limit) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (data.length > limit) {
            throw new TooLarge();
        }
        return data;
    }

    /** A part inflates past {@link #MAX_INFLATED} (a zip bomb, or no Word document): said in the reader's language. */
    private static final class TooLarge extends IOException {}

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
