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
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.text.StringSubstitutor;

/** Renders citations in a reader's language using each instrument's own {@code article_format}. */
public final class Citations {
    private Citations() {}

    /**
     * format → citation ref → text: a batch renders the same few hundred citations for every profile (a look-up builds
     * only the short ref, no key of its own). Bounded for hostile files.
     */
    private static final Map<String, Map<String, String>> RENDERED = new ConcurrentHashMap<>();
    private static final AtomicInteger RENDERED_COUNT = new AtomicInteger();
    private static final int MAX_RENDERED = 10_000;

    public static String render(Questionnaire q, List<Citation> cites, Lang lang) {
        // A loop, not a stream: every finding of every profile in a batch comes through here.
        Set<String> rendered = new LinkedHashSet<>();
        for (Citation c : cites) {
            rendered.add(render(q, c, lang));
        }
        return String.join(separator(lang), rendered);
    }

    /** Citations given as refs ({@code law:3(2)}, as package.yaml's review clock has them), rendered alike. */
    public static String renderRefs(Questionnaire q, List<String> refs, Lang lang) {
        Set<String> rendered = new LinkedHashSet<>();
        for (String ref : refs) {
            Citation c = q == null ? null : parse(ref);
            rendered.add(c == null ? ref : render(q, c, lang));
        }
        return String.join(separator(lang), rendered);
    }

    /** Chinese text separates with a full-width semicolon. */
    private static String separator(Lang lang) {
        return lang == Lang.ZH ? "；" : "; ";
    }

    /** A ref as a citation; null if it is none (no instrument). */
    private static Citation parse(String ref) {
        String[] parts = ref.split(":", 2);
        if (parts.length != 2) {
            return null;
        }
        String article = parts[1];
        String item = null;
        int paren = article.indexOf('(');
        if (paren > 0 && article.endsWith(")")) {
            item = article.substring(paren + 1, article.length() - 1);
            article = article.substring(0, paren);
        }
        return new Citation(parts[0], article, item, null);
    }

    public static String render(Questionnaire q, Citation c, Lang lang) {
        Instrument instrument = q.instruments().get(c.instrument());
        if (instrument == null || instrument.articleFormat().isEmpty()) {
            return c.ref();
        }
        boolean ofItem = c.item() != null && !instrument.itemFormat().isEmpty();
        String format = (ofItem ? instrument.itemFormat() : instrument.articleFormat()).in(lang);
        Map<String, String> byRef = RENDERED.get(format);
        String cached = byRef == null ? null : byRef.get(c.ref());
        if (cached != null) {
            return cached;
        }
        String article = c.article() + (c.item() == null ? "" : "(" + c.item() + ")");
        String item = c.item() == null ? "" : c.item();
        // Without an item_format an item citation keeps its item in ${number} too, rather than silently losing it.
        String suffix = c.item() == null || ofItem ? "" : "(" + c.item() + ")";
        StringSubstitutor sub = new StringSubstitutor(Map.of("article", article, "number", c.article() + suffix,
                "number_zh", ChineseNumerals.of(c.article()) + suffix, "item", item, "item_zh", ChineseNumerals.of(item)));
        sub.setDisableSubstitutionInValues(true);
        String text = sub.replace(format);
        // Counted only while there is room, so that the count cannot wrap around in a long hostile run.
        if (RENDERED_COUNT.get() < MAX_RENDERED && RENDERED_COUNT.incrementAndGet() <= MAX_RENDERED) {
            RENDERED.computeIfAbsent(format, f -> new ConcurrentHashMap<>()).put(c.ref(), text);
        }
        return text;
    }
}
