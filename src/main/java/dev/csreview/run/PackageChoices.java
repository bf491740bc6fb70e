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

    /**
     * The house style read and checked: the brand, how packages are written, and warnings about it (files of the
     * templates folder that override nothing), for the caller to print.
     */
    public record Loaded(Brand brand, PackageSettings settings, java.util.List<dev.csreview.diagnostic.Diagnostic> warnings) {
        public Loaded(Brand brand, PackageSettings settings) {
            this(brand, settings, java.util.List.of());
        }
    }

    /** At most this many files of a templates folder are looked at (a folder given by mistake may be huge). */
    private static final int MOST_TEMPLATE_FILES = 1000;

    /**
     * Files of the templates folder that no questionnaire's package reads (a mistyped name overrides nothing, and
     * silently): one warning each, with the nearest name it could have meant. Hidden files are left alone.
     */
    public java.util.List<dev.csreview.diagnostic.Diagnostic> unusedTemplates() throws InvalidInputException {
        if (templates == null || !Files.isDirectory(templates)) {
            return java.util.List.of();
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (String id : new dev.csreview.questionnaire.QuestionnaireCatalog().ids()) {
            names.addAll(new dev.csreview.report.TemplateSource(id, templates).names());
        }
        java.util.List<dev.csreview.diagnostic.Diagnostic> found = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.walk(templates, 4)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).limit(MOST_TEMPLATE_FILES).sorted()::iterator) {
                String name = templates.relativize(p).toString().replace('\\', '/');
                if (name.startsWith(".") || name.contains("/.") || names.contains(name)) {
                    continue;
                }
                found.add(dev.csreview.diagnostic.Diagnostic.warning(dev.csreview.diagnostic.Location.of(p.toString()), "F008", name,
                        new dev.csreview.diagnostic.Diagnostic.Hint(dev.csreview.yaml.Fields.didYouMean(name, names))));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return found; // an unreadable corner of the folder: the templates it holds are reported when read
        }
        return found;
    }

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
        return new Loaded(brand, new PackageSettings(out, force, templates, formats, reference, pdf, lang), unusedTemplates());
    }
}
