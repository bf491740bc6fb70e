package dev.csreview.interview;

import static dev.csreview.interview.InterviewSteps.applies;

import dev.csreview.assessment.ResolvedAnswers;
import dev.csreview.diagnostic.Location;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Takes what the user did on the current screen: records or refuses an answer, asks before dropping answers that
 * would no longer apply, adds and removes records, moves through the review, the section list and back.
 */
final class ReplyHandler {
    private final Labels labels;
    private final InputParser parser;
    private final AnswerText text;
    private final InterviewSteps steps;
    private final AnswerChecks checks;
    private final InterviewState state;
    private final Navigator navigator;

    ReplyHandler(Labels labels, AnswerText text, InterviewSteps steps, AnswerChecks checks, InterviewState state, Navigator navigator) {
        this.labels = labels;
        this.parser = new InputParser(labels);
        this.text = text;
        this.steps = steps;
        this.checks = checks;
        this.state = state;
        this.navigator = navigator;
    }

    /** Takes what the user did on the current screen. */
    void apply(Reply reply) {
        state.error = null;
        state.notice = null;
        state.kept = null;
        state.echo = null;
        if (state.modal instanceof InterviewState.ConfirmDrop d) {
            confirmDrop(d, reply);
        } else if (state.modal instanceof InterviewState.PickSection) {
            pickSection(reply);
        } else if (reply instanceof Reply.Back) {
            back();
        } else if (reply instanceof Reply.Sections) {
            state.modal = new InterviewState.PickSection();
        } else if (reply instanceof Reply.Review) {
            if (!(state.current instanceof Step.Review)) {
                state.history.push(state.current);
                state.current = new Step.Review();
                state.editing = false;
            }
        } else if (state.current instanceof Step.Records r) {
            records(r, reply);
        } else if (state.current instanceof Step.Review) {
            review(reply);
        } else if (state.current instanceof Step.Ask || state.current instanceof Step.Field) {
            answer(reply);
        }
    }

    private void answer(Reply reply) {
        Question question = steps.question(state.current);
        Answer old = Answers.at(state.answers, state.current);
        if (reply instanceof Reply.Given g) {
            InputParser.Parsed p = parser.parse(question, g.value());
            if (p.error() != null) {
                state.error = p.error();
                state.kept = g.value() instanceof String typed ? typed : null;
                return;
            }
            String readAs = g.value() instanceof String && p.value() instanceof Long n
                    ? labels.get("echo.number", text.value(question, n)) : null;
            if (old != null && old.status() == AnswerStatus.ANSWERED && Objects.equals(old.value(), p.value())) {
                state.echo = readAs;
                navigator.advance();
                return;
            }
            Answer a = new Answer(p.value(), AnswerStatus.ANSWERED, state.nextLocation());
            change(Answers.with(state.answers, state.current, a), a.source());
            if (state.error != null) {
                state.kept = g.value() instanceof String typed ? typed : null;
            } else {
                state.echo = readAs;
            }
        } else if (reply instanceof Reply.Unknown) {
            if (!question.allowUnknown()) {
                state.error = labels.get("error.noUnknown");
            } else if (old != null && old.status() == AnswerStatus.UNKNOWN) {
                navigator.advance();
            } else {
                change(Answers.with(state.answers, state.current, Answer.unknown(state.nextLocation())), null);
            }
        } else if (reply instanceof Reply.Skip) {
            if (old != null) {
                navigator.advance();
            } else if (question.allowUnknown()) {
                change(Answers.with(state.answers, state.current, Answer.unknown(state.nextLocation())), null);
            } else {
                if (checks.requiredNow(state.answers, state.current)) {
                    state.notice = labels.get("notice.leftUnanswered");
                }
                state.skipped.add(state.current);
                navigator.advance();
            }
        } else {
            state.error = labels.get("error.notHere");
        }
    }

    /** Tries a changed set of answers: rejected if the answer fails its validation, confirmed if others would be lost. */
    private void change(Map<String, Answer> candidate, Location given) {
        ResolvedAnswers after = checks.resolve(candidate);
        if (given != null) {
            String invalid = checks.validationError(after, given);
            if (invalid != null) {
                state.error = invalid;
                return;
            }
        }
        List<InterviewState.Lost> lost = checks.lost(candidate, state.resolved, after);
        if (!lost.isEmpty()) {
            state.modal = new InterviewState.ConfirmDrop(candidate, lost);
            return;
        }
        state.commit(candidate, after);
        navigator.advance();
    }

