package dev.csreview.run;

import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.questionnaire.Lang;
import dev.csreview.report.Brand;
import dev.csreview.report.PackageBuilder;
import dev.csreview.report.PackageRequest;
import dev.csreview.report.ReferenceDocx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The package options as given, converted but not yet read: the folder, document formats and languages, --date (or
 * SOURCE_DATE_EPOCH), --force, the template folder, the brand, reference .docx and PDF font files, and the language
 * mistakes are told in.
 */
public record PackageChoices(Path out, Set<PackageRequest.Format> formats, Set<Lang> languages, Optional<LocalDate> date,
        boolean force, Path templates, Path brandFile, Path referenceDocx, Path pdfFont, Lang lang) {

    /** The house style read and checked: the brand, and how packages are written. */
    public record Loaded(Brand brand, PackageSettings settings) {}

    /** Checks that --templates names a folder: a file there would otherwise be silently ignored. */
    public void checkTemplates() {
        if (templates != null && !Files.isDirectory(templates)) {
            throw RunException.invalid(lang, "usage.templatesNotFolder", templates);
        }
    }

    /**
     * Reads the brand and the reference .docx (--reference-docx, else the brand's) and finds the PDF fonts, before
     * any work: a bad one is exit 2 with the reason, not a failure at the end of a batch.
     */
    public Loaded load(Inputs inputs, Map<String, String> env) throws InvalidInputException {
        checkTemplates();
        Brand brand;
        try {
            brand = BrandLoader.load(brandFile, env, inputs);
        } catch (IOException e) {
            throw RunException.invalid(lang, "usage.brandUnreadable", e.getMessage());
        }
        Path file = referenceDocx != null ? referenceDocx : brand.referenceDocx();
        byte[] reference = file == null ? null : ReferenceDocx.check(file.toString(), inputs.read(file));
        PackageBuilder.PdfWriterFactory pdf = formats.contains(PackageRequest.Format.PDF) ? PdfSupport.factory(pdfFont, lang) : null;
        return new Loaded(brand, new PackageSettings(out, force, templates, formats, reference, pdf, lang));
    }
}
