package dev.csreview.output;

import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Instrument;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.text.StringSubstitutor;

/** Renders citations in a reader's language using each instrument's own {@code article_format}. */
public final class Citations {
    private Citations() {}

    public static String render(Questionnaire q, List<Citation> cites, Lang lang) {
        return cites.stream().map(c -> render(q, c, lang)).distinct().collect(Collectors.joining("; "));
    }

    public static String render(Questionnaire q, Citation c, Lang lang) {
        Instrument instrument = q.instruments().get(c.instrument());
        if (instrument == null || instrument.articleFormat().isEmpty()) {
            return c.ref();
        }
        String article = c.article() + (c.item() == null ? "" : "(" + c.item() + ")");
        StringSubstitutor sub = new StringSubstitutor(Map.of("article", article));
        sub.setDisableSubstitutionInValues(true);
        return sub.replace(instrument.articleFormat().in(lang));
    }
}
