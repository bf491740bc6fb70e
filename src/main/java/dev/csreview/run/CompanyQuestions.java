package dev.csreview.run;

import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.gate.Baseline;
import dev.csreview.report.PackageSpec;
import dev.csreview.report.TemplateSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The question that names the company, per questionnaire: the {@code company_question} of its package.yaml (the
 * built-in one, or the one under {@code --templates}). A questionnaire without a package, or a package that does not
 * name one, has none: its profiles are then matched by path.
 */
public final class CompanyQuestions implements Baseline.CompanyQuestion {
    private final Path templates;
    private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();

    public CompanyQuestions(Path templates) {
        this.templates = templates;
    }

    @Override
    public String of(String questionnaireId) {
        if (questionnaireId == null || !questionnaireId.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            return null;
        }
        return known.computeIfAbsent(questionnaireId, id -> {
            TemplateSource source = new TemplateSource(id, templates);
            try {
                return PackageSpec.read(source).map(PackageSpec::companyQuestion);
            } catch (InvalidInputException | RuntimeException e) {
                // A package that does not load is reported where packages are written; here it only means "by path".
                return Optional.empty();
            }
        }).orElse(null);
    }
}
