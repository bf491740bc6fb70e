package dev.csreview.interview;

import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.AnswerWords;
import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import java.util.List;

/**
 * An answer on the interview's screens: worded as everywhere ({@link AnswerWords}), dates included, except what is
 * the interview's own: "unknown" in the word its menus offer, and a group as its records ("2 records: A, B").
 */
final class AnswerText {
    private final Labels labels;
    private final Lang lang;
    private final AnswerWords words;

    AnswerText(Labels labels) {
        this.labels = labels;
        this.lang = labels.lang();
        this.words = AnswerWords.in(lang);
    }

    String of(Question q, Answer a) {
        if (a == null || a.status() == AnswerStatus.MISSING || a.status() == AnswerStatus.NOT_APPLICABLE) {
            return unanswered();
        }
        if (a.status() == AnswerStatus.UNKNOWN) {
            return labels.get("unknown");
        }
        return value(q, a.value());
    }

    String value(Question q, Object v) {
        if (!q.isGroup()) {
            return words.value(q, v);
        }
        List<Item> items = v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Item ? new Answer(v, AnswerStatus.ANSWERED, null).items() : List.of();
        if (items.isEmpty()) {
            return labels.get("none");
        }
        StringBuilder s = new StringBuilder(labels.get("records", items.size())).append(": ");
        for (int i = 0; i < items.size(); i++) {
            s.append(i > 0 ? labels.listSeparator() : "").append(recordLabel(q, items.get(i), i));
        }
        return s.toString();
    }

    /** What a question shows while it has no answer. */
    String unanswered() {
        return words.unanswered();
    }

    /** How a record is named: its label field when answered, else "Items #2". */
    String recordLabel(Question group, Item item, int index) {
        if (group.itemLabel() != null) {
            Answer a = item.answers().get(group.itemLabel());
            if (a != null && a.status() == AnswerStatus.ANSWERED && a.value() != null) {
                return String.valueOf(a.value());
            }
        }
        return labels.get("record", group.text().in(lang), index + 1);
    }
}
