package dev.csreview.interview;

import dev.csreview.assessment.ResolvedAnswers;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A questionnaire's questions as the interview's steps: the top-level steps in order, the question and section
 * behind each step, and which steps apply to a set of resolved answers.
 */
final class InterviewSteps {
    private final Questionnaire q;
    private final Map<String, Question> top = new LinkedHashMap<>();
    private final Map<String, Section> sectionOf = new LinkedHashMap<>();
    private final List<Step> topSteps = new ArrayList<>();

    InterviewSteps(Questionnaire q) {
        this.q = q;
        for (Section s : q.sections()) {
            for (Question question : s.questions()) {
                top.put(question.id(), question);
                sectionOf.put(question.id(), s);
                topSteps.add(question.isGroup() ? new Step.Records(question.id()) : new Step.Ask(question.id()));
            }
        }
    }

    Questionnaire questionnaire() {
        return q;
    }

    /** Every top-level step (a question, or a group's record list), in the questionnaire's order. */
    List<Step> topSteps() {
        return Collections.unmodifiableList(topSteps);
    }

    /** The top-level question (or group) of that id, or null. */
    Question top(String id) {
        return top.get(id);
    }

    Section sectionOf(Question question) {
        return sectionOf.get(question.id());
    }

    Step topStep(String id) {
        Question question = top.get(id);
        if (question == null) {
            return null;
        }
        return question.isGroup() ? new Step.Records(id) : new Step.Ask(id);
    }

    Question question(Step s) {
        if (s instanceof Step.Field f) {
            return field(top.get(f.group()), f.field());
        }
        return top.get(s instanceof Step.Ask a ? a.question() : ((Step.Records) s).group());
    }

    static Question field(Question group, String id) {
        return group.fields().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    /** A step of this questionnaire that applies now: a resumed session or the way back may name one that does not. */
    boolean exists(Step s, ResolvedAnswers resolved) {
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

    static boolean applies(Step s, ResolvedAnswers r) {
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

    List<Step> applicable(ResolvedAnswers resolved) {
        return topSteps.stream().filter(s -> applies(s, resolved)).toList();
    }

    Answer resolvedAt(Step s, ResolvedAnswers resolved) {
        if (s instanceof Step.Field f) {
            Answer g = resolved.answers().get(f.group());
            return g == null || f.item() >= g.items().size() ? null : g.items().get(f.item()).answers().get(f.field());
        }
        return resolved.answers().get(question(s).id());
    }

    /** The first of {@code steps} in the questionnaire's order; the review if none. */
    Step firstInOrder(Set<Step> steps) {
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
}
