package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.batch.BatchAssessor;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.report.FileNames;
import dev.csreview.report.PackageBuilder;
import dev.csreview.report.PackageFolder;
import dev.csreview.report.PackageRequest;
import dev.csreview.report.PackageSpec;
import dev.csreview.report.ReferenceDocx;
import dev.csreview.report.TemplateRenderer;
import dev.csreview.report.TemplateSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Writes the declaration package of an assessment to disk: the CLI edge of the report feature. */
public final class PackageWriting {
    private final PackageSettings options;
    private final Map<String, PackageBuilder> builders = new HashMap<>();
    /**
     * The package folders this run has written (lower-cased: on macOS and Windows "Acme" and "ACME" are one folder),
     * with the profile that wrote each.
     */
    private final Map<String, String> written = new ConcurrentHashMap<>();

    public PackageWriting(PackageSettings options) {
        this.options = options;
    }

    /** Writes one package and returns its folder. */
    public Path write(Assessment a, PackageRequest request) throws IOException, InvalidInputException {
        PackageBuilder builder = builder(a.questionnaire());
        return write(a, request, builder, options.out().resolve(folderName(a, builder.spec().companyQuestion())));
    }

    private Path write(Assessment a, PackageRequest request, PackageBuilder builder, Path target) throws IOException, InvalidInputException {
        PackageFolder.write(target, sink -> builder.build(a, request, sink), options.force());
        return target;
    }

    /** Writes the package of a batch's assessment and returns its folder; what the user can fix as a StepException. */
    public BatchAssessor.Job<Path> job(PackageRequest request) {
        return a -> {
            try {
                // Two profiles of one run naming the same company would share a folder and, with --force, the second
                // would silently replace the first: refuse the second, naming both.
                PackageBuilder builder = builder(a.questionnaire());
                Path target = options.out().resolve(folderName(a, builder.spec().companyQuestion()));
                String first = written.putIfAbsent(target.toString().toLowerCase(Locale.ROOT), a.profileName());
                if (first != null) {
                    throw new BatchAssessor.StepException(RunMessages.get(options.lang(), "run.sameFolder", a.profileName(), target, first), List.of());
                }
                return write(a, request, builder, target);
            } catch (PackageFolder.ExistsException e) {
                throw new BatchAssessor.StepException(RunMessages.get(options.lang(), "exists", e.getMessage()), List.of());
            } catch (PackageFolder.SymlinkException e) {
                throw new BatchAssessor.StepException(RunMessages.get(options.lang(), "run.symlink", e.target()), List.of());
            } catch (InvalidInputException e) {
                throw new BatchAssessor.StepException(null, e.diagnostics());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Questionnaires (by hash) whose package.yaml ids were found in them. */
    private final java.util.Set<String> checkedAgainst = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * The builder for the questionnaire, its package.yaml checked against it once (ids of questions, factors, rules
     * and checklist items it names): a consultant's typo stops the run with file:line:column, not a silent gap.
     */
    private PackageBuilder builder(dev.csreview.questionnaire.Questionnaire q) throws InvalidInputException {
        PackageBuilder builder = builder(q.id());
        if (!checkedAgainst.contains(q.sha256())) {
            List<dev.csreview.diagnostic.Diagnostic> found = builder.spec().check(q);
            if (!found.isEmpty()) {
                throw new InvalidInputException(found);
            }
            checkedAgainst.add(q.sha256());
        }
        return builder;
    }

    /** The package definition (documents, review clock) for a questionnaire. */
    public PackageSpec spec(String questionnaireId) throws InvalidInputException {
        return builder(questionnaireId).spec();
    }

    /** Where templates for a questionnaire come from (built-in, or overridden with --templates). */
    public TemplateSource templates(String questionnaireId) {
        return new TemplateSource(questionnaireId, options.templates());
    }

    // Synchronized: a batch's workers write packages at once.
    private synchronized PackageBuilder builder(String questionnaireId) throws InvalidInputException {
        PackageBuilder cached = builders.get(questionnaireId);
        if (cached != null) {
            return cached;
        }
        TemplateSource source = new TemplateSource(questionnaireId, options.templates());
        PackageSpec spec = PackageSpec.read(source).orElseThrow(() -> new IllegalStateException(
                "no package.yaml for questionnaire " + questionnaireId + " (looked in " + source.describe(PackageSpec.FILE) + ")"));
        byte[] reference = options.reference();
        if (reference == null && options.formats().contains(dev.csreview.report.PackageRequest.Format.DOCX)) {
            byte[] folder = source.readBinary("reference.docx").orElse(null);
            reference = folder == null ? null : ReferenceDocx.check(source.describe("reference.docx"), folder);
        }
        PackageBuilder.DocxWriterFactory docx = DocxSupport.factoryOrNull(options.formats(), reference, options.lang());
        if (docx != null && reference != null) {
            // Its parts passed the checks; one small document proves the writer can use it (exit 2 naming it, not per profile).
            DocxSupport.checkReference(docx, "reference.docx", options.lang());
        }
        PackageBuilder builder = new PackageBuilder(spec, new TemplateRenderer(source), docx, options.pdf());
        builders.put(questionnaireId, builder);
        return builder;
    }

    /** The company name (the question package.yaml names) if answered, else the profile's file name. */
    public static String folderName(Assessment a, String companyQuestion) {
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
