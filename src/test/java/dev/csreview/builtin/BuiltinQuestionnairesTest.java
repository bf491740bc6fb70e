package dev.csreview.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactorScore;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.assessment.RuleHit;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Choice;
import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Computed;
import dev.csreview.questionnaire.Determination;
import dev.csreview.questionnaire.Expr;
import dev.csreview.questionnaire.Factor;
import dev.csreview.questionnaire.Instrument;
import dev.csreview.questionnaire.Note;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.QuestionType;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Rule;
import dev.csreview.questionnaire.Section;
import dev.csreview.report.PackageSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legal content of both built-in questionnaires: clean validation, every citation resolvable, and every
 * question, rule and determination case reachable by some answers (shown by seeded random profiles).
 */
class BuiltinQuestionnairesTest {

    @ParameterizedTest
    @ValueSource(strings = {Builtin.FINAL, Builtin.DRAFT})
    void validates_without_any_warning(String id) {
        assertThat(Builtin.loadedInFull(id).warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Builtin.FINAL, Builtin.DRAFT})
    void loads_the_same_from_the_build_time_tree_with_expressions_compiled_on_first_use(String id) {
        var inFull = Builtin.loadedInFull(id).questionnaire();
        var fromTree = Builtin.questionnaire(id);
        assertThat(fromTree.toString()).isEqualTo(inFull.toString());
        assertThat(fromTree.sha256()).isEqualTo(inFull.sha256());
        // Every deferred expression compiles to the same references as when loaded in full.
        assertThat(expressions(fromTree)).hasSameSizeAs(expressions(inFull)).isNotEmpty();
        var full = expressions(inFull).iterator();
        for (var e : expressions(fromTree)) {
            assertThat(e.references()).as(e.toString()).isEqualTo(full.next().references());
        }
    }

