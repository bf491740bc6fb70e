package dev.csreview.interview;

import static dev.csreview.interview.InterviewSteps.applies;

import dev.csreview.questionnaire.Citations;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Instrument;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Section;
import dev.csreview.questionnaire.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws the screen for where the interview stands: a question, a group's records, the review, the section list or
 * a confirmation, every text in the user's language. Reads the state, never changes it.
 */
final class ScreenBuilder {
    private final Questionnaire q;
    private final Lang lang;
    private final Labels labels;
    private final AnswerText text;
    private final InterviewSteps steps;
    private final AnswerChecks checks;
    private final InterviewState state;

    ScreenBuilder(Lang lang, Labels labels, AnswerText text, InterviewSteps steps, AnswerChecks checks, InterviewState state) {
        this.q = steps.questionnaire();
        this.lang = lang;
        this.labels = labels;
        this.text = text;
        this.steps = steps;
        this.checks = checks;
        this.state = state;
    }

    Screen screen() {
        if (state.modal instanceof InterviewState.ConfirmDrop d) {
            return new ConfirmScreen(labels.get("drop.message", d.lost().size()), d.lost().stream().map(InterviewState.Lost::label).toList(), state.notice);
        }
        if (state.modal instanceof InterviewState.PickSection) {
            return sectionsScreen();
        }
        if (state.current instanceof Step.Records r) {
            return groupScreen(r);
        }
        if (state.current instanceof Step.Review) {
            return reviewScreen();
        }
        if (state.current instanceof Step.Finished) {
            throw new IllegalStateException("the interview is finished");
        }
        return questionScreen(state.current);
    }

    private QuestionScreen questionScreen(Step step) {
        Question question = steps.question(step);
        Answer given = Answers.at(state.answers, step);
        Answer settled = steps.resolvedAt(step, state.resolved);
        Object value = null;
        boolean isDefault = false;
        boolean unknown = false;
        if (given != null && given.status() == AnswerStatus.UNKNOWN) {
            unknown = true;
        } else if (given != null) {
            value = given.value();
        } else if (settled != null && settled.status() == AnswerStatus.DEFAULTED) {
            value = settled.value();
            isDefault = true;
        }
        String shown = unknown || value != null ? text.of(question, unknown ? Answer.unknown(null) : new Answer(value, AnswerStatus.ANSWERED, null)) : null;
        String record = step instanceof Step.Field f ? recordName(f.group(), f.item()) + " — " + fieldProgress(f) : null;
        List<Option> options = question.choices().stream()
                .map(c -> new Option(c.id(), c.text().in(lang), textOrNull(c.help())))
                .toList();
        return new QuestionScreen(progress(step), record, question.id(), question.type(), question.text().in(lang),
                textOrNull(question.help()), textOrNull(question.unit()), question.min(), question.max(), options,
                question.allowUnknown(), checks.requiredNow(state.answers, step), articles(question.cites()), value, isDefault, unknown, shown,
                state.error, state.kept, state.notice);
    }

