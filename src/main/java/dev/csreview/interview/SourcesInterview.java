package dev.csreview.interview;

import dev.csreview.profile.Answer;
import dev.csreview.profile.Evidence;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.QuestionType;
import dev.csreview.questionnaire.Questionnaire;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * After the review ({@code interview --sources}): for each fact the conclusions rest on that has no source yet, where
 * it comes from, typed as "document; date; who holds it" (Enter passes a fact by). Each source is saved as it is
 * given; the package numbers the documents as exhibits and cites them where the facts are stated.
 */
public final class SourcesInterview {
    /** Saves the sources given so far (the session file), so an interrupted run loses none. */
    public interface Save {
        void sources(Map<String, Evidence> sources) throws IOException;
    }

    private final Questionnaire q;
    private final Lang lang;
    private final Labels labels;
    private final AnswerText text;

    public SourcesInterview(Questionnaire q, Lang lang, Labels labels) {
        this.q = q;
        this.lang = lang;
        this.labels = labels;
        this.text = new AnswerText(labels);
    }

    /** Asks for the sources of {@code facts} (question ids) not in {@code known}; returns all sources, in order given. */
    public Map<String, Evidence> ask(Prompter prompter, List<String> facts, Map<String, Answer> answers, Map<String, Evidence> known, Save save)
            throws IOException {
        Map<String, Evidence> sources = new LinkedHashMap<>(known);
        List<String> open = facts.stream().filter(id -> !known.containsKey(id)).toList();
        for (int i = 0; i < open.size(); i++) {
            Question question = q.questionsById().get(open.get(i));
            String said = text.of(question, answers.get(question.id()));
            QuestionScreen screen = new QuestionScreen(new Progress(1, 1, labels.get("sources.title"), i + 1, open.size()), null, question.id(),
                    QuestionType.TEXT, labels.get("sources.ask", question.text().in(lang), said), labels.get("sources.help"), null, null, null,
                    List.of(), false, false, List.of(), null, false, false, null, null, null, null);
            Reply reply = prompter.ask(screen);
            if (reply instanceof Reply.Given g && g.value() instanceof String written) {
                Evidence e = parse(written, question.id());
                if (e != null) {
                    sources.put(question.id(), e);
                    save.sources(sources);
                }
            }
        }
        return sources;
    }

    /** "document; date; holder" (full-width ； too); only the document is needed. Null for an empty line. */
    static Evidence parse(String written, String question) {
        String[] parts = written.split("[;；]", 3);
        String document = parts[0].strip();
        if (document.isEmpty()) {
            return null;
        }
        String date = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
        String holder = parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null;
        return new Evidence(document, date, holder, new dev.csreview.diagnostic.Location(Interview.SOURCE, 0, 0));
    }
}
