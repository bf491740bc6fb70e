package dev.csreview.assessment;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.QuestionType;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Section;
import dev.csreview.questionnaire.Validation;
import dev.csreview.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies conditions, defaults, required answers and validations to raw answers, in questionnaire order.
 * Batch mode and the interview both go through here, so a question is relevant, valid or missing in exactly
 * the same way in both.
 */
public final class AnswerResolver {
    private final Questionnaire q;

    public AnswerResolver(Questionnaire q) {
        this.q = q;
    }

    /** {@code strict}: a required answer that is missing is an error (batch); otherwise it is just missing (interview). */
    public ResolvedAnswers resolve(Map<String, Answer> raw, String sourceName, boolean strict) {
        return resolve(raw, Location.of(sourceName), strict);
    }

    /** As {@link #resolve(Map, String, boolean)}, with a required answer left out reported at {@code missingAt}. */
    public ResolvedAnswers resolve(Map<String, Answer> raw, Location missingAt, boolean strict) {
        Diagnostics out = new Diagnostics();
        Map<String, Fact> facts = new LinkedHashMap<>();
        Map<String, Answer> resolved = new LinkedHashMap<>();
        // Facts not yet reached read as their raw answers, so a forward reference is still answerable.
        for (Question question : q.topLevelQuestions()) {
            Answer a = raw.get(question.id());
            if (a != null && !question.isGroup()) {
                facts.put(question.id(), new Fact(a.value(), FactState.of(a.status()), a.source(), List.of()));
            }
        }
        for (Section section : q.sections()) {
            Condition sectionApplies = Conditions.test(section.when(), facts, null);
            for (Question question : section.questions()) {
                Answer given = raw.get(question.id());
                Condition applies = sectionApplies.truth() == Truth.FALSE
                        ? sectionApplies
                        : Conditions.test(question.when(), facts, null);
                Answer answer;
                if (applies.truth() == Truth.FALSE) {
                    if (given != null && given.status() != AnswerStatus.MISSING) {
                        out.warning(given.source(), "P020", question.id(), (section.when() != null && sectionApplies.truth() == Truth.FALSE ? section.when() : question.when()).source());
                    }
                    answer = new Answer(null, AnswerStatus.NOT_APPLICABLE, given == null ? null : given.source());
                } else {
                    // A question that only may apply (its condition reads an unknown) is asked, not required.
                    answer = settle(question, given, missingAt, strict && applies.truth() == Truth.TRUE, out);
                    if (question.isGroup() && answer.status() == AnswerStatus.ANSWERED) {
                        answer = resolveItems(question, answer, facts, strict, out);
                    }
                    validate(question, answer, facts, null, out);
                }
                resolved.put(question.id(), answer);
                facts.put(question.id(), toFact(question, answer));
            }
        }
        return new ResolvedAnswers(resolved, facts, out.list());
    }

    private Answer settle(Question question, Answer given, Location missingAt, boolean strict, Diagnostics out) {
        if (given != null && given.status() != AnswerStatus.MISSING) {
            return given;
        }
        if (question.defaultValue() != null) {
            return new Answer(defaultValue(question), AnswerStatus.DEFAULTED, question.location());
        }
        if (question.isGroup() && !question.required()) {
            // An optional list left out has no items: that is a known fact, not an unknown one.
            return new Answer(List.of(), AnswerStatus.DEFAULTED, given == null ? null : given.source());
        }
        if (question.required() && strict) {
            Location at = given != null && given.source() != null && given.source().line() > 0 ? given.source() : missingAt;
            out.error(at, question.allowUnknown() ? "P021" : "P022", question.id());
        }
        return new Answer(null, AnswerStatus.MISSING, given == null ? null : given.source());
    }

