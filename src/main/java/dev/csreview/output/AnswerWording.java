package dev.csreview.output;

import dev.csreview.assessment.FactRead;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.AnswerWords;
import dev.csreview.questionnaire.Computed;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import java.util.ResourceBundle;

/**
 * The facts a reading rests on, as a person reads them: the question's text (or a computed value's description) rather
 * than its id, and the value, or what is known of it. Answers themselves are worded by {@link AnswerWords}.
 */
public final class AnswerWording {
    private final Questionnaire q;
    private final Lang lang;
    private final AnswerWords words;
    private final ResourceBundle labels;

    public AnswerWording(Questionnaire q, Lang lang) {
        this.q = q;
        this.lang = lang;
        this.words = AnswerWords.in(lang);
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
            case UNKNOWN -> words.unknown();
            case MISSING -> words.unanswered();
            case NOT_APPLICABLE -> labels.getString("notApplicable");
            case LOWER_BOUND -> "≥ " + words.plain(r.value());
            case KNOWN -> {
                Question question = q.questionsById().get(r.id());
                yield question == null ? words.plain(r.value()) : words.answer(question, new Answer(r.value(), AnswerStatus.ANSWERED, null));
            }
        };
    }
}
