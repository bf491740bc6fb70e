package dev.csreview.cli;

import dev.csreview.report.PackageBuilder;
import dev.csreview.report.PackageRequest;
import java.util.Set;

/** Finds the DOCX writer only when DOCX is asked for, so its large library is never loaded otherwise. */
final class DocxSupport {
    private DocxSupport() {}

    /** {@code reference}: the template folder's reference.docx (a firm's styles, header and logo), or null. */
    static PackageBuilder.DocxWriterFactory factoryOrNull(Set<PackageRequest.Format> formats, byte[] reference) {
        if (!formats.contains(PackageRequest.Format.DOCX)) {
            return null;
        }
        try {
            Class<?> type = Class.forName("dev.csreview.report.docx.DocxWriter");
            return (PackageBuilder.DocxWriterFactory) type.getDeclaredConstructor(byte[].class).newInstance((Object) reference);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new PackageOptions.UsageException("DOCX output is not available in this build");
        }
    }
}
