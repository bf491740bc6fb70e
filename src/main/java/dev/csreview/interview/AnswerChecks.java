package dev.csreview.interview;

import dev.csreview.assessment.AnswerResolver;
import dev.csreview.assessment.ResolvedAnswers;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Location;
import dev.csreview.profile.Answer;
import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What batch mode would say of a set of answers, by interview step: what is missing or invalid, and which answers a
 * change would make irrelevant. Decided by the same {@link AnswerResolver} batch mode uses.
 */
final class AnswerChecks {
    private final InterviewSteps steps;
    private final AnswerResolver resolver;
    private final Lang lang;
    private final Labels labels;
    private final AnswerText text;

    AnswerChecks(InterviewSteps steps, Lang lang, Labels labels, AnswerText text) {
        this.steps = steps;
        this.resolver = new AnswerResolver(steps.questionnaire());
        this.lang = lang;
        this.labels = labels;
        this.text = text;
    }

    ResolvedAnswers resolve(Map<String, Answer> raw) {
        return resolver.resolve(raw, Interview.SOURCE, false);
    }

    /** Required now: the question is required and its condition certainly holds (batch mode would report it missing). */
    boolean requiredNow(Map<String, Answer> answers, Step s) {
        Map<String, Answer> without = Answers.with(answers, s, null);
        return problems(without).containsKey(s);
    }

    /** The answers that {@code candidate} would make irrelevant: given, applying now, not applying after. */
    List<InterviewState.Lost> lost(Map<String, Answer> candidate, ResolvedAnswers resolved, ResolvedAnswers after) {
        List<InterviewState.Lost> out = new ArrayList<>();
        for (Step s : steps.topSteps()) {
            Question question = steps.question(s);
            Answer given = Answers.at(candidate, s);
            if (given == null) {
                continue;
            }
            if (InterviewSteps.applies(s, resolved) && !InterviewSteps.applies(s, after)) {
                out.add(new InterviewState.Lost(s, question.text().in(lang) + ": " + text.of(question, given)));
            } else if (s instanceof Step.Records r && InterviewSteps.applies(s, after)) {
                List<Item> items = Answers.items(candidate, r.group());
                for (int i = 0; i < items.size(); i++) {
                    for (Question f : question.fields()) {
                        Step.Field fs = new Step.Field(r.group(), i, f.id());
                        Answer fa = Answers.at(candidate, fs);
                        if (fa != null && InterviewSteps.applies(fs, resolved) && !InterviewSteps.applies(fs, after)) {
                            out.add(new InterviewState.Lost(fs, text.recordLabel(question, items.get(i), i) + " · " + f.text().in(lang) + ": " + text.of(f, fa)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The questionnaire's own message when the answer given at {@code where} fails one of its validations. */
    String validationError(ResolvedAnswers after, Location where) {
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
    Map<Step, String> problems(Map<String, Answer> raw) {
        ResolvedAnswers strict = resolver.resolve(raw, Interview.SOURCE, true);
        Map<Location, Step> where = new LinkedHashMap<>();
        for (Step s : steps.topSteps()) {
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
        return s.get() instanceof Step.Ask a ? steps.topStep(a.question()) : s.get();
    }
}
