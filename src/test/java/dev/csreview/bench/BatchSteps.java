package dev.csreview.bench;

import dev.csreview.assessment.AnswerResolver;
import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.Evaluator;
import dev.csreview.assessment.ResolvedAnswers;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.output.AssessmentJson;
import dev.csreview.output.Findings;
import dev.csreview.output.JsonText;
import dev.csreview.output.JunitReport;
import dev.csreview.profile.Profile;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A batch's steps per profile, in microseconds, on whatever JIT the JVM is given: JMH forks with C2, but the installed
 * launcher runs batches on C1 (scripts/bench-steps.sh passes its flags), where the costs differ several-fold. Cycles
 * through the sample profiles; prints the median of the rounds after two warm-up rounds.
 */
public final class BatchSteps {
    private BatchSteps() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        QuestionnaireCatalog catalog = new QuestionnaireCatalog();
        Questionnaire q = catalog.load(catalog.defaultId(), new QuestionnaireLoader()).questionnaire();
        List<byte[]> samples = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args.length > 0 ? args[0] : "samples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                samples.add(Files.readAllBytes(p));
            }
        }
        ProfileLoader loader = new ProfileLoader();
        AnswerResolver resolver = new AnswerResolver(q);
        Evaluator evaluator = new Evaluator(q);
        Findings findings = new Findings(Lang.EN);
        JunitReport junit = new JunitReport(f -> false);
        List<byte[]> bytes = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        List<ResolvedAnswers> resolved = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] b = samples.get(i % samples.size());
            Profile p = loader.load("p.yaml", b, q, new Diagnostics()).orElseThrow();
            ResolvedAnswers r = resolver.resolve(p.answers(), "p.yaml", true);
            bytes.add(b);
            profiles.add(p);
            resolved.add(r);
            assessments.add(evaluator.evaluate(r, "p.yaml"));
        }
        String[] steps = {"parse", "resolve", "evaluate", "findings+junit", "json (UTF-8)"};
        double[][] micros = new double[steps.length][rounds];
        long sink = 0;
        for (int round = 0; round < rounds + 2; round++) {
            long[] t = new long[steps.length + 1];
            AssessmentJson json = new AssessmentJson();
            t[0] = System.nanoTime();
            for (byte[] b : bytes) {
                sink += loader.load("p.yaml", b, q, new Diagnostics()).orElseThrow().answers().size();
            }
            t[1] = System.nanoTime();
            for (Profile p : profiles) {
                sink += resolver.resolve(p.answers(), "p.yaml", true).facts().size();
            }
            t[2] = System.nanoTime();
            for (ResolvedAnswers r : resolved) {
                sink += evaluator.evaluate(r, "p.yaml").factors().size();
            }
            t[3] = System.nanoTime();
            for (Assessment a : assessments) {
                sink += junit.suite(a.profileName(), findings.of(a)).length();
            }
            t[4] = System.nanoTime();
            for (Assessment a : assessments) {
                sink += JsonText.itemUtf8(g -> json.write(g, a, "bench")).length;
            }
            t[5] = System.nanoTime();
            if (round >= 2) {
                for (int s = 0; s < steps.length; s++) {
                    micros[s][round - 2] = (t[s + 1] - t[s]) / 1e3 / n;
                }
            }
        }
        double parse = median(micros[0]);
        System.out.printf("%d profiles (the samples in turn), median of %d rounds, µs per profile (%s):%n", n, rounds, sink > 0 ? "ok" : "?");
        for (int s = 0; s < steps.length; s++) {
            double m = median(micros[s]);
            System.out.printf("  %-16s %8.1f   %.2f× parse%n", steps[s], m, m / parse);
        }
    }

    private static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
