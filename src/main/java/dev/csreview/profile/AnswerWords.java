package dev.csreview.profile;

import dev.csreview.messages.Messages;
import dev.csreview.messages.Punctuation;
import dev.csreview.questionnaire.Choice;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.QuestionType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * An answer as a person reads it, in one language: yes/no in words, choice labels rather than ids, lists joined with
 * the language's punctuation, numbers grouped (6,500,000) with the question's unit, dates as the language writes
 * them (2026年12月4日, 4 December 2026). One wording for the documents, the text report and the interview's screens;
 * the words are profile/answers.
 */
public final class AnswerWords {
    // One holder per language: a run in one language reads only its own words (start-up time, docs/performance.md).
    private static final class Chinese {
        static final AnswerWords VALUE = new AnswerWords(Lang.ZH);
    }

    private static final class English {
        static final AnswerWords VALUE = new AnswerWords(Lang.EN);
    }

    private final Lang lang;
    private final ResourceBundle words;
    private final Punctuation punctuation;
    private final DateTimeFormatter datePattern;

    private AnswerWords(Lang lang) {
        this.lang = lang;
        this.words = Messages.bundle("dev.csreview.profile.answers", lang.locale());
        this.punctuation = Punctuation.of(lang.locale());
        this.datePattern = datePattern(word("date.pattern"), words.containsKey("date.months") ? word("date.months") : null, lang);
    }

    /**
     * The language's date pattern, its month names ({@code MMMM}) taken from the words' {@code date.months} when
     * given: the JDK's own names come from its locale data, which costs a short run ≈ 7 ms to load on first use
     * (docs/performance.md).
     */
    static DateTimeFormatter datePattern(String pattern, String months, Lang lang) {
        if (months == null || !pattern.contains("MMMM")) {
            return DateTimeFormatter.ofPattern(pattern, lang.locale());
        }
        String[] names = months.split(",");
        if (names.length != 12) {
            throw new IllegalStateException("profile/answers date.months: 12 names expected, found " + names.length);
        }
        Map<Long, String> byNumber = new HashMap<>();
        for (int m = 0; m < 12; m++) {
            byNumber.put(m + 1L, names[m].strip());
        }
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        String[] parts = pattern.split("MMMM", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                builder.appendText(ChronoField.MONTH_OF_YEAR, byNumber);
            }
            if (!parts[i].isEmpty()) {
                builder.appendPattern(parts[i]);
            }
        }
        return builder.toFormatter(lang.locale());
    }

    /** The wording of {@code lang}. */
    public static AnswerWords in(Lang lang) {
        return lang == Lang.ZH ? Chinese.VALUE : English.VALUE;
    }

    /** An answer to {@code question} in words: its value, or "unknown" / "not answered" (never "no"). */
    public String answer(Question question, Answer answer) {
        if (answer.status() == AnswerStatus.UNKNOWN) {
            return unknown();
        }
        if (answer.status() == AnswerStatus.MISSING) {
            return unanswered();
        }
        return value(question, answer.value());
    }

    /** A value given to {@code question}, in words. */
    public String value(Question question, Object v) {
        if (v instanceof String s && question.choice(s) != null) {
            return question.choice(s).text().in(lang);
        }
        if (v instanceof List<?> list && !question.isGroup()) {
            List<String> names = new ArrayList<>();
            for (Object o : list) {
                Choice c = question.choice(String.valueOf(o));
                names.add(c == null ? String.valueOf(o) : c.text().in(lang));
            }
            return names.isEmpty() ? word("none") : String.join(punctuation.list(), names);
        }
        if (v != null && question.type() == QuestionType.DATE) {
            try {
                return date(v instanceof LocalDate d ? d : LocalDate.parse(String.valueOf(v)));
            } catch (DateTimeParseException e) {
                return plain(v);
            }
        }
        if (v instanceof Long n) {
            String unit = question.unit() == null ? "" : question.unit().in(lang);
            // Chinese writes a unit straight after the number (6,500,000人); English spaces it.
            return grouped(n) + (unit.isEmpty() ? "" : punctuation.space() + unit);
        }
        return plain(v);
    }

    /** A value with no question to word it by (a computed value, a group's records counted). */
    public String plain(Object v) {
        if (v == null) {
            return unanswered();
        }
        if (v instanceof Long n) {
            return grouped(n);
        }
        if (v instanceof Boolean b) {
            return word(b ? "yes" : "no");
        }
        if (v instanceof List<?> l && l.isEmpty()) {
            return word("none");
        }
        if (v instanceof List<?> l && !(l.get(0) instanceof String)) {
            return l.size() + " " + word("items");
        }
        return String.valueOf(v);
    }

    /** What a fact the user does not know is called: "unknown", a word of its own, never "no". */
    public String unknown() {
        return word("unknown");
    }

    /** What a question shows while it has no answer. */
    public String unanswered() {
        return word("unanswered");
    }

    /** A date in the pattern of the language's words ({@code date.pattern}). */
    public String date(LocalDate d) {
        return datePattern.format(d);
    }

    private static String grouped(long n) {
        // Grouped as people check a figure: 6,500,000 rather than 6500000.
        return String.format(Locale.ROOT, "%,d", n);
    }

    private String word(String key) {
        return words.getString(key);
    }
}
