package dev.csreview.profile;

import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import java.util.List;
import java.util.Map;

/**
 * Writes answers as a profile that {@code csreview assess} reads back unchanged: questionnaire order, each
 * question's text as a comment, {@code unknown} for unknown answers, unanswered and not-applicable questions
 * left out. Deterministic: the same answers give the same bytes.
 */
public final class ProfileWriter {
    private final Questionnaire q;
    private final Lang lang;

    public ProfileWriter(Questionnaire q, Lang lang) {
        this.q = q;
        this.lang = lang;
    }

    public String write(Map<String, Answer> answers) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(oneLine(q.title().in(lang))).append('\n');
        out.append("questionnaire: ").append(q.id()).append('\n');
        out.append("version: ").append(scalar(q.version())).append('\n');
        out.append("answers:\n");
        for (Question question : q.topLevelQuestions()) {
            Answer a = answers.get(question.id());
            if (!written(a)) {
                continue;
            }
            out.append("  # ").append(oneLine(question.text().in(lang))).append('\n');
            if (question.isGroup()) {
                out.append("  ").append(question.id()).append(":");
                if (a.items().isEmpty()) {
                    out.append(" []\n");
                    continue;
                }
                out.append('\n');
                for (Item item : a.items()) {
                    boolean first = true;
                    for (Question field : question.fields()) {
                        Answer fa = item.answers().get(field.id());
                        if (!written(fa)) {
                            continue;
                        }
                        out.append(first ? "    - " : "      ").append(field.id()).append(": ").append(value(fa)).append('\n');
                        first = false;
                    }
                    if (first) {
                        out.append("    - {}\n");
                    }
                }
            } else {
                out.append("  ").append(question.id()).append(": ").append(value(a)).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean written(Answer a) {
        return a != null && (a.status() == AnswerStatus.ANSWERED || a.status() == AnswerStatus.UNKNOWN);
    }

    private static String value(Answer a) {
        if (a.status() == AnswerStatus.UNKNOWN) {
            return ProfileLoader.UNKNOWN;
        }
        Object v = a.value();
        if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (v instanceof Long l) {
            return Long.toString(l);
        }
        if (v instanceof List<?> list) {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                s.append(i > 0 ? ", " : "").append(scalar(String.valueOf(list.get(i))));
            }
            return s.append(']').toString();
        }
        return scalar(String.valueOf(v));
    }

    /**
     * The {@code evidence:} block for these sources (empty text when there are none), each value double-quoted: a
     * session or an updated profile carries the sources it was given, so that an interview never drops them.
     */
    public static String evidence(Map<String, Evidence> sources) {
        if (sources.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("evidence:\n");
        for (var e : sources.entrySet()) {
            Evidence v = e.getValue();
            s.append("  ").append(e.getKey()).append(": {document: ").append(scalar(v.document()));
            if (v.date() != null) {
                s.append(", date: ").append(scalar(v.date()));
            }
            if (v.holder() != null) {
                s.append(", holder: ").append(scalar(v.holder()));
            }
            s.append("}\n");
        }
        return s.toString();
    }

    /** Always double-quoted, so that no text (yes, 0755, "unknown", #, :) changes meaning when read back. */
    static String scalar(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
