package dev.csreview.output;

import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Instrument;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.StringSubstitutor;

/** Renders citations in a reader's language using each instrument's own {@code article_format}. */
public final class Citations {
    private Citations() {}

    /** format + article → text: a batch renders the same few hundred citations for every profile. Bounded for hostile files. */
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();
    private static final int MAX_RENDERED = 10_000;

    public static String render(Questionnaire q, List<Citation> cites, Lang lang) {
        // A loop, not a stream: every finding of every profile in a batch comes through here.
        Set<String> rendered = new LinkedHashSet<>();
        for (Citation c : cites) {
            rendered.add(render(q, c, lang));
        }
        return String.join("; ", rendered);
    }

    public static String render(Questionnaire q, Citation c, Lang lang) {
        Instrument instrument = q.instruments().get(c.instrument());
        if (instrument == null || instrument.articleFormat().isEmpty()) {
            return c.ref();
        }
        String article = c.article() + (c.item() == null ? "" : "(" + c.item() + ")");
        String format = instrument.articleFormat().in(lang);
        String key = format + '\u0000' + article;
        String cached = RENDERED.get(key);
        if (cached != null) {
            return cached;
        }
        StringSubstitutor sub = new StringSubstitutor(Map.of("article", article));
        sub.setDisableSubstitutionInValues(true);
        String text = sub.replace(format);
        if (RENDERED.size() < MAX_RENDERED) {
            RENDERED.put(key, text);
        }
        return text;
    }
}
