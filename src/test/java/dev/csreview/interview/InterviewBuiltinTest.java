package dev.csreview.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.output.TextReport;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.QuestionType;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole default built-in questionnaire, driven by answering by question type rather than by question id (the
 * ids are being rewritten): yes, the first choice, a number, a date, some text. On the way it goes back once, skips
 * one question that allows "unknown", adds, edits and removes group records, and edits one answer from the review.
 */
class InterviewBuiltinTest {
    @TempDir
    Path tmp;

    /** Answers by type, and does each required manoeuvre once. */
    static final class ByType {
        final Questionnaire q;
        boolean wentBack;
        String skippedAsUnknown;
        String reviewEdited;
        boolean reviewing;
        boolean editingRecord;
        final Map<String, Integer> groupVisits = new HashMap<>();
        final Map<String, Integer> attempts = new HashMap<>();
        int questionsSeen;

        ByType(Questionnaire q) {
            this.q = q;
        }

        Reply on(Screen s) {
            if (s instanceof QuestionScreen qs) {
                return question(qs);
            }
            if (s instanceof GroupScreen g) {
                return group(g);
            }
            if (s instanceof ReviewScreen r) {
                return review(r);
            }
            if (s instanceof ConfirmScreen) {
                return new Reply.Given(true);
            }
            return new Reply.Back();
        }

        private Reply question(QuestionScreen s) {
            questionsSeen++;
            if (!wentBack && questionsSeen == 3) {
                wentBack = true;
                return new Reply.Back();
            }
            if (skippedAsUnknown == null && s.allowUnknown() && s.record() == null && !s.hasAnswer()) {
                skippedAsUnknown = s.questionId();
                return new Reply.Skip();
            }
            if (s.hasAnswer() && s.error() == null && !reviewing && !editingRecord) {
                return new Reply.Skip(); // seen again after going back: keep the answer
            }
            int attempt = s.error() == null ? 0 : attempts.merge(s.questionId(), 1, Integer::sum);
            if (attempt > 2) {
                return new Reply.Skip();
            }
            String suffix = reviewing ? " (reviewed)" : editingRecord ? " (edited)" : "";
            if (reviewing) {
                reviewing = false;
            }
            return switch (s.type()) {
                case YESNO -> new Reply.Given(true);
                case SINGLE -> new Reply.Given(s.options().get(0).id());
                case MULTI -> new Reply.Given(List.of(s.options().get(0).id()));
                case INTEGER -> new Reply.Given(attempt == 0 ? "2000000" : attempt == 1 ? String.valueOf(s.min() == null ? 0 : s.min()) : "1");
                case DATE -> new Reply.Given(attempt == 0 ? "2024-01-15" : "2000-01-01");
                case TEXT -> new Reply.Given("测试 " + s.questionId() + suffix);
                case GROUP -> new Reply.Skip();
            };
        }

        /** First visit: add one; then edit it; then add a second and remove it; then done. */
        private Reply group(GroupScreen g) {
            int visit = groupVisits.merge(g.groupId(), 1, Integer::sum);
            editingRecord = false;
            switch (visit) {
                case 1:
                    return new Reply.Add();
                case 2:
                    editingRecord = true;
                    return new Reply.Pick(0);
                case 3:
                    return new Reply.Add();
                case 4:
                    return new Reply.Remove(1);
                default:
                    return new Reply.Done();
            }
        }

        private Reply review(ReviewScreen r) {
            if (reviewEdited == null) {
                for (int i = 0; i < r.entries().size(); i++) {
                    Question question = q.questionsById().get(r.entries().get(i).questionId());
                    if (question.type() == QuestionType.TEXT && r.entries().get(i).state() == ReviewScreen.State.ANSWERED) {
                        reviewEdited = question.id();
                        reviewing = true;
                        return new Reply.Pick(i);
                    }
                }
            }
            return new Reply.Done();
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void the_default_builtin_questionnaire_runs_from_start_to_an_assessable_session(Lang lang) throws Exception {
        QuestionnaireCatalog catalog = new QuestionnaireCatalog();
        Questionnaire q = catalog.load(catalog.defaultId(), new QuestionnaireLoader()).questionnaire();
        ByType strategy = new ByType(q);
        ScriptedPrompter p = new ScriptedPrompter().otherwise(strategy::on);
        Path file = tmp.resolve("session.yaml");
        Interview interview = new Interview(q, lang, Map.of(), null);

        InterviewRunner.Result result = new InterviewRunner(interview, p, new SessionFile(file, q, lang)).run();

        assertThat(result).isEqualTo(InterviewRunner.Result.FINISHED);
        assertThat(strategy.wentBack).isTrue();
        assertThat(strategy.skippedAsUnknown).as("some question allows unknown").isNotNull();
        assertThat(interview.answers().get(strategy.skippedAsUnknown).status()).isEqualTo(AnswerStatus.UNKNOWN);
        assertThat(strategy.reviewEdited).as("some text question was edited from the review").isNotNull();
        assertThat(interview.answers().get(strategy.reviewEdited).value()).asString().endsWith(" (reviewed)");
        assertThat(strategy.groupVisits).as("the questionnaire has a repeating group that applied").isNotEmpty();
        for (String group : strategy.groupVisits.keySet()) {
            List<Item> items = interview.answers().get(group).items();
            assertThat(items).as("added two, removed one").hasSize(1);
            boolean edited = items.get(0).answers().values().stream()
                    .anyMatch(a -> a.value() instanceof String s && s.endsWith(" (edited)"));
            boolean hasText = q.questionsById().get(group).fields().stream().anyMatch(f -> f.type() == QuestionType.TEXT);
            assertThat(edited || !hasText).as("the record was edited").isTrue();
        }
        // Every screen had progress and text in the interview's language.
        assertThat(p.shown).filteredOn(s -> s instanceof QuestionScreen)
                .allSatisfy(s -> assertThat(((QuestionScreen) s).text()).isNotBlank());

        byte[] saved = Files.readAllBytes(file);
        ProfileAssessor.Result r = new ProfileAssessor(q).assess(file.toString(), saved);
        assertThat(r.diagnostics()).as(new String(saved, java.nio.charset.StandardCharsets.UTF_8)).noneMatch(d -> d.isError());
        Assessment a = r.assessment().orElseThrow();
        assertThat(a.determinations()).isNotEmpty();
        assertThat(new TextReport(lang).render(a)).isNotBlank();
        for (Map.Entry<String, Answer> e : interview.answers().entrySet()) {
            assertThat(a.answers().answers()).containsKey(e.getKey());
        }
    }
}
