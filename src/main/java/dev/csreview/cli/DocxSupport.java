package dev.csreview.cli;

import dev.csreview.report.PackageBuilder;
import dev.csreview.report.PackageRequest;
import java.util.Set;

/** Finds the DOCX writer only when DOCX is asked for, so its large library is never loaded otherwise. */
final class DocxSupport {
    private DocxSupport() {}

    static PackageBuilder.DocxWriterFactory factoryOrNull(Set<PackageRequest.Format> formats) {
        if (!formats.contains(PackageRequest.Format.DOCX)) {
            return null;
        }
        try {
            Class<?> type = Class.forName("dev.csreview.report.docx.DocxWriter");
            return (PackageBuilder.DocxWriterFactory) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new PackageOptions.UsageException("DOCX output is not available in this build");
        }
    }
}