    private GroupScreen groupScreen(Step.Records r) {
        Question group = steps.top(r.group());
        List<Item> items = Answers.items(state.answers, r.group());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            names.add(text.recordLabel(group, items.get(i), i));
        }
        boolean canAdd = group.maxItems() == null || items.size() < group.maxItems();
        return new GroupScreen(progress(r), group.id(), group.text().in(lang), textOrNull(group.help()), articles(group.cites()),
                names, canAdd, state.error, state.notice);
    }

    private ReviewScreen reviewScreen() {
        Map<Step, String> problems = checks.problems(state.answers);
        List<ReviewScreen.Entry> entries = new ArrayList<>();
        for (Step s : steps.applicable(state.resolved)) {
            Question question = steps.question(s);
            Answer given = Answers.at(state.answers, s);
            Answer settled = steps.resolvedAt(s, state.resolved);
            String problem = problems.get(s);
            if (s instanceof Step.Records r && problem == null) {
                problem = recordProblem(r, problems);
            }
            ReviewScreen.State shownState;
            String shown;
            if (given != null && given.status() == AnswerStatus.UNKNOWN) {
                shownState = ReviewScreen.State.UNKNOWN;
                shown = labels.get("unknown");
            } else if (given != null) {
                shownState = ReviewScreen.State.ANSWERED;
                shown = text.of(question, given);
            } else if (settled != null && settled.status() == AnswerStatus.DEFAULTED) {
                shownState = ReviewScreen.State.DEFAULTED;
                shown = text.of(question, settled);
            } else {
                shownState = problem != null ? ReviewScreen.State.MISSING : ReviewScreen.State.OPTIONAL;
                shown = text.unanswered();
            }
            entries.add(new ReviewScreen.Entry(steps.sectionOf(question).title().in(lang), question.id(), question.text().in(lang),
                    shown, shownState, problem));
        }
        int count = (int) entries.stream().filter(e -> e.problem() != null).count();
        int cursor = state.editedFromReview == null ? -1 : steps.applicable(state.resolved).indexOf(state.editedFromReview);
        return new ReviewScreen(entries, count, state.error != null ? state.error : state.notice, cursor);
    }

    private String recordProblem(Step.Records r, Map<Step, String> problems) {
        Question group = steps.top(r.group());
        for (var e : problems.entrySet()) {
            if (e.getKey() instanceof Step.Field f && f.group().equals(r.group())) {
                Question field = InterviewSteps.field(group, f.field());
                return labels.get("problem.records", f.item() + 1, field.text().in(lang) + ": " + e.getValue());
            }
        }
        return null;
    }

    private SectionsScreen sectionsScreen() {
        List<SectionsScreen.Entry> entries = new ArrayList<>();
        int here = 0;
        Step at = state.current instanceof Step.Field f ? new Step.Records(f.group()) : state.current;
        for (int i = 0; i < q.sections().size(); i++) {
            Section s = q.sections().get(i);
            int questions = 0;
            int answered = 0;
            for (Question question : s.questions()) {
                Step step = steps.topStep(question.id());
                if (step.equals(at)) {
                    here = i;
                }
                if (applies(step, state.resolved)) {
                    questions++;
                    answered += Answers.at(state.answers, step) != null ? 1 : 0;
                }
            }
            entries.add(new SectionsScreen.Entry(s.title().in(lang), answered, questions));
        }
        return new SectionsScreen(entries, here, state.error != null ? state.error : state.notice);
    }

    private Progress progress(Step step) {
        List<Step> applicable = steps.applicable(state.resolved);
        Step at = step instanceof Step.Field f ? new Step.Records(f.group()) : step;
        List<Section> sections = new ArrayList<>();
        for (Step s : applicable) {
            Section section = steps.sectionOf(steps.question(s));
            if (!sections.contains(section)) {
                sections.add(section);
            }
        }
        Section section = steps.sectionOf(steps.question(at));
        return new Progress(sections.indexOf(section) + 1, sections.size(), section.title().in(lang), applicable.indexOf(at) + 1, applicable.size());
    }

    /** "record 2 of 3, field 5 of 17": the fields that apply to this record now. */
    private String fieldProgress(Step.Field f) {
        Question group = steps.top(f.group());
        List<Step.Field> fields = new ArrayList<>();
        for (Question field : group.fields()) {
            Step.Field step = new Step.Field(f.group(), f.item(), field.id());
            if (applies(step, state.resolved)) {
                fields.add(step);
            }
        }
        return labels.get("progress.field", f.item() + 1, Answers.items(state.answers, f.group()).size(), fields.indexOf(f) + 1, fields.size());
    }

    private List<Article> articles(List<Citation> cites) {
        List<Article> out = new ArrayList<>();
        for (Citation c : cites) {
            Instrument instrument = q.instruments().get(c.instrument());
            List<String> named = Instrument.articlesOf(c.article());
            List<String> summaries = new ArrayList<>();
            boolean quoted = instrument != null;
            for (String article : named) {
                Text summary = instrument == null ? null : instrument.summaries().get(article);
                if (summary != null) {
                    summaries.add(summary.in(lang));
                }
                quoted &= instrument != null && instrument.quoted().contains(article);
            }
            // A quotation is of the Chinese text: in English it is a translation, which paraphrases.
            String grade = summaries.isEmpty() ? null : !quoted ? "paraphrase" : lang == Lang.ZH ? "quoted" : "translated";
            Article a = new Article(Citations.render(q, c, lang), summaries.isEmpty() ? null : String.join(" ", summaries), grade);
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }

    private String recordName(String group, int index) {
        Question g = steps.top(group);
        List<Item> items = Answers.items(state.answers, group);
        String name = index < items.size() ? text.recordLabel(g, items.get(index), index) : "";
        return labels.get("record", g.text().in(lang), index + 1) + (name.isEmpty() || name.equals(labels.get("record", g.text().in(lang), index + 1)) ? "" : " · " + name);
    }

    private String textOrNull(Text t) {
        if (t == null || t.isEmpty()) {
            return null;
        }
        String s = t.in(lang);
        return s.isBlank() ? null : s.strip();
    }
}
