package dev.csreview.assessment;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.migration.MigrationReport;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.Item;
import dev.csreview.profile.Profile;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Expr;
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
        try {
            ResolvedAnswers resolved = resolver.resolve(profile.get().answers(), profile.get().answersAt(), true);
            out.addAll(resolved.diagnostics());
            if (out.hasErrors()) {
                return new Result(Optional.empty(), out.list());
            }
            Assessment a = evaluator.evaluate(resolved, sourceName).withEvidence(profile.get().evidence());
            MigrationReport migration = profile.get().migration();
            return new Result(Optional.of(migration == null ? a : a.withMigration(toAnswer(migration, resolved))), out.list());
        } catch (Expr.ExprException e) {
            failed(e, sourceName, out);
            return new Result(Optional.empty(), out.list());
        }
    }

    /**
     * The report with only the new questions still to answer: those that apply (or may) and have no answer, in the
     * records of a group too. A new question the profile already answers, or that does not apply, is not listed.
     */
    static MigrationReport toAnswer(MigrationReport report, ResolvedAnswers resolved) {
        List<MigrationReport.Entry> kept = new java.util.ArrayList<>();
        for (MigrationReport.Entry e : report.entries()) {
            if (e.what() != MigrationReport.What.NEW) {
                kept.add(e);
                continue;
            }
            Answer top = resolved.answers().get(e.question());
            if (top != null) {
                if (open(top)) {
                    kept.add(e);
                }
                continue;
            }
            for (var group : resolved.answers().entrySet()) {
                for (Item item : group.getValue().items()) {
                    Answer field = item.answers().get(e.question());
                    if (field != null && open(field)) {
                        kept.add(new MigrationReport.Entry(e.what(), group.getKey() + "[" + item.index() + "]." + e.question(),
                                e.detail(), e.why(), item.location()));
                    }
                }
            }
        }
        return report.withEntries(kept);
    }

    private static boolean open(Answer a) {
        return a.status() == AnswerStatus.MISSING || a.status() == AnswerStatus.DEFAULTED;
    }

    /**
     * An expression the questionnaire's checks let through failed on these answers (e.g. a text compared with a
     * number): the questionnaire's error, shown at the expression, not an internal one.
     */
    private static void failed(Expr.ExprException e, String sourceName, Diagnostics out) {
        Object why = e.why() instanceof String jexl ? jexl.replaceFirst("^\\S+@\\d+:\\d+ ", "") : e.why();
        out.error(e.expr().location(), e.code(), e.expr().source(), sourceName, why);
    }

    /**
     * Checks a profile (for {@code validate}): what {@link #assess} would report, the assessment itself dropped.
     * It is evaluated too, so that an expression that fails on these answers is found here and not first by assess.
     */
    public List<Diagnostic> check(String sourceName, byte[] bytes) {
        Result r = assess(sourceName, bytes);
        MigrationReport m = r.assessment().map(Assessment::migration).orElse(null);
        if (m == null) {
            return r.diagnostics();
        }
        // Valid, but answered under an earlier version: a warning, so that validate --strict keeps a repository current.
        List<Diagnostic> all = new java.util.ArrayList<>(r.diagnostics());
        all.add(Diagnostic.warning(m.at(), "P036", m.from(), m.to(), sourceName));
        return all;
    }
}
