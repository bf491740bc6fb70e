package dev.csreview.cli;

import dev.csreview.assessment.Assessment;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.report.FileNames;
import dev.csreview.report.PackageBuilder;
import dev.csreview.report.PackageFolder;
import dev.csreview.report.PackageRequest;
import dev.csreview.report.PackageSpec;
import dev.csreview.report.TemplateRenderer;
import dev.csreview.report.TemplateSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Writes the declaration package of an assessment to disk: the CLI edge of the report feature. */
final class PackageWriting {
    private final PackageOptions options;
    private final Map<String, PackageBuilder> builders = new HashMap<>();

    PackageWriting(PackageOptions options) {
        this.options = options;
    }

    /** Writes one package and returns its folder. */
    Path write(Assessment a, PackageRequest request) throws IOException, InvalidInputException {
        PackageBuilder builder = builder(a.questionnaire().id());
        Map<String, byte[]> files = builder.build(a, request);
        Path target = options.out.resolve(folderName(a, builder.spec().companyQuestion()));
        PackageFolder.write(target, files, options.force);
        return target;
    }

    /** The package definition (documents, review clock) for a questionnaire. */
    PackageSpec spec(String questionnaireId) throws InvalidInputException {
        return builder(questionnaireId).spec();
    }

    /** Where templates for a questionnaire come from (built-in, or overridden with --templates). */
    TemplateSource templates(String questionnaireId) {
        return new TemplateSource(questionnaireId, options.templates);
    }

    // Synchronized: a batch's workers write packages at once.
    private synchronized PackageBuilder builder(String questionnaireId) throws InvalidInputException {
        PackageBuilder cached = builders.get(questionnaireId);
        if (cached != null) {
            return cached;
        }
        TemplateSource source = new TemplateSource(questionnaireId, options.templates);
        byte[] specBytes = source.readBytes("package.yaml").orElseThrow(() -> new IllegalStateException(
                "no package.yaml for questionnaire " + questionnaireId + " (looked in " + source.describe("package.yaml") + ")"));
        PackageSpec spec = PackageSpec.parse(source.describe("package.yaml"), specBytes);
        PackageBuilder builder = new PackageBuilder(spec, new TemplateRenderer(source), DocxSupport.factoryOrNull(options.formats(), source.readBinary("reference.docx").orElse(null)));
        builders.put(questionnaireId, builder);
        return builder;
    }

    /** The company name (the question package.yaml names) if answered, else the profile's file name. */
    static String folderName(Assessment a, String companyQuestion) {
        String company = null;
        var answer = companyQuestion == null ? null : a.answers().answers().get(companyQuestion);
        if (answer != null && answer.value() != null) {
            company = String.valueOf(answer.value());
        }
        if (company == null) {
            String name = Path.of(a.profileName()).getFileName().toString();
            company = name.replaceFirst("\\.ya?ml$", "");
        }
        return FileNames.sanitise(company);
    }
}
