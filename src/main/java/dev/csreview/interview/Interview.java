package dev.csreview.interview;

import dev.csreview.assessment.AnswerResolver;
import dev.csreview.assessment.ResolvedAnswers;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Location;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Citations;
import dev.csreview.questionnaire.Instrument;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Section;
import dev.csreview.questionnaire.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The guided interview as a state machine, with no terminal in it: {@link #screen()} says what to show,
 * {@link #apply(Reply)} takes what the user did. Which questions apply, which answers are valid and which are
 * missing is decided by the same {@link AnswerResolver} batch mode uses, on every change.
 */
public final class Interview {
    /** The source name of answers given in this run (answers read from a session keep their file:line). */
    static final String SOURCE = "interview";

    private final Questionnaire q;
    private final Lang lang;
    private final Labels labels;
    private final AnswerResolver resolver;
    private final InputParser parser;
    private final AnswerText text;
    private final Map<String, Question> top = new LinkedHashMap<>();
    private final Map<String, Section> sectionOf = new LinkedHashMap<>();
    private final List<Step> topSteps = new ArrayList<>();

    private Map<String, Answer> answers;
    private ResolvedAnswers resolved;
    private final Deque<Step> history = new ArrayDeque<>();
    private final Set<Step> skipped = new HashSet<>();
    private Step current;
    /** Came from the review: ask only what is new, then return there. */
    private boolean editing;
    /** A migrated session: ask only these questions (ids, group fields too), then the review; null otherwise. */
    private Set<String> focus;
    private Modal modal;
    private String error;
    private String notice;
    /** The text of a refused answer, offered again for editing rather than cleared. */
    private String kept;
    /** What to tell the user once a reply is taken, e.g. how a written number was read; taken by {@link #takeEcho()}. */
    private String echo;
    /** The step last opened from the review: the review comes back with its cursor there. */
    private Step editedFromReview;
    private int asked;

    /** A confirmation or the section list shown over the current step. */
    private sealed interface Modal {}

    private record ConfirmDrop(Map<String, Answer> candidate, List<Lost> lost) implements Modal {}

    private record PickSection() implements Modal {}

    /** An answer that a change would make irrelevant. */
    private record Lost(Step step, String label) {}

    /**
     * Starts on {@code start} (empty for a new interview, a session's answers to resume) at the step whose
     * {@link Step#key()} is {@code resumeAt}, or else at the first question not yet answered.
     */
    public Interview(Questionnaire q, Lang lang, Map<String, Answer> start, String resumeAt) {
        this(q, lang, start, resumeAt, Set.of());
    }

    /**
     * As above; a non-empty {@code focus} (question or group-field ids: what a migration made new or changed) asks
     * only those, the answered ones with their answer to keep, and then goes to the review. {@code resumeAt} is then
     * ignored: the session stood somewhere in the earlier version.
     */
    public Interview(Questionnaire q, Lang lang, Map<String, Answer> start, String resumeAt, Set<String> focus) {
        this.q = q;
        this.lang = lang;
        this.labels = Labels.of(lang);
        this.resolver = new AnswerResolver(q);
        this.parser = new InputParser(labels);
        this.text = new AnswerText(labels);
        for (Section s : q.sections()) {
            for (Question question : s.questions()) {
                top.put(question.id(), question);
                sectionOf.put(question.id(), s);
                topSteps.add(question.isGroup() ? new Step.Records(question.id()) : new Step.Ask(question.id()));
            }
        }
        this.answers = Answers.given(start);
        this.resolved = resolve(answers);
        if (!focus.isEmpty()) {
            this.focus = Set.copyOf(focus);
            this.editing = true;
            resumeAt = null;
        }
        this.current = resumeStep(resumeAt);
    }

    public boolean finished() {
        return current instanceof Step.Finished;
    }

    /** The answers as given so far (including "unknown"), keyed by top-level question id: a profile's answers. */
    public Map<String, Answer> answers() {
        return Collections.unmodifiableMap(answers);
    }

    /** Where the interview stands; its key goes into the session file. */
    public Step position() {
        return current;
    }

    public Labels labels() {
        return labels;
    }

    /** What the last reply should be answered with before the next screen (once), e.g. "Recorded: 6,500,000". */
    public Optional<String> takeEcho() {
        Optional<String> e = Optional.ofNullable(echo);
        echo = null;
        return e;
    }

    // ---- screens ----------------------------------------------------------------------------------------------

    /** What to show now. Not to be called once {@link #finished()}. */
    public Screen screen() {
        if (modal instanceof ConfirmDrop d) {
            return new ConfirmScreen(labels.get("drop.message", d.lost().size()), d.lost().stream().map(Lost::label).toList(), notice);
        }
        if (modal instanceof PickSection) {
            return sectionsScreen();
        }
        if (current instanceof Step.Records r) {
            return groupScreen(r);
        }
        if (current instanceof Step.Review) {
            return reviewScreen();
        }
        if (current instanceof Step.Finished) {
            throw new IllegalStateException("the interview is finished");
        }
        return questionScreen(current);
    }

    private QuestionScreen questionScreen(Step step) {
        Question question = question(step);
        Answer given = Answers.at(answers, step);
        Answer settled = resolvedAt(step);
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
                question.allowUnknown(), requiredNow(step), articles(question.cites()), value, isDefault, unknown, shown, error, kept, notice);
    }

    private GroupScreen groupScreen(Step.Records r) {
        Question group = top.get(r.group());
        List<Item> items = Answers.items(answers, r.group());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            names.add(text.recordLabel(group, items.get(i), i));
        }
        boolean canAdd = group.maxItems() == null || items.size() < group.maxItems();
        return new GroupScreen(progress(r), group.id(), group.text().in(lang), textOrNull(group.help()), articles(group.cites()),
                names, canAdd, error, notice);
    }

    private ReviewScreen reviewScreen() {
        Map<Step, String> problems = problems(answers);
        List<ReviewScreen.Entry> entries = new ArrayList<>();
        for (Step s : applicableTopSteps()) {
            Question question = question(s);
            Answer given = Answers.at(answers, s);
            Answer settled = resolvedAt(s);
            String problem = problems.get(s);
            if (s instanceof Step.Records r && problem == null) {
                problem = recordProblem(r, problems);
            }
            ReviewScreen.State state;
            String shown;
            if (given != null && given.status() == AnswerStatus.UNKNOWN) {
                state = ReviewScreen.State.UNKNOWN;
                shown = labels.get("unknown");
            } else if (given != null) {
                state = ReviewScreen.State.ANSWERED;
                shown = text.of(question, given);
            } else if (settled != null && settled.status() == AnswerStatus.DEFAULTED) {
                state = ReviewScreen.State.DEFAULTED;
                shown = text.of(question, settled);
            } else {
                state = problem != null ? ReviewScreen.State.MISSING : ReviewScreen.State.OPTIONAL;
                shown = labels.get("unanswered");
            }
            entries.add(new ReviewScreen.Entry(sectionOf.get(question.id()).title().in(lang), question.id(), question.text().in(lang),
                    shown, state, problem));
        }
        int count = (int) entries.stream().filter(e -> e.problem() != null).count();
        int cursor = editedFromReview == null ? -1 : applicableTopSteps().indexOf(editedFromReview);
        return new ReviewScreen(entries, count, error != null ? error : notice, cursor);
    }

    private String recordProblem(Step.Records r, Map<Step, String> problems) {
        Question group = top.get(r.group());
        for (var e : problems.entrySet()) {
            if (e.getKey() instanceof Step.Field f && f.group().equals(r.group())) {
                Question field = field(group, f.field());
                return labels.get("problem.records", f.item() + 1, field.text().in(lang) + ": " + e.getValue());
            }
        }
        return null;
    }

    private SectionsScreen sectionsScreen() {
        List<SectionsScreen.Entry> entries = new ArrayList<>();
        int here = 0;
        Step at = current instanceof Step.Field f ? new Step.Records(f.group()) : current;
        for (int i = 0; i < q.sections().size(); i++) {
            Section s = q.sections().get(i);
            int questions = 0;
            int answered = 0;
            for (Question question : s.questions()) {
                Step step = topStep(question.id());
                if (step.equals(at)) {
                    here = i;
                }
                if (applies(step, resolved)) {
                    questions++;
                    answered += Answers.at(answers, step) != null ? 1 : 0;
                }
            }
            entries.add(new SectionsScreen.Entry(s.title().in(lang), answered, questions));
        }
        return new SectionsScreen(entries, here, error != null ? error : notice);
    }

    private Progress progress(Step step) {
        List<Step> steps = applicableTopSteps();
        Step at = step instanceof Step.Field f ? new Step.Records(f.group()) : step;
        List<Section> sections = new ArrayList<>();
        for (Step s : steps) {
            Section section = sectionOf.get(question(s).id());
            if (!sections.contains(section)) {
                sections.add(section);
            }
        }
        Section section = sectionOf.get(question(at).id());
        return new Progress(sections.indexOf(section) + 1, sections.size(), section.title().in(lang), steps.indexOf(at) + 1, steps.size());
    }

    /** "record 2 of 3, field 5 of 17": the fields that apply to this record now. */
    private String fieldProgress(Step.Field f) {
        Question group = top.get(f.group());
        List<Step.Field> fields = new ArrayList<>();
        for (Question field : group.fields()) {
            Step.Field step = new Step.Field(f.group(), f.item(), field.id());
            if (applies(step, resolved)) {
                fields.add(step);
            }
        }
        return labels.get("progress.field", f.item() + 1, Answers.items(answers, f.group()).size(), fields.indexOf(f) + 1, fields.size());
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
        Question g = top.get(group);
        List<Item> items = Answers.items(answers, group);
        String name = index < items.size() ? text.recordLabel(g, items.get(index), index) : "";
        return labels.get("record", g.text().in(lang), index + 1) + (name.isEmpty() || name.equals(labels.get("record", g.text().in(lang), index + 1)) ? "" : " · " + name);
    }

    // ---- replies ----------------------------------------------------------------------------------------------

    /** Takes what the user did on the current screen. */
    public void apply(Reply reply) {
        error = null;
        notice = null;
        kept = null;
        echo = null;
        if (modal instanceof ConfirmDrop d) {
            confirmDrop(d, reply);
        } else if (modal instanceof PickSection) {
            pickSection(reply);
        } else if (reply instanceof Reply.Back) {
            back();
        } else if (reply instanceof Reply.Sections) {
            modal = new PickSection();
        } else if (reply instanceof Reply.Review) {
            if (!(current instanceof Step.Review)) {
                history.push(current);
                current = new Step.Review();
                editing = false;
            }
        } else if (current instanceof Step.Records r) {
            records(r, reply);
        } else if (current instanceof Step.Review) {
            review(reply);
        } else if (current instanceof Step.Ask || current instanceof Step.Field) {
            answer(reply);
        }
    }

    private void answer(Reply reply) {
        Question question = question(current);
        Answer old = Answers.at(answers, current);
        if (reply instanceof Reply.Given g) {
            InputParser.Parsed p = parser.parse(question, g.value());
            if (p.error() != null) {
                error = p.error();
                kept = g.value() instanceof String typed ? typed : null;
                return;
            }
            String readAs = g.value() instanceof String && p.value() instanceof Long n
                    ? labels.get("echo.number", text.value(question, n)) : null;
            if (old != null && old.status() == AnswerStatus.ANSWERED && Objects.equals(old.value(), p.value())) {
                echo = readAs;
                advance();
                return;
            }
            Answer a = new Answer(p.value(), AnswerStatus.ANSWERED, nextLocation());
            change(Answers.with(answers, current, a), a.source());
            if (error != null) {
                kept = g.value() instanceof String typed ? typed : null;
            } else {
                echo = readAs;
            }
        } else if (reply instanceof Reply.Unknown) {
            if (!question.allowUnknown()) {
                error = labels.get("error.noUnknown");
            } else if (old != null && old.status() == AnswerStatus.UNKNOWN) {
                advance();
            } else {
                change(Answers.with(answers, current, Answer.unknown(nextLocation())), null);
            }
        } else if (reply instanceof Reply.Skip) {
            if (old != null) {
                advance();
            } else if (question.allowUnknown()) {
                change(Answers.with(answers, current, Answer.unknown(nextLocation())), null);
            } else {
                if (requiredNow(current)) {
                    notice = labels.get("notice.leftUnanswered");
                }
                skipped.add(current);
                advance();
            }
        } else {
            error = labels.get("error.notHere");
        }
    }

    /** Tries a changed set of answers: rejected if the answer fails its validation, confirmed if others would be lost. */
    private void change(Map<String, Answer> candidate, Location given) {
        ResolvedAnswers after = resolve(candidate);
        if (given != null) {
            String invalid = validationError(after, given);
            if (invalid != null) {
                error = invalid;
                return;
            }
        }
        List<Lost> lost = lost(candidate, after);
        if (!lost.isEmpty()) {
            modal = new ConfirmDrop(candidate, lost);
            return;
        }
        commit(candidate, after);
        advance();
    }

    private void confirmDrop(ConfirmDrop d, Reply reply) {
        modal = null;
        if (reply instanceof Reply.Given g && Boolean.TRUE.equals(g.value())) {
            Map<String, Answer> kept = d.candidate();
            for (Lost l : d.lost()) {
                kept = Answers.with(kept, l.step(), null);
            }
            commit(kept, resolve(kept));
            notice = labels.get("notice.dropped", d.lost().size());
            advance();
        } else {
            notice = labels.get("notice.unchanged");
        }
    }

    private void records(Step.Records r, Reply reply) {
        Question group = top.get(r.group());
        List<Item> items = Answers.items(answers, r.group());
        if (reply instanceof Reply.Add || reply instanceof Reply.Given g && Boolean.TRUE.equals(g.value())) {
            if (group.maxItems() != null && items.size() >= group.maxItems()) {
                error = labels.get("error.maxItems", group.maxItems());
                return;
            }
            List<Item> more = new ArrayList<>(items);
            more.add(new Item(items.size() + 1, nextLocation(), Map.of()));
            Map<String, Answer> candidate = Answers.withRecords(answers, r.group(), more, nextLocation());
            commit(candidate, resolve(candidate));
            editRecord(r, more.size() - 1);
        } else if (reply instanceof Reply.Pick p) {
            if (p.index() < 0 || p.index() >= items.size()) {
                error = labels.get("error.notHere");
                return;
            }
            editRecord(r, p.index());
        } else if (reply instanceof Reply.Remove rm) {
            if (rm.index() < 0 || rm.index() >= items.size()) {
                error = labels.get("error.notHere");
                return;
            }
            List<Item> fewer = new ArrayList<>(items);
            fewer.remove(rm.index());
            Map<String, Answer> candidate = Answers.withRecords(answers, r.group(), fewer, nextLocation());
            commit(candidate, resolve(candidate));
            // Steps inside this group's records now point at other records: forget them.
            history.removeIf(s -> s instanceof Step.Field f && f.group().equals(r.group()));
            notice = labels.get("notice.removed", rm.index() + 1);
        } else if (reply instanceof Reply.Done || reply instanceof Reply.Given) {
            if (group.minItems() != null && items.size() < group.minItems()) {
                error = labels.get("error.minItems", group.minItems());
                return;
            }
            if (Answers.at(answers, r) == null) {
                // "No records" is an answer: the group is known to be empty.
                Map<String, Answer> candidate = Answers.withRecords(answers, r.group(), List.of(), nextLocation());
                commit(candidate, resolve(candidate));
            }
            advance();
        } else if (reply instanceof Reply.Skip) {
            if (group.minItems() != null && items.size() < group.minItems()) {
                notice = labels.get("notice.leftUnanswered");
            }
            skipped.add(r);
            advance();
        } else {
            error = labels.get("error.notHere");
        }
    }

    private void editRecord(Step.Records r, int index) {
        Optional<Step> first = nextField(r.group(), index, 0);
        if (first.isPresent()) {
            history.push(current);
            current = first.get();
        }
    }

    private void review(Reply reply) {
        List<Step> steps = applicableTopSteps();
        if (reply instanceof Reply.Pick p) {
            if (p.index() < 0 || p.index() >= steps.size()) {
                error = labels.get("error.notHere");
                return;
            }
            history.push(current);
            editing = true;
            current = steps.get(p.index());
            editedFromReview = current;
        } else if (reply instanceof Reply.Done) {
            Map<Step, String> problems = problems(answers);
            if (problems.isEmpty()) {
                history.push(current);
                current = new Step.Finished();
                return;
            }
            notice = labels.get("notice.fixFirst", problems.size());
            history.push(current);
            editing = true;
            current = firstInOrder(problems.keySet());
        } else {
            error = labels.get("error.notHere");
        }
    }

    private void pickSection(Reply reply) {
        if (reply instanceof Reply.Back) {
            modal = null;
            return;
        }
        if (!(reply instanceof Reply.Pick p) || p.index() < 0 || p.index() >= q.sections().size()) {
            error = labels.get("error.notHere");
            return;
        }
        for (Question question : q.sections().get(p.index()).questions()) {
            Step s = topStep(question.id());
            if (applies(s, resolved)) {
                modal = null;
                history.push(current);
                editing = false;
                current = s;
                return;
            }
        }
        error = labels.get("error.noQuestions");
    }

    private void back() {
        while (!history.isEmpty()) {
            Step s = history.pop();
            if (!s.equals(current) && exists(s)) {
                current = s;
                if (s instanceof Step.Review) {
                    editing = false;
                }
                return;
            }
        }
        notice = labels.get("notice.first");
    }

    // ---- moving on --------------------------------------------------------------------------------------------

    private void commit(Map<String, Answer> candidate, ResolvedAnswers after) {
        answers = candidate;
        resolved = after;
        skipped.remove(current);
    }

    private void advance() {
        history.push(current);
        current = next(current);
    }

    private Step next(Step step) {
        if (step instanceof Step.Field f) {
            Question group = top.get(f.group());
            return nextField(f.group(), f.item(), group.fields().indexOf(field(group, f.field())) + 1).orElse(new Step.Records(f.group()));
        }
        return nextTop(topSteps.indexOf(step) + 1);
    }

    /** The next top-level step from {@code from}: any that applies, or, when editing, only what is still open. */
    private Step nextTop(int from) {
        for (int k = from; k < topSteps.size(); k++) {
            Step s = topSteps.get(k);
            if (!applies(s, resolved)) {
                continue;
            }
            if (!editing) {
                return s;
            }
            Optional<Step> open = focus != null ? focused(s) : open(s);
            if (open.isPresent()) {
                return open.get();
            }
        }
        // The new and changed questions are done: from the review on, the interview is an ordinary one.
        focus = null;
        return new Step.Review();
    }

    /** The step at or inside {@code s} that the focus asks: a focused question, or a focused field not yet answered. */
    private Optional<Step> focused(Step s) {
        if (s instanceof Step.Ask a) {
            return focus.contains(a.question()) ? Optional.of(s) : Optional.empty();
        }
        if (s instanceof Step.Records r) {
            if (focus.contains(r.group())) {
                return Optional.of(s);
            }
            List<Item> items = Answers.items(answers, r.group());
            for (int i = 0; i < items.size(); i++) {
                for (Question f : top.get(r.group()).fields()) {
                    Step.Field step = new Step.Field(r.group(), i, f.id());
                    if (focus.contains(f.id()) && applies(step, resolved) && Answers.at(answers, step) == null && !skipped.contains(step)) {
                        return Optional.of(step);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first step at or inside {@code s} that applies and has no answer yet (and was not skipped). */
    private Optional<Step> open(Step s) {
        if (Answers.at(answers, s) == null) {
            return skipped.contains(s) ? Optional.empty() : Optional.of(s);
        }
        if (s instanceof Step.Records r) {
            Question group = top.get(r.group());
            List<Item> items = Answers.items(answers, r.group());
            for (int i = 0; i < items.size(); i++) {
                for (Question f : group.fields()) {
                    Step.Field step = new Step.Field(r.group(), i, f.id());
                    if (applies(step, resolved) && Answers.at(answers, step) == null && !skipped.contains(step)) {
                        return Optional.of(step);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Step> nextField(String group, int item, int fromField) {
        List<Question> fields = top.get(group).fields();
        for (int k = fromField; k < fields.size(); k++) {
            Step.Field step = new Step.Field(group, item, fields.get(k).id());
            if (applies(step, resolved)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private Step resumeStep(String key) {
        Optional<Step> wanted = Step.parse(key).map(s -> s instanceof Step.Ask a ? topStep(a.question()) : s);
        Step start = wanted.filter(s -> s != null && exists(s)).orElse(null);
        if (start == null) {
            boolean was = editing;
            editing = true;
            start = nextTop(0);
            editing = was;
        }
        // "Back" after resuming walks the questions before the resume point.
        Step at = start instanceof Step.Field f ? new Step.Records(f.group()) : start;
        for (Step s : applicableTopSteps()) {
            if (s.equals(at)) {
                break;
            }
            history.push(s);
        }
        return start;
    }

    private Step firstInOrder(Set<Step> steps) {
        for (Step s : topSteps) {
            if (steps.contains(s)) {
                return s;
            }
            if (s instanceof Step.Records r) {
                for (Step x : steps) {
                    if (x instanceof Step.Field f && f.group().equals(r.group())) {
                        return x;
                    }
                }
            }
        }
        return new Step.Review();
    }

    // ---- what applies, what is wrong --------------------------------------------------------------------------

    private ResolvedAnswers resolve(Map<String, Answer> raw) {
        return resolver.resolve(raw, SOURCE, false);
    }

    private boolean exists(Step s) {
        if (s instanceof Step.Review) {
            return true;
        }
        if (s instanceof Step.Finished || s == null) {
            return false;
        }
        if (s instanceof Step.Ask a && (!top.containsKey(a.question()) || top.get(a.question()).isGroup())) {
            return false;
        }
        if (s instanceof Step.Records r && (!top.containsKey(r.group()) || !top.get(r.group()).isGroup())) {
            return false;
        }
        if (s instanceof Step.Field f && (!top.containsKey(f.group()) || field(top.get(f.group()), f.field()) == null)) {
            return false;
        }
        return applies(s, resolved);
    }

    private static boolean applies(Step s, ResolvedAnswers r) {
        if (s instanceof Step.Field f) {
            Answer g = r.answers().get(f.group());
            if (g == null || g.status() == AnswerStatus.NOT_APPLICABLE || f.item() < 0 || f.item() >= g.items().size()) {
                return false;
            }
            Answer a = g.items().get(f.item()).answers().get(f.field());
            return a != null && a.status() != AnswerStatus.NOT_APPLICABLE;
        }
        String id = s instanceof Step.Ask a ? a.question() : ((Step.Records) s).group();
        Answer a = r.answers().get(id);
        return a != null && a.status() != AnswerStatus.NOT_APPLICABLE;
    }

    private List<Step> applicableTopSteps() {
        return topSteps.stream().filter(s -> applies(s, resolved)).toList();
    }

    private Answer resolvedAt(Step s) {
        if (s instanceof Step.Field f) {
            Answer g = resolved.answers().get(f.group());
            return g == null || f.item() >= g.items().size() ? null : g.items().get(f.item()).answers().get(f.field());
        }
        return resolved.answers().get(question(s).id());
    }

    /** Required now: the question is required and its condition certainly holds (batch mode would report it missing). */
    private boolean requiredNow(Step s) {
        Map<String, Answer> without = Answers.with(answers, s, null);
        return problems(without).containsKey(s);
    }

    /** The answers that {@code candidate} would make irrelevant: given, applying now, not applying after. */
    private List<Lost> lost(Map<String, Answer> candidate, ResolvedAnswers after) {
        List<Lost> out = new ArrayList<>();
        for (Step s : topSteps) {
            Question question = question(s);
            Answer given = Answers.at(candidate, s);
            if (given == null) {
                continue;
            }
            if (applies(s, resolved) && !applies(s, after)) {
                out.add(new Lost(s, question.text().in(lang) + ": " + text.of(question, given)));
            } else if (s instanceof Step.Records r && applies(s, after)) {
                List<Item> items = Answers.items(candidate, r.group());
                for (int i = 0; i < items.size(); i++) {
                    for (Question f : question.fields()) {
                        Step.Field fs = new Step.Field(r.group(), i, f.id());
                        Answer fa = Answers.at(candidate, fs);
                        if (fa != null && applies(fs, resolved) && !applies(fs, after)) {
                            out.add(new Lost(fs, text.recordLabel(question, items.get(i), i) + " · " + f.text().in(lang) + ": " + text.of(f, fa)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The questionnaire's own message when the answer given at {@code where} fails one of its validations. */
    private String validationError(ResolvedAnswers after, Location where) {
        for (Diagnostic d : after.diagnostics()) {
            if (d.code().equals("P025") && d.location().equals(where)) {
                return validationMessage(d);
            }
        }
        return null;
    }

    private String validationMessage(Diagnostic d) {
        // P025 carries the questionnaire's message in both languages: id, English, Chinese.
        String en = d.args().size() > 1 ? d.args().get(1) : "";
        String zh = d.args().size() > 2 ? d.args().get(2) : en;
        return lang == Lang.ZH && !zh.isEmpty() ? zh : en;
    }

    /** What batch mode would reject, by step: required answers missing, validations failing, too few records. */
    private Map<Step, String> problems(Map<String, Answer> raw) {
        ResolvedAnswers strict = resolver.resolve(raw, SOURCE, true);
        Map<Location, Step> where = new LinkedHashMap<>();
        for (Step s : topSteps) {
            Answer a = Answers.at(raw, s);
            if (a != null && a.source() != null) {
                where.put(a.source(), s);
            }
            if (s instanceof Step.Records r) {
                List<Item> items = Answers.items(raw, r.group());
                for (int i = 0; i < items.size(); i++) {
                    for (var e : items.get(i).answers().entrySet()) {
                        if (e.getValue().source() != null) {
                            where.put(e.getValue().source(), new Step.Field(r.group(), i, e.getKey()));
                        }
                    }
                }
            }
        }
        Map<Step, String> out = new LinkedHashMap<>();
        for (Diagnostic d : strict.diagnostics()) {
            if (!d.isError() || d.args().isEmpty()) {
                continue;
            }
            Step s = switch (d.code()) {
                case "P021", "P022" -> stepOfPath(d.args().get(0));
                case "P023", "P024" -> new Step.Records(d.args().get(0));
                case "P025" -> where.get(d.location());
                default -> null;
            };
            if (s == null) {
                continue;
            }
            String message = switch (d.code()) {
                case "P023" -> labels.get("error.minItems", d.args().get(1));
                case "P024" -> labels.get("error.maxItems", d.args().get(1));
                case "P025" -> validationMessage(d);
                default -> labels.get("problem.missing");
            };
            out.putIfAbsent(s, message);
        }
        return out;
    }

    /** {@code procurements[2].item_name} or {@code is_ciio}, as batch diagnostics name answers. */
    private Step stepOfPath(String path) {
        Optional<Step> s = Step.parse(path);
        if (s.isEmpty()) {
            return null;
        }
        return s.get() instanceof Step.Ask a ? topStep(a.question()) : s.get();
    }

    private Step topStep(String id) {
        Question question = top.get(id);
        if (question == null) {
            return null;
        }
        return question.isGroup() ? new Step.Records(id) : new Step.Ask(id);
    }

    private Question question(Step s) {
        if (s instanceof Step.Field f) {
            return field(top.get(f.group()), f.field());
        }
        return top.get(s instanceof Step.Ask a ? a.question() : ((Step.Records) s).group());
    }

    private static Question field(Question group, String id) {
        return group.fields().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    private Location nextLocation() {
        return new Location(SOURCE, ++asked, 0);
    }

    private String textOrNull(Text t) {
        if (t == null || t.isEmpty()) {
            return null;
        }
        String s = t.in(lang);
        return s.isBlank() ? null : s.strip();
    }
}