    private Answer resolveItems(Question group, Answer answer, Map<String, Fact> facts, boolean strict, Diagnostics out) {
        List<Item> items = new ArrayList<>();
        List<ItemFacts> itemFacts = new ArrayList<>();
        if (group.minItems() != null && answer.items().size() < group.minItems()) {
            out.error(answer.source(), "P023", group.id(), group.minItems());
        }
        if (group.maxItems() != null && answer.items().size() > group.maxItems()) {
            out.error(answer.source(), "P024", group.id(), group.maxItems());
        }
        for (Item item : answer.items()) {
            Map<String, Fact> fieldFacts = new LinkedHashMap<>();
            Map<String, Answer> fieldAnswers = new LinkedHashMap<>();
            for (var e : item.answers().entrySet()) {
                Answer a = e.getValue();
                fieldFacts.put(e.getKey(), new Fact(a.value(), FactState.of(a.status()), a.source(), List.of()));
            }
            ItemFacts scope = new ItemFacts(group.id(), item.index(), label(group, item), item.location(), fieldFacts);
            for (Question field : group.fields()) {
                Answer given = item.answers().get(field.id());
                Condition applies = Conditions.test(field.when(), facts, scope);
                Answer a;
                if (applies.truth() == Truth.FALSE) {
                    if (given != null && given.status() != AnswerStatus.MISSING) {
                        out.warning(given.source(), "P020", group.id() + "[" + item.index() + "]." + field.id(), field.when().source());
                    }
                    a = new Answer(null, AnswerStatus.NOT_APPLICABLE, null);
                } else {
                    Location where = item.location();
                    a = settle(field, given, where, false, out);
                    if (a.status() == AnswerStatus.MISSING && field.required() && strict && applies.truth() == Truth.TRUE) {
                        out.error(where, field.allowUnknown() ? "P021" : "P022", group.id() + "[" + item.index() + "]." + field.id());
                    }
                    validate(field, a, facts, scope, out);
                }
                fieldAnswers.put(field.id(), a);
                fieldFacts.put(field.id(), toFact(field, a));
            }
            items.add(new Item(item.index(), item.location(), fieldAnswers));
            itemFacts.add(scope);
        }
        return new Answer(List.copyOf(items), AnswerStatus.ANSWERED, answer.source());
    }

    private void validate(Question question, Answer answer, Map<String, Fact> facts, ItemFacts item, Diagnostics out) {
        if (answer.status() != AnswerStatus.ANSWERED) {
            return;
        }
        for (Validation v : question.validations()) {
            Condition c = Conditions.test(v.rule(), facts, item);
            if (c.truth() == Truth.FALSE) {
                out.error(answer.source(), "P025", question.id(), v.message().en(), v.message().zh());
            }
        }
    }

    private static String label(Question group, Item item) {
        if (group.itemLabel() != null) {
            Answer a = item.answers().get(group.itemLabel());
            if (a != null && a.value() != null) {
                return String.valueOf(a.value());
            }
        }
        return group.id() + " #" + item.index();
    }

    /** Turns a resolved answer into what expressions read; groups become lists of item scopes. */
    Fact toFact(Question question, Answer answer) {
        if (answer.status() == AnswerStatus.NOT_APPLICABLE) {
            return question.isGroup() ? new Fact(List.of(), FactState.NOT_APPLICABLE, null, List.of()) : Fact.NOT_APPLICABLE;
        }
        if (question.isGroup() && answer.status().isKnown()) {
            List<ItemFacts> items = new ArrayList<>();
            for (Item item : answer.items()) {
                Map<String, Fact> fieldFacts = new LinkedHashMap<>();
                item.answers().forEach((id, a) -> fieldFacts.put(id, new Fact(a.value(), FactState.of(a.status()), a.source(), List.of())));
                items.add(new ItemFacts(question.id(), item.index(), label(question, item), item.location(), fieldFacts));
            }
            return new Fact(List.copyOf(items), FactState.KNOWN, answer.source(), List.of());
        }
        return new Fact(answer.value(), FactState.of(answer.status()), answer.source(), List.of());
    }

    /** A questionnaire default, already type-checked by the linter, as an answer value. */
    private static Object defaultValue(Question question) {
        YNode node = (YNode) question.defaultValue();
        if (node instanceof YNode.Seq seq) {
            return seq.items().stream().map(i -> ((YNode.Scalar) i).text()).toList();
        }
        String text = ((YNode.Scalar) node).text();
        if (question.type() == QuestionType.YESNO) {
            return Boolean.parseBoolean(text) || text.equalsIgnoreCase("yes");
        }
        if (question.type() == QuestionType.INTEGER) {
            return Long.parseLong(text.replace("_", ""));
        }
        return text;
    }
}