    private void confirmDrop(InterviewState.ConfirmDrop d, Reply reply) {
        state.modal = null;
        if (reply instanceof Reply.Given g && Boolean.TRUE.equals(g.value())) {
            Map<String, Answer> remaining = d.candidate();
            for (InterviewState.Lost l : d.lost()) {
                remaining = Answers.with(remaining, l.step(), null);
            }
            state.commit(remaining, checks.resolve(remaining));
            state.notice = labels.get("notice.dropped", d.lost().size());
            navigator.advance();
        } else {
            state.notice = labels.get("notice.unchanged");
        }
    }

    private void records(Step.Records r, Reply reply) {
        Question group = steps.top(r.group());
        List<Item> items = Answers.items(state.answers, r.group());
        if (reply instanceof Reply.Add || reply instanceof Reply.Given g && Boolean.TRUE.equals(g.value())) {
            if (group.maxItems() != null && items.size() >= group.maxItems()) {
                state.error = labels.get("error.maxItems", group.maxItems());
                return;
            }
            List<Item> more = new ArrayList<>(items);
            more.add(new Item(items.size() + 1, state.nextLocation(), Map.of()));
            Map<String, Answer> candidate = Answers.withRecords(state.answers, r.group(), more, state.nextLocation());
            state.commit(candidate, checks.resolve(candidate));
            navigator.editRecord(r, more.size() - 1);
        } else if (reply instanceof Reply.Pick p) {
            if (p.index() < 0 || p.index() >= items.size()) {
                state.error = labels.get("error.notHere");
                return;
            }
            navigator.editRecord(r, p.index());
        } else if (reply instanceof Reply.Remove rm) {
            if (rm.index() < 0 || rm.index() >= items.size()) {
                state.error = labels.get("error.notHere");
                return;
            }
            List<Item> fewer = new ArrayList<>(items);
            fewer.remove(rm.index());
            Map<String, Answer> candidate = Answers.withRecords(state.answers, r.group(), fewer, state.nextLocation());
            state.commit(candidate, checks.resolve(candidate));
            // Steps inside this group's records now point at other records: forget them.
            state.history.removeIf(s -> s instanceof Step.Field f && f.group().equals(r.group()));
            state.notice = labels.get("notice.removed", rm.index() + 1);
        } else if (reply instanceof Reply.Done || reply instanceof Reply.Given) {
            if (group.minItems() != null && items.size() < group.minItems()) {
                state.error = labels.get("error.minItems", group.minItems());
                return;
            }
            if (Answers.at(state.answers, r) == null) {
                // "No records" is an answer: the group is known to be empty.
                Map<String, Answer> candidate = Answers.withRecords(state.answers, r.group(), List.of(), state.nextLocation());
                state.commit(candidate, checks.resolve(candidate));
            }
            navigator.advance();
        } else if (reply instanceof Reply.Skip) {
            if (group.minItems() != null && items.size() < group.minItems()) {
                state.notice = labels.get("notice.leftUnanswered");
            }
            state.skipped.add(r);
            navigator.advance();
        } else {
            state.error = labels.get("error.notHere");
        }
    }

    private void review(Reply reply) {
        List<Step> applicable = steps.applicable(state.resolved);
        if (reply instanceof Reply.Pick p) {
            if (p.index() < 0 || p.index() >= applicable.size()) {
                state.error = labels.get("error.notHere");
                return;
            }
            state.history.push(state.current);
            state.editing = true;
            state.current = applicable.get(p.index());
            state.editedFromReview = state.current;
        } else if (reply instanceof Reply.Done) {
            Map<Step, String> problems = checks.problems(state.answers);
            if (problems.isEmpty()) {
                state.history.push(state.current);
                state.current = new Step.Finished();
                return;
            }
            state.notice = labels.get("notice.fixFirst", problems.size());
            state.history.push(state.current);
            state.editing = true;
            state.current = steps.firstInOrder(problems.keySet());
        } else {
            state.error = labels.get("error.notHere");
        }
    }

    private void pickSection(Reply reply) {
        if (reply instanceof Reply.Back) {
            state.modal = null;
            return;
        }
        if (!(reply instanceof Reply.Pick p) || p.index() < 0 || p.index() >= steps.questionnaire().sections().size()) {
            state.error = labels.get("error.notHere");
            return;
        }
        for (Question question : steps.questionnaire().sections().get(p.index()).questions()) {
            Step s = steps.topStep(question.id());
            if (applies(s, state.resolved)) {
                state.modal = null;
                state.history.push(state.current);
                state.editing = false;
                state.current = s;
                return;
            }
        }
        state.error = labels.get("error.noQuestions");
    }

    private void back() {
        while (!state.history.isEmpty()) {
            Step s = state.history.pop();
            if (!s.equals(state.current) && steps.exists(s, state.resolved)) {
                state.current = s;
                if (s instanceof Step.Review) {
                    state.editing = false;
                }
                return;
            }
        }
        state.notice = labels.get("notice.first");
    }
}
