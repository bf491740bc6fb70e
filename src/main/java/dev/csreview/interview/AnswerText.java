package dev.csreview.interview;

import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Choice;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import java.util.List;

/** An answer as the user reads it: choice labels instead of ids, yes/no in their language, the unit after a number. */
final class AnswerText {
    private final Labels labels;
    private final Lang lang;

    AnswerText(Labels labels) {
        this.labels = labels;
        this.lang = labels.lang();
    }

    String of(Question q, Answer a) {
        if (a == null || a.status() == AnswerStatus.MISSING || a.status() == AnswerStatus.NOT_APPLICABLE) {
            return labels.get("unanswered");
        }
        if (a.status() == AnswerStatus.UNKNOWN) {
            return labels.get("unknown");
        }
        return value(q, a.value());
    }

    String value(Question q, Object v) {
        if (q.isGroup()) {
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
        if (v instanceof Boolean b) {
            return labels.get(b ? "yes" : "no");
        }
        if (v instanceof List<?> list) {
            if (list.isEmpty()) {
                return labels.get("none");
            }
            StringBuilder s = new StringBuilder();
            for (Object o : list) {
                s.append(s.length() > 0 ? labels.listSeparator() : "").append(choice(q, String.valueOf(o)));
            }
            return s.toString();
        }
        if (v instanceof Long n) {
            String unit = q.unit() == null || q.unit().isEmpty() ? "" : labels.get("unit.space") + q.unit().in(lang);
            // Grouped as people check a figure: 6,500,000 rather than 6500000.
            return String.format(java.util.Locale.ROOT, "%,d", n) + unit;
        }
        String s = String.valueOf(v);
        return q.choices().isEmpty() ? s : choice(q, s);
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

    private String choice(Question q, String id) {
        Choice c = q.choice(id);
        return c == null ? id : c.text().in(lang);
    }
}
