package dev.csreview.questionnaire;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of question a questionnaire can ask. */
public enum QuestionType {
    YESNO,
    SINGLE,
    MULTI,
    INTEGER,
    TEXT,
    DATE,
    GROUP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(QuestionType::id).toList();
    }
}
