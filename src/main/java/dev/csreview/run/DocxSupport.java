package dev.csreview.run;

import dev.csreview.questionnaire.Lang;
import dev.csreview.report.PackageBuilder;
import dev.csreview.report.PackageRequest;
import java.util.Map;
import java.util.Set;

/** Finds the DOCX writer only when DOCX is asked for, so its classes are never loaded otherwise. */
public final class DocxSupport {
    private DocxSupport() {}

    /** {@code reference}: the template folder's reference.docx (a firm's styles, header and logo), or null. */
    public static PackageBuilder.DocxWriterFactory factoryOrNull(Set<PackageRequest.Format> formats, byte[] reference, Lang lang) {
        if (!formats.contains(PackageRequest.Format.DOCX)) {
            return null;
        }
        try {
            Class<?> type = Class.forName("dev.csreview.report.docx.DocxWriter");
            return (PackageBuilder.DocxWriterFactory) type.getDeclaredConstructor(byte[].class).newInstance((Object) reference);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw RunException.invalid(lang, "docx.unavailable");
        }
    }

    /**
     * Writes one small document with the firm's reference .docx, once, before any package: a file that is not a
     * Word document (or a broken one) is the user's input, exit 2 naming it, not an internal error per profile.
     */
    public static void checkReference(PackageBuilder.DocxWriterFactory factory, String file, Lang lang) {
        try {
            factory.write(WARM_UP, "check", Lang.EN, Map.of("date", "2000-01-01"));
        } catch (RuntimeException e) {
            throw new dev.csreview.report.TemplateRenderer.TemplateException(file,
                    RunMessages.get(lang, "docx.badReference", e.getClass().getSimpleName()));
        }
    }

    /** What the warm-up writes: one of each construct the documents use. */
    private static final String WARM_UP = "# a\n\n## b\n\nc **d** *e* `f`\n\n- g\n- h\n\n1. i\n\n| j | k |\n|---|---|\n| l | m |\n";

    /**
     * When DOCX is asked for, writes a throw-away document on a background thread, so that the writer's classes load
     * while the main thread assesses the profile and renders the other formats (docs/performance.md).
     */
    public static void warmUpInBackground(Set<PackageRequest.Format> formats, Lang lang) {
        PackageBuilder.DocxWriterFactory factory = factoryOrNull(formats, null, lang);
        if (factory == null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                factory.write(WARM_UP, "warm-up", Lang.EN, Map.of("date", "2000-01-01"));
            } catch (RuntimeException e) {
                // Only a head start: a real document that fails reports it.
            }
        }, "csreview-docx-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
