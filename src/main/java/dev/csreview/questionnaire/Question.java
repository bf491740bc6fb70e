package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;
import java.util.List;

/**
 * One question. For {@link QuestionType#GROUP} the answer is a list of items, each answering
 * {@code fields}; {@code itemLabel} names the field that identifies an item in reasons and documents.
 */
public record Question(
        String id,
        QuestionType type,
        Text text,
        Text help,
        List<Citation> cites,
        Expr when,
        boolean required,
        boolean allowUnknown,
        Object defaultValue,
        List<Choice> choices,
        Long min,
        Long max,
        Text unit,
        List<Validation> validations,
        List<Question> fields,
        String itemLabel,
        Integer minItems,
        Integer maxItems,
        Location location) {

    public boolean isGroup() {
        return type == QuestionType.GROUP;
    }

    public Choice choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst().orElse(null);
    }
}
