package dev.csreview.interview;

import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copy-on-write edits of a raw answers map, so a change can be tried and thrown away (validation, confirmation). */
final class Answers {
    private Answers() {}

    /** The answer given at a step, or null when there is none (a "key:" with no value counts as none). */
    static Answer at(Map<String, Answer> answers, Step step) {
        Answer a = null;
        if (step instanceof Step.Ask s) {
            a = answers.get(s.question());
        } else if (step instanceof Step.Records s) {
            a = answers.get(s.group());
        } else if (step instanceof Step.Field f) {
            List<Item> items = items(answers, f.group());
            a = f.item() >= 0 && f.item() < items.size() ? items.get(f.item()).answers().get(f.field()) : null;
        }
        return a == null || a.status() == AnswerStatus.MISSING ? null : a;
    }

    /** The records of a group answer, in order. */
    static List<Item> items(Map<String, Answer> answers, String group) {
        Answer a = answers.get(group);
        return a == null ? List.of() : a.items();
    }

    /** A copy with {@code answer} at {@code step}; a null answer removes it. */
    static Map<String, Answer> with(Map<String, Answer> answers, Step step, Answer answer) {
        Map<String, Answer> out = new LinkedHashMap<>(answers);
        String id = step instanceof Step.Ask s ? s.question() : step instanceof Step.Records r ? r.group() : null;
        if (id != null) {
            if (answer == null) {
                out.remove(id);
            } else {
                out.put(id, answer);
            }
        } else if (step instanceof Step.Field f) {
            List<Item> items = new ArrayList<>(items(answers, f.group()));
            Item item = items.get(f.item());
            Map<String, Answer> fields = new LinkedHashMap<>(item.answers());
            if (answer == null) {
                fields.remove(f.field());
            } else {
                fields.put(f.field(), answer);
            }
            items.set(f.item(), new Item(item.index(), item.location(), fields));
            out.put(f.group(), new Answer(List.copyOf(items), AnswerStatus.ANSWERED, answers.get(f.group()).source()));
        }
        return out;
    }

    /** A copy whose group has exactly these records, numbered 1.. in order (as a profile numbers them). */
    static Map<String, Answer> withRecords(Map<String, Answer> answers, String group, List<Item> records, dev.csreview.diagnostic.Location where) {
        List<Item> numbered = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Item it = records.get(i);
            numbered.add(new Item(i + 1, it.location(), it.answers()));
        }
        Answer old = answers.get(group);
        Map<String, Answer> out = new LinkedHashMap<>(answers);
        out.put(group, new Answer(List.copyOf(numbered), AnswerStatus.ANSWERED, old != null && old.source() != null ? old.source() : where));
        return out;
    }

    /** Drops "key:" entries with no value, everywhere, and renumbers records; what a resumed session starts from. */
    static Map<String, Answer> given(Map<String, Answer> answers) {
        Map<String, Answer> out = new LinkedHashMap<>();
        for (var e : answers.entrySet()) {
            Answer a = e.getValue();
            if (a == null || a.status() == AnswerStatus.MISSING) {
                continue;
            }
            if (a.value() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Item) {
                List<Item> items = new ArrayList<>();
                for (Item it : a.items()) {
                    Map<String, Answer> fields = new LinkedHashMap<>();
                    it.answers().forEach((k, v) -> {
                        if (v != null && v.status() != AnswerStatus.MISSING) {
                            fields.put(k, v);
                        }
                    });
                    items.add(new Item(items.size() + 1, it.location(), fields));
                }
                a = new Answer(List.copyOf(items), a.status(), a.source());
            }
            out.put(e.getKey(), a);
        }
        return out;
    }
}
