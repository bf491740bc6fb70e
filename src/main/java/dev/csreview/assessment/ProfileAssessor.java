package dev.csreview.assessment;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.profile.Profile;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.yaml.YNode;
import java.util.List;
import java.util.Optional;

/** One profile file in, one assessment (or the reasons there is none) out. The service behind batch mode; thread-safe. */
public final class ProfileAssessor {
    private final Questionnaire q;
    private final ProfileLoader profiles = new ProfileLoader();
    private final AnswerResolver resolver;
    private final Evaluator evaluator;

    public ProfileAssessor(Questionnaire q) {
        this.q = q;
        this.resolver = new AnswerResolver(q);
        this.evaluator = new Evaluator(q);
    }

    /** The outcome of assessing one profile: an assessment unless there were errors, and every diagnostic. */
    public record Result(Optional<Assessment> assessment, List<Diagnostic> diagnostics) {}

    public Result assess(String sourceName, byte[] bytes) {
        Diagnostics out = new Diagnostics();
        return assess(sourceName, profiles.load(sourceName, bytes, q, out), out);
    }

    /**
     * Assesses a profile already parsed (by {@link ProfileLoader#parse}, whose diagnostics are in {@code parsing}),
     * so that a batch that read the header to choose the questionnaire does not parse the file twice.
     */
    public Result assess(String sourceName, YNode root, Diagnostics parsing) {
        return assess(sourceName, profiles.load(sourceName, root, q, parsing), parsing);
    }

    private Result assess(String sourceName, Optional<Profile> profile, Diagnostics out) {
        if (profile.isEmpty() || out.hasErrors()) {
            return new Result(Optional.empty(), out.list());
        }
        ResolvedAnswers resolved = resolver.resolve(profile.get().answers(), sourceName, true);
        out.addAll(resolved.diagnostics());
        if (out.hasErrors()) {
            return new Result(Optional.empty(), out.list());
        }
        return new Result(Optional.of(evaluator.evaluate(resolved, sourceName)), out.list());
    }

    /** Checks a profile without evaluating it (for {@code validate}). */
    public List<Diagnostic> check(String sourceName, byte[] bytes) {
        Diagnostics out = new Diagnostics();
        Optional<Profile> profile = profiles.load(sourceName, bytes, q, out);
        if (profile.isPresent() && !out.hasErrors()) {
            out.addAll(resolver.resolve(profile.get().answers(), sourceName, true).diagnostics());
        }
        return out.list();
    }
}