    /** Every expression in the questionnaire, in the order its parts list them. */
    private static List<Expr> expressions(Questionnaire q) {
        List<Expr> found = new ArrayList<>();
        collect(q, found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static void collect(Object o, List<Expr> found, Set<Object> seen) {
        if (o == null || !seen.add(o)) {
            return;
        }
        if (o instanceof Expr e) {
            found.add(e);
        } else if (o instanceof Collection<?> c) {
            c.forEach(x -> collect(x, found, seen));
        } else if (o instanceof Map<?, ?> m) {
            m.values().forEach(x -> collect(x, found, seen));
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(x -> collect(x, found, seen));
        } else if (o instanceof Record r) {
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(r), found, seen);
                } catch (ReflectiveOperationException ex) {
                    throw new AssertionError(ex);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Builtin.FINAL, Builtin.DRAFT})
    void every_cited_article_exists_in_the_cited_instrument(String id) {
        Questionnaire q = Builtin.questionnaire(id);
        List<Citation> all = citations(q);
        assertThat(all).hasSizeGreaterThan(100);
        List<String> bad = new ArrayList<>();
        for (Citation c : all) {
            Instrument instrument = q.instruments().get(c.instrument());
            if (instrument == null || !instrument.hasArticle(c.article())) {
                bad.add(c.ref() + " at " + c.location());
            }
        }
        // The review clock beside the templates cites the same instruments.
        for (PackageSpec.Step step : Builtin.packageSpec(id).timeline()) {
            for (String ref : step.cites()) {
                String[] parts = ref.split(":", 2);
                Instrument instrument = q.instruments().get(parts[0]);
                if (instrument == null || !instrument.hasArticle(parts[1].replaceAll("\\(.*", ""))) {
                    bad.add(ref + " in package.yaml step " + step.id());
                }
            }
        }
        assertThat(bad).isEmpty();
        // The Measures have 23 articles, in the draft as in the final text (reference §1, §3.1).
        assertThat(q.instruments().get("measures").hasArticle("23")).isTrue();
        assertThat(q.instruments().get("measures").hasArticle("24")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {Builtin.FINAL, Builtin.DRAFT})
    void every_question_rule_and_case_is_reachable(String id) {
        Questionnaire q = Builtin.questionnaire(id);
        Set<String> unreachedQuestions = new TreeSet<>(q.questionsById().keySet());
        Set<String> unfiredRules = new TreeSet<>(q.rules().stream().map(Rule::id).toList());
        Set<String> undecidedCases = new TreeSet<>();
        for (Determination d : q.determinations()) {
            for (int i = 0; i < d.cases().size(); i++) {
                undecidedCases.add(d.id() + "#" + i);
            }
            undecidedCases.add(d.id() + "#otherwise");
        }
        Random random = new Random(20260215L);
        int assessed = 0;
        for (int n = 0; n < 30000 && (!unreachedQuestions.isEmpty() || !unfiredRules.isEmpty() || !undecidedCases.isEmpty()); n++) {
            String yaml = RandomProfiles.profile(q, random);
            var result = RandomProfiles.assessRepaired(q, "random-" + n + ".yaml", yaml).result();
            if (result.assessment().isEmpty()) {
                continue; // a validation rule refused this combination: fine, try another
            }
            assessed++;
            Assessment a = result.assessment().get();
            for (Map.Entry<String, Answer> e : a.answers().answers().entrySet()) {
                if (e.getValue().status() != AnswerStatus.NOT_APPLICABLE) {
                    unreachedQuestions.remove(e.getKey());
                    if (e.getValue().status() == AnswerStatus.ANSWERED && e.getValue().value() instanceof List<?>) {
                        for (Item item : e.getValue().items()) {
                            item.answers().forEach((field, ans) -> {
                                if (ans.status() != AnswerStatus.NOT_APPLICABLE) {
                                    unreachedQuestions.remove(field);
                                }
                            });
                        }
                    }
                }
            }
            for (FactorScore f : a.factors()) {
                for (RuleHit h : f.certainHits()) {
                    unfiredRules.remove(h.rule().id());
                }
            }
            for (DeterminationResult r : a.determinations()) {
                int i = r.determination().cases().indexOf(r.decidingCase());
                if (r.outcome() == r.leaning()) {
                    undecidedCases.remove(r.determination().id() + "#" + (i < 0 ? "otherwise" : i));
                }
            }
        }
        assertThat(assessed).isGreaterThan(100);
        assertThat(unreachedQuestions).as("questions never asked").isEmpty();
        assertThat(unfiredRules).as("rules never certainly hit").isEmpty();
        assertThat(undecidedCases).as("determination cases never decisive").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Builtin.FINAL, Builtin.DRAFT})
    void every_factor_of_article_10_is_scored_and_bilingual(String id) {
        Questionnaire q = Builtin.questionnaire(id);
        assertThat(q.factors()).extracting(Factor::number).containsExactly("1", "2", "3", "4", "5", "6", "7");
        for (Factor f : q.factors()) {
            assertThat(f.cites()).extracting(Citation::ref).containsExactly("measures:10(" + f.number() + ")");
            assertThat(q.rules()).anyMatch(r -> r.factor().equals(f.id()));
            assertThat(f.title().zh()).isNotBlank();
            assertThat(f.title().en()).isNotBlank();
        }
        for (Question question : q.questionsById().values()) {
            assertThat(question.text().zh()).as(question.id()).isNotBlank();
            assertThat(question.text().en()).as(question.id()).isNotBlank();
            assertThat(question.cites()).as(question.id() + " cites").isNotEmpty();
        }
    }

    static List<Citation> citations(Questionnaire q) {
        List<Citation> out = new ArrayList<>();
        for (Section s : q.sections()) {
            for (Question question : s.questions()) {
                out.addAll(question.cites());
                question.fields().forEach(f -> out.addAll(f.cites()));
            }
        }
        q.computed().stream().map(Computed::cites).forEach(out::addAll);
        q.factors().stream().map(Factor::cites).forEach(out::addAll);
        q.rules().stream().map(Rule::cites).forEach(out::addAll);
        for (Determination d : q.determinations()) {
            out.addAll(d.cites());
            d.cases().forEach(c -> out.addAll(c.cites()));
            out.addAll(d.otherwise().cites());
        }
        q.notes().stream().map(Note::cites).forEach(out::addAll);
        return out;
    }

    /** Seeded random answers for every question of a questionnaire, as profile YAML. */
    static final class RandomProfiles {
        private static final long[] COUNTS = {0, 12_000, 240_000, 999_999, 1_000_000, 1_000_001, 3_200_000, 12_000_000, 60_000_000};

        static String profile(Questionnaire q, Random random) {
            int dates = 0;
            StringBuilder y = new StringBuilder("questionnaire: " + q.id() + "\nversion: \"" + q.version() + "\"\nanswers:\n");
            for (Question question : q.topLevelQuestions()) {
                if (question.isGroup()) {
                    int n = random.nextInt(3);
                    y.append("  ").append(question.id()).append(":").append(n == 0 ? " []\n" : "\n");
                    for (int i = 0; i < n; i++) {
                        boolean first = true;
                        for (Question field : question.fields()) {
                            y.append(first ? "    - " : "      ").append(field.id()).append(": ").append(value(field, random)).append('\n');
                            first = false;
                        }
                    }
                } else if (question.type() == QuestionType.DATE) {
                    // Dates in question order, so that "notice on or after filing" and the like can hold; optional
                    // ones are left out a third of the time.
                    dates++;
                    if (question.required() || random.nextInt(3) > 0) {
                        y.append("  ").append(question.id()).append(": 2026-0").append(Math.min(9, dates)).append("-1").append(random.nextInt(10)).append('\n');
                    }
                } else {
                    y.append("  ").append(question.id()).append(": ").append(value(question, random)).append('\n');
                }
            }
            return y.toString();
        }

        /**
         * Assesses a random profile; answers that contradict each other (validate rules) are refused, so those are made
         * unknown and the profile retried, so that the many cross-checks of counts do not starve the rarer combinations.
         */
        static Repaired assessRepaired(Questionnaire q, String name, String yaml) {
            var result = new ProfileAssessor(q).assess(name, yaml.getBytes(StandardCharsets.UTF_8));
            for (int repair = 0; repair < 3 && result.assessment().isEmpty(); repair++) {
                String repaired = unknownWhereRefused(q, yaml, result.diagnostics());
                if (repaired.equals(yaml)) {
                    break;
                }
                yaml = repaired;
                result = new ProfileAssessor(q).assess(name, yaml.getBytes(StandardCharsets.UTF_8));
            }
            return new Repaired(yaml, result);
        }

        /** The profile as finally assessed, and the result. */
        record Repaired(String yaml, ProfileAssessor.Result result) {}

        /** The profile with every answer a validate rule refused (P025) turned into "unknown", where allowed. */
        static String unknownWhereRefused(Questionnaire q, String yaml, List<dev.csreview.diagnostic.Diagnostic> diagnostics) {
            String out = yaml;
            for (var d : diagnostics) {
                if (!d.isError() || !d.code().equals("P025")) {
                    continue;
                }
                String id = d.args().get(0);
                Question question = q.questionsById().get(id);
                if (question == null) {
                    question = q.topLevelQuestions().stream().flatMap(t -> t.fields().stream()).filter(f -> f.id().equals(id)).findFirst().orElse(null);
                }
                if (question != null && question.allowUnknown()) {
                    out = out.replaceAll("(?m)^(\\s+(?:- )?)" + id + ": .*$", "$1" + id + ": unknown");
                }
            }
            return out;
        }

        private static String value(Question question, Random random) {
            if (question.allowUnknown() && random.nextInt(5) == 0) {
                return "unknown";
            }
            return switch (question.type()) {
                case YESNO -> random.nextBoolean() ? "yes" : "no";
                case SINGLE -> quote(question.choices().get(random.nextInt(question.choices().size())).id());
                case MULTI -> {
                    List<String> picked = new ArrayList<>();
                    for (Choice c : question.choices()) {
                        if (random.nextInt(3) == 0) {
                            picked.add(quote(c.id()));
                        }
                    }
                    yield "[" + String.join(", ", picked) + "]";
                }
                case INTEGER -> Long.toString(COUNTS[random.nextInt(COUNTS.length)]);
                case DATE -> "2026-0" + (1 + random.nextInt(9)) + "-15";
                case TEXT -> quote("text " + random.nextInt(100));
                case GROUP -> throw new IllegalStateException("nested group");
            };
        }

        private static String quote(String s) {
            return "\"" + s + "\"";
        }
    }
}
