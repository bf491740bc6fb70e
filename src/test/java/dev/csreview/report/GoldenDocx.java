package dev.csreview.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** DOCX access for golden tests: the writer if this build has one, and a DOCX's main XML part. */
final class GoldenDocx {
    private GoldenDocx() {}

    static PackageBuilder.DocxWriterFactory factory() {
        try {
            return (PackageBuilder.DocxWriterFactory) Class.forName("dev.csreview.report.docx.DocxWriter").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    static byte[] documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IOException("no word/document.xml");
    }
}
