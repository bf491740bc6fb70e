package dev.csreview.bench;

import dev.csreview.assessment.AnswerResolver;
import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.Evaluator;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.assessment.ResolvedAnswers;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.profile.Profile;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the engine's steps on the default questionnaire and the first sample profile: loading the
 * questionnaire (parse + bind + lint + compile), typing a profile, resolving answers, evaluating, and all of it.
 * Run: {@code ./mvnw -B -q test-compile && java -cp "$(cat target/test-classpath.txt)" org.openjdk.jmh.Main Engine}
 * (scripts/bench-jmh.sh does this).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {
    private byte[] questionnaireBytes;
    private byte[] profileBytes;
    private Questionnaire q;
    private Profile profile;
    private ResolvedAnswers resolved;
    private Assessment assessment;

    @Setup
    public void setUp() throws Exception {
        QuestionnaireCatalog catalog = new QuestionnaireCatalog();
        questionnaireBytes = catalog.bytes(catalog.defaultId()).orElseThrow();
        q = new QuestionnaireLoader().load("q.yaml", questionnaireBytes).questionnaire();
        try (var s = Files.list(Path.of("samples"))) {
            profileBytes = Files.readAllBytes(s.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow());
        }
        profile = new ProfileLoader().load("p.yaml", profileBytes, q, new Diagnostics()).orElseThrow();
        resolved = new AnswerResolver(q).resolve(profile.answers(), "p.yaml", true);
        assessment = new Evaluator(q).evaluate(resolved, "p.yaml");
    }

    @Benchmark
    public Questionnaire loadQuestionnaire() throws Exception {
        return new QuestionnaireLoader().load("q.yaml", questionnaireBytes).questionnaire();
    }

    @Benchmark
    public Profile parseProfile() {
        return new ProfileLoader().load("p.yaml", profileBytes, q, new Diagnostics()).orElseThrow();
    }

    @Benchmark
    public ResolvedAnswers resolveAnswers() {
        return new AnswerResolver(q).resolve(profile.answers(), "p.yaml", true);
    }

    @Benchmark
    public Assessment evaluate() {
        return new Evaluator(q).evaluate(resolved, "p.yaml");
    }

    @Benchmark
    public String renderJson() {
        return new dev.csreview.output.AssessmentJson().render(assessment, "bench");
    }

    @Benchmark
    public Object findings() {
        return new dev.csreview.output.Findings(dev.csreview.questionnaire.Lang.EN).of(assessment);
    }

    @Benchmark
    public Assessment assessProfile() {
        return new ProfileAssessor(q).assess("p.yaml", profileBytes).assessment().orElseThrow();
    }
}
