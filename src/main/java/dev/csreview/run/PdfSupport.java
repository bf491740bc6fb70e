package dev.csreview.run;

import dev.csreview.questionnaire.Lang;
import dev.csreview.report.PackageBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the PDF writer only when PDF is asked for, with its fonts, before any work: no usable Chinese font is exit 2
 * with the reason, never a PDF of empty boxes.
 */
public final class PdfSupport {
    private PdfSupport() {}

    /** {@code font}: the user's --pdf-font, or null to look in the usual font folders; mistakes are told in {@code lang}. */
    public static PackageBuilder.PdfWriterFactory factory(Path font, Lang lang) {
        Path cjk = font;
        if (cjk == null) {
            cjk = PrintFonts.chinese(PrintFonts.folders()).orElseThrow(() -> RunException.invalid(lang, "pdf.noFont", PrintFonts.searched()));
        } else if (!Files.isRegularFile(cjk)) {
            throw RunException.invalid(lang, "pdf.noSuchFont", font);
        } else if (!PrintFonts.trueTypeOutlines(cjk)) {
            throw RunException.invalid(lang, "pdf.notTrueType", font);
        }
        Path symbols = PrintFonts.symbols(PrintFonts.folders()).orElse(null);
        try {
            Class<?> type = Class.forName("dev.csreview.report.pdf.PdfWriter");
            return (PackageBuilder.PdfWriterFactory) type.getDeclaredConstructor(Path.class, Path.class).newInstance(cjk, symbols);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw RunException.invalid(lang, "pdf.fontUnusable", cjk, e.getCause().getMessage());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw RunException.invalid(lang, "pdf.unavailable");
        }
    }
}
