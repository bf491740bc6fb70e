package dev.csreview.interview;

import static dev.csreview.interview.InterviewSteps.applies;

import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Question;
import java.util.List;
import java.util.Optional;

/**
 * Moves the interview on: to the next step that applies (when editing, only to what is still open or, after a
 * migration, what it asks again), into a record, or to where a resumed session stood.
 */
final class Navigator {
    private final InterviewState state;
    private final InterviewSteps steps;

    Navigator(InterviewState state, InterviewSteps steps) {
        this.state = state;
        this.steps = steps;
    }

    void advance() {
        state.history.push(state.current);
        state.current = next(state.current);
    }

    private Step next(Step step) {
        if (step instanceof Step.Field f) {
            Question group = steps.top(f.group());
            return nextField(f.group(), f.item(), group.fields().indexOf(InterviewSteps.field(group, f.field())) + 1).orElse(new Step.Records(f.group()));
        }
        return nextTop(steps.topSteps().indexOf(step) + 1);
    }

    /** The next top-level step from {@code from}: any that applies, or, when editing, only what is still open. */
    private Step nextTop(int from) {
        List<Step> topSteps = steps.topSteps();
        for (int k = from; k < topSteps.size(); k++) {
            Step s = topSteps.get(k);
            if (!applies(s, state.resolved)) {
                continue;
            }
            if (!state.editing) {
                return s;
            }
            Optional<Step> open = state.focus != null ? focused(s) : open(s);
            if (open.isPresent()) {
                return open.get();
            }
        }
        // The new and changed questions are done: from the review on, the interview is an ordinary one.
        state.focus = null;
        return new Step.Review();
    }

    /** The step at or inside {@code s} that the focus asks: a focused question, or a focused field not yet answered. */
    private Optional<Step> focused(Step s) {
        if (s instanceof Step.Ask a) {
            return state.focus.contains(a.question()) ? Optional.of(s) : Optional.empty();
        }
        if (s instanceof Step.Records r) {
            if (state.focus.contains(r.group())) {
                return Optional.of(s);
            }
            List<Item> items = Answers.items(state.answers, r.group());
            for (int i = 0; i < items.size(); i++) {
                for (Question f : steps.top(r.group()).fields()) {
                    Step.Field step = new Step.Field(r.group(), i, f.id());
                    if (state.focus.contains(f.id()) && applies(step, state.resolved) && Answers.at(state.answers, step) == null && !state.skipped.contains(step)) {
                        return Optional.of(step);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first step at or inside {@code s} that applies and has no answer yet (and was not skipped). */
    private Optional<Step> open(Step s) {
        if (Answers.at(state.answers, s) == null) {
            return state.skipped.contains(s) ? Optional.empty() : Optional.of(s);
        }
        if (s instanceof Step.Records r) {
            Question group = steps.top(r.group());
            List<Item> items = Answers.items(state.answers, r.group());
            for (int i = 0; i < items.size(); i++) {
                for (Question f : group.fields()) {
                    Step.Field step = new Step.Field(r.group(), i, f.id());
                    if (applies(step, state.resolved) && Answers.at(state.answers, step) == null && !state.skipped.contains(step)) {
                        return Optional.of(step);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Step> nextField(String group, int item, int fromField) {
        List<Question> fields = steps.top(group).fields();
        for (int k = fromField; k < fields.size(); k++) {
            Step.Field step = new Step.Field(group, item, fields.get(k).id());
            if (applies(step, state.resolved)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** Where to start: the step of {@code key} if it still applies, else the first question not yet answered. */
    Step resumeStep(String key) {
        Optional<Step> wanted = Step.parse(key).map(s -> s instanceof Step.Ask a ? steps.topStep(a.question()) : s);
        Step start = wanted.filter(s -> s != null && steps.exists(s, state.resolved)).orElse(null);
        if (start == null) {
            boolean was = state.editing;
            state.editing = true;
            start = nextTop(0);
            state.editing = was;
        }
        // "Back" after resuming walks the questions before the resume point.
        Step at = start instanceof Step.Field f ? new Step.Records(f.group()) : start;
        for (Step s : steps.applicable(state.resolved)) {
            if (s.equals(at)) {
                break;
            }
            state.history.push(s);
        }
        return start;
    }

    /** Opens record {@code index} of the group at its first field that applies. */
    void editRecord(Step.Records r, int index) {
        Optional<Step> first = nextField(r.group(), index, 0);
        if (first.isPresent()) {
            state.history.push(state.current);
            state.current = first.get();
        }
    }
}
