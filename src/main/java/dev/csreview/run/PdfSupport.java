package dev.csreview.run;

import dev.csreview.report.PackageBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the PDF writer only when PDF is asked for, with its fonts, before any work: no usable Chinese font is exit 2
 * with the reason, never a PDF of empty boxes.
 */
public final class PdfSupport {
    private PdfSupport() {}

    /** {@code font}: the user's --pdf-font, or null to look in the usual font folders. */
    public static PackageBuilder.PdfWriterFactory factory(Path font) {
        Path cjk = font;
        if (cjk == null) {
            cjk = PrintFonts.chinese(PrintFonts.folders()).orElseThrow(() -> RunException.invalid(PrintFonts.missing()));
        } else if (!Files.isRegularFile(cjk)) {
            throw RunException.invalid("--pdf-font " + font + ": no such file");
        } else if (!PrintFonts.trueTypeOutlines(cjk)) {
            throw RunException.invalid("--pdf-font " + font + ": not a font with TrueType outlines (.ttf or .ttc); PDFBox cannot embed "
                    + "CFF (PostScript) outlines such as Noto CJK's");
        }
        Path symbols = PrintFonts.symbols(PrintFonts.folders()).orElse(null);
        try {
            Class<?> type = Class.forName("dev.csreview.report.pdf.PdfWriter");
            return (PackageBuilder.PdfWriterFactory) type.getDeclaredConstructor(Path.class, Path.class).newInstance(cjk, symbols);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw RunException.invalid("cannot use the font " + cjk + " for PDF: " + e.getCause().getMessage());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw RunException.invalid("PDF output is not available in this build");
        }
    }
}
