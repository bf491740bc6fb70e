package dev.csreview.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ComputedValue;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactRead;
import dev.csreview.assessment.FactorScore;
import dev.csreview.assessment.NoteResult;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.ExprPrinter;
import dev.csreview.questionnaire.ExpressionCompiler;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Unknown" does not depend on how an expression is written: the built-in questionnaires with the operands of every
 * {@code &&} and {@code ||} reversed, or shuffled, give the same routes, factors, notes and computed values — and
 * name the same facts to find out — on thousands of random profiles with unknown answers.
 */
class OperandOrderTest {
    private static final Pattern EXPRESSION = Pattern.compile("^(\\s*-?\\s*(?:when|expr|where|rule):\\s*)\"([^\"]*)\"(.*)$", Pattern.MULTILINE);
    private static final int PROFILES = 2500;

    @ParameterizedTest
    @ValueSource(strings = {Builtin.FINAL, Builtin.DRAFT})
    void reordering_the_operands_of_and_and_or_changes_no_result(String id) throws Exception {
        String yaml = new String(new QuestionnaireCatalog().bytes(id).orElseThrow(), StandardCharsets.UTF_8);
        Questionnaire original = Builtin.questionnaire(id);
        Random shuffle = new Random(7L);
        List<Questionnaire> variants = List.of(
                load(id, rewrite(yaml, ExprPrinter::reversed)),
                load(id, rewrite(yaml, tree -> ExprPrinter.shuffled(tree, shuffle))),
                load(id, rewrite(yaml, tree -> ExprPrinter.shuffled(tree, shuffle))));
        Random random = new Random(20261204L);
        int compared = 0;
        int withUnknowns = 0;
        for (int n = 0; n < PROFILES; n++) {
            String profile = BuiltinQuestionnairesTest.RandomProfiles.profile(original, random);
            // Answers a validate rule refused are made unknown; the variants get the profile as finally assessed.
            var repaired = BuiltinQuestionnairesTest.RandomProfiles.assessRepaired(original, "random-" + n + ".yaml", profile);
            profile = repaired.yaml();
            var expected = repaired.result();
            for (Questionnaire variant : variants) {
                var actual = new ProfileAssessor(variant).assess("random-" + n + ".yaml", profile.getBytes(StandardCharsets.UTF_8));
                assertThat(actual.assessment().isPresent()).as(profile).isEqualTo(expected.assessment().isPresent());
                if (expected.assessment().isPresent()) {
                    assertThat(signature(actual.assessment().get())).as(profile).isEqualTo(signature(expected.assessment().get()));
                }
            }
            if (expected.assessment().isPresent()) {
                compared++;
                withUnknowns += profile.contains(": unknown") ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(PROFILES / 2);
        assertThat(withUnknowns).isGreaterThan(PROFILES / 3);
    }

    /** Every expression of the file, printed back with its operands reordered. */
    private static String rewrite(String yaml, Function<dev.csreview.questionnaire.ExprNode, String> printer) {
        ExpressionCompiler compiler = new ExpressionCompiler();
        Matcher m = EXPRESSION.matcher(yaml);
        StringBuilder out = new StringBuilder();
        int rewritten = 0;
        while (m.find()) {
            var expr = compiler.compile(m.group(2), new Location("q.yaml", 1, 1), new Diagnostics()).orElseThrow();
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "\"" + printer.apply(expr.tree()) + "\"" + m.group(3)));
            rewritten++;
        }
        m.appendTail(out);
        assertThat(rewritten).isGreaterThan(50);
        return out.toString();
    }

    private static Questionnaire load(String id, String yaml) throws Exception {
        return new QuestionnaireLoader().load("reordered:" + id, yaml.getBytes(StandardCharsets.UTF_8)).questionnaire();
    }

    /** What a user is told: outcomes, levels, notes and computed values, with the facts named as still to find out. */
    private static List<String> signature(Assessment a) {
        List<String> s = new ArrayList<>();
        for (DeterminationResult d : a.determinations()) {
            s.add(d.determination().id() + " " + d.outcome() + " leaning " + d.leaning() + " find out " + ids(d.missing()));
        }
        for (FactorScore f : a.factors()) {
            List<String> hits = new ArrayList<>();
            f.hits().forEach(h -> hits.add(h.rule().id() + "#" + h.item() + (h.certain() ? "" : "? " + ids(h.missing()))));
            s.add(f.factor().id() + " " + f.applicable() + " " + f.score() + "/" + f.potential() + " " + hits);
        }
        for (NoteResult n : a.notes()) {
            s.add("note " + n.note().id() + " " + n.certain() + " " + ids(n.missing()));
        }
        for (ComputedValue c : a.computed()) {
            s.add("computed " + c.computed().id() + " " + c.value() + " " + c.state() + " " + ids(c.open()));
        }
        return s;
    }

    private static TreeSet<String> ids(List<FactRead> reads) {
        TreeSet<String> ids = new TreeSet<>();
        reads.forEach(r -> ids.add(r.item() == null ? r.id() : r.id() + "[" + r.item() + "]"));
        return ids;
    }
}
