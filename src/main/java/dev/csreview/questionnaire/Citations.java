package dev.csreview.questionnaire;

import dev.csreview.messages.Punctuation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/**
 * Renders citations in a reader's language using each instrument's own {@code article_format}; what it renders is
 * kept in the questionnaire's {@link CitationCache}.
 */
public final class Citations {
    private Citations() {}

    /**
     * Several citations as one text: those of one instrument grouped, in article order, the instrument named once
     * and an article repeated for its items only once ("《X》第八条、第十条第（一）项、第（三）项"); groups in
     * order of first citation, separated by a semicolon.
     */
    public static String render(Questionnaire q, List<Citation> cites, Lang lang) {
        Map<String, List<Citation>> byInstrument = new LinkedHashMap<>();
        for (Citation c : cites) {
            List<Citation> group = byInstrument.computeIfAbsent(c.instrument(), k -> new ArrayList<>());
            if (group.stream().noneMatch(g -> g.ref().equals(c.ref()))) {
                group.add(c);
            }
        }
        List<String> groups = new ArrayList<>();
        for (List<Citation> group : byInstrument.values()) {
            groups.add(group(q, group, lang));
        }
        return String.join(separator(lang), groups);
    }

    /** Citations given as refs ({@code law:3(2)}, as package.yaml's review clock has them), rendered alike. */
    public static String renderRefs(Questionnaire q, List<String> refs, Lang lang) {
        List<Citation> cites = new ArrayList<>();
        for (String ref : refs) {
            Citation c = q == null ? null : parse(ref);
            cites.add(c == null ? new Citation(ref, "", null, null) : c);
        }
        return q == null ? String.join(separator(lang), new LinkedHashSet<>(refs)) : render(q, cites, lang);
    }

    private static String group(Questionnaire q, List<Citation> group, Lang lang) {
        List<Citation> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt((Citation c) -> number(c.article())).thenComparingInt(c -> c.item() == null ? -1 : number(c.item())));
        StringBuilder out = new StringBuilder();
        String previousArticle = null;
        for (Citation c : sorted) {
            String text = c.article().isEmpty() ? c.instrument() : render(q, c, lang);
            if (out.length() == 0) {
                out.append(text);
            } else {
                String name = instrumentPart(q, c, lang);
                String rest = !name.isEmpty() && text.startsWith(name) ? text.substring(name.length()).strip() : text;
                if (c.item() != null && c.article().equals(previousArticle)) {
                    // The article is already named: only the item follows ("第（三）项", "(3)").
                    String article = render(q, new Citation(c.instrument(), c.article(), null, null), lang);
                    String articleRest = !name.isEmpty() && article.startsWith(name) ? article.substring(name.length()).strip() : article;
                    if (rest.startsWith(articleRest) && rest.length() > articleRest.length()) {
                        rest = rest.substring(articleRest.length());
                    }
                }
                out.append(Punctuation.of(lang.locale()).list()).append(rest);
            }
            previousArticle = c.article();
        }
        return out.toString();
    }

    /** A number's value for ordering; text that is none sorts last, in its given order. */
    private static int number(String s) {
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 || end > 6 ? Integer.MAX_VALUE : Integer.parseInt(s.substring(0, end));
    }

    /**
     * How a citation names its instrument: the article format's text before the number, up to its last closing
     * quote, bracket or space ("《办法》", "《网络安全法》（2016年文本）", "Measures"); empty if it has none.
     */
    public static String instrumentPart(Questionnaire q, Citation c, Lang lang) {
        Instrument instrument = q.instruments().get(c.instrument());
        if (instrument == null || instrument.articleFormat().isEmpty()) {
            return "";
        }
        String format = instrument.articleFormat().in(lang);
        int placeholder = format.indexOf("${");
        String before = (placeholder < 0 ? format : format.substring(0, placeholder)).stripTrailing();
        for (int i = before.length() - 1; i > 0; i--) {
            char ch = before.charAt(i);
            if (ch == '》' || ch == '）' || ch == ')' || ch == '」' || ch == '”') {
                return before.substring(0, i + 1);
            }
            if (Character.isWhitespace(ch)) {
                return before.substring(0, i);
            }
        }
        return "";
    }

    /** Chinese text separates groups with a full-width semicolon. */
    private static String separator(Lang lang) {
        return Punctuation.of(lang.locale()).clause();
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
        CitationCache cache = q.citationCache();
        String cached = cache.get(format, c.ref());
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
        cache.put(format, c.ref(), text);
        return text;
    }
}
