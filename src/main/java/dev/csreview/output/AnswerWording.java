package dev.csreview.output;

import dev.csreview.messages.Punctuation;
import dev.csreview.assessment.FactRead;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.questionnaire.Choice;
import dev.csreview.questionnaire.Computed;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.QuestionType;
import dev.csreview.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Answers and facts as a person reads them, in one language: the question's text (or a computed value's
 * description) rather than its id, choice labels rather than choice ids, yes/no in words, counts with thousands
 * separators and the question's unit. One wording for the text report and the documents.
 */
public final class AnswerWording {
    private final Questionnaire q;
    private final Lang lang;
    private final ResourceBundle labels;

    public AnswerWording(Questionnaire q, Lang lang) {
        this.q = q;
        this.lang = lang;
        this.labels = dev.csreview.messages.Messages.bundle("dev.csreview.output.labels", lang.locale());
    }

    /** What the fact is: the question asked, or what the computed value means; the id when neither is known. */
    public String name(FactRead r) {
        Question question = q.questionsById().get(r.id());
        if (question != null) {
            return question.text().in(lang);
        }
        for (Computed c : q.computed()) {
            if (c.id().equals(r.id())) {
                return c.description().in(lang);
            }
        }
        return r.id();
    }

    /** The fact's value in words, or what is known of it (unknown, unanswered, not applicable, at least …). */
    public String value(FactRead r) {
        return switch (r.state()) {
            case UNKNOWN -> label("unknown");
            case MISSING -> label("unanswered");
            case NOT_APPLICABLE -> label("notApplicable");
            case LOWER_BOUND -> "≥ " + plain(r.value());
            case KNOWN -> {
                Question question = q.questionsById().get(r.id());
                yield question == null ? plain(r.value()) : answer(question, new Answer(r.value(), AnswerStatus.ANSWERED, null));
            }
        };
    }

    /** An answer to {@code question} in words. */
    public String answer(Question question, Answer ans) {
        if (ans.status() == AnswerStatus.UNKNOWN) {
            return label("unknown");
        }
        if (ans.status() == AnswerStatus.MISSING || ans.value() == null) {
            return label("unanswered");
        }
        Object v = ans.value();
        if (v instanceof Boolean b) {
            return label(b ? "yes" : "no");
        }
        if (v instanceof String s && question.choice(s) != null) {
            return question.choice(s).text().in(lang);
        }
        if (v instanceof List<?> list && !question.isGroup()) {
            List<String> names = new ArrayList<>();
            for (Object o : list) {
                Choice c = question.choice(String.valueOf(o));
                names.add(c == null ? String.valueOf(o) : c.text().in(lang));
            }
            return String.join(Punctuation.of(lang.locale()).list(), names);
        }
        if (question.type() == QuestionType.DATE) {
            try {
                return date(v instanceof LocalDate d ? d : LocalDate.parse(String.valueOf(v)));
            } catch (DateTimeParseException e) {
                return plain(v);
            }
        }
        if (v instanceof Long l) {
            String unit = question.unit().in(lang);
            // Chinese writes a unit straight after the number (6,500,000人); English spaces it.
            return grouped(l) + (unit.isEmpty() ? "" : Punctuation.of(lang.locale()).space() + unit);
        }
        return plain(v);
    }

    /** A value with no question to word it by (a computed value). */
    public String plain(Object v) {
        if (v == null) {
            return label("unanswered");
        }
        if (v instanceof Long l) {
            return grouped(l);
        }
        if (v instanceof Boolean b) {
            return label(b ? "yes" : "no");
        }
        if (v instanceof List<?> l && !l.isEmpty() && !(l.get(0) instanceof String)) {
            return l.size() + " " + label("items");
        }
        return String.valueOf(v);
    }

    /** A date in the pattern the language's labels give ({@code date.pattern}): 2026年12月4日, 4 December 2026. */
    public String date(LocalDate d) {
        return DateTimeFormatter.ofPattern(label("date.pattern"), lang.locale()).format(d);
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private String label(String key) {
        return labels.getString(key);
    }
}
