package dev.csreview.interview;

import dev.csreview.profile.WrittenNumbers;
import dev.csreview.questionnaire.Question;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a prompter returned into an answer value of the question's type, the way the profile loader types a
 * profile: yes/no as Boolean, choice ids that exist, whole numbers within min and max, ISO dates, non-blank text.
 */
final class InputParser {
    private final Labels labels;

    InputParser(Labels labels) {
        this.labels = labels;
    }

    /** A typed value, or the message saying why the input is not one. */
    record Parsed(Object value, String error) {
        static Parsed ok(Object value) {
            return new Parsed(value, null);
        }

        static Parsed fail(String error) {
            return new Parsed(null, error);
        }
    }

    Parsed parse(Question q, Object given) {
        if (given == null) {
            return Parsed.fail(labels.get("error.empty"));
        }
        return switch (q.type()) {
            case YESNO -> yesNo(q, given);
            case SINGLE -> single(q, given);
            case MULTI -> multi(q, given);
            case INTEGER -> integer(q, given);
            case TEXT -> text(given);
            case DATE -> date(given);
            case GROUP -> Parsed.fail(labels.get("error.notHere"));
        };
    }

    private Parsed yesNo(Question q, Object given) {
        if (given instanceof Boolean b) {
            return Parsed.ok(b);
        }
        String t = String.valueOf(given).strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "y", "yes", "true", "是" -> Parsed.ok(Boolean.TRUE);
            case "n", "no", "false", "否" -> Parsed.ok(Boolean.FALSE);
            // Every valid answer is named, "unknown" included where the question takes it.
            default -> Parsed.fail(labels.get(q.allowUnknown() ? "error.yesno.unknown" : "error.yesno"));
        };
    }

    private Parsed single(Question q, Object given) {
        String id = String.valueOf(given).strip();
        return q.choice(id) != null ? Parsed.ok(id) : Parsed.fail(labels.get("error.choice", id));
    }

    private Parsed multi(Question q, Object given) {
        if (!(given instanceof List<?> list)) {
            return Parsed.fail(labels.get("error.choice", given));
        }
        List<String> picked = new ArrayList<>();
        for (Object o : list) {
            String id = String.valueOf(o);
            if (q.choice(id) == null) {
                return Parsed.fail(labels.get("error.choice", id));
            }
            if (!picked.contains(id)) {
                picked.add(id);
            }
        }
        // Stored in the questionnaire's order, so the same choices always read back the same.
        List<String> ordered = q.choices().stream().map(c -> c.id()).filter(picked::contains).toList();
        return Parsed.ok(ordered);
    }

    private Parsed integer(Question q, Object given) {
        long v;
        if (given instanceof Long l) {
            v = l;
        } else {
            // The same written forms a profile takes: 3,200,000, 3 200 000, full-width ３２０００００.
            String t = WrittenNumbers.digits(String.valueOf(given));
            try {
                v = Long.parseLong(String.valueOf(t));
            } catch (NumberFormatException e) {
                // A whole number too long for a long is not mistyped: say it is too large, as a profile's P015 does.
                if (t != null && t.matches("[+-]?\\d+")) {
                    return Parsed.fail(q.min() != null && q.max() != null ? labels.get("error.range", q.min(), q.max())
                            : labels.get("error.tooLarge", String.valueOf(Long.MAX_VALUE)));
                }
                return Parsed.fail(labels.get("error.integer"));
            }
        }
        if (q.min() != null && q.max() != null && (v < q.min() || v > q.max())) {
            return Parsed.fail(labels.get("error.range", q.min(), q.max()));
        }
        if (q.min() != null && v < q.min()) {
            return Parsed.fail(labels.get("error.min", q.min()));
        }
        if (q.max() != null && v > q.max()) {
            return Parsed.fail(labels.get("error.max", q.max()));
        }
        return Parsed.ok(v);
    }

    private Parsed text(Object given) {
        String t = String.valueOf(given).strip();
        return t.isEmpty() ? Parsed.fail(labels.get("error.empty")) : Parsed.ok(t);
    }

    private Parsed date(Object given) {
        try {
            return Parsed.ok(LocalDate.parse(String.valueOf(given).strip()).toString());
        } catch (DateTimeParseException e) {
            return Parsed.fail(labels.get("error.date"));
        }
    }
}
