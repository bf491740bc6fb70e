package dev.csreview.report;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a rendered Markdown document into a self-contained HTML page: CommonMark with raw HTML escaped and
 * unsafe URLs dropped, wrapped in the template folder's {@code layout.html.peb} (inline CSS, prints well,
 * opens offline).
 */
public final class HtmlDocument {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
    /** Where a template wants the factor chart: a paragraph of its own reading [[chart]]. */
    public static final String CHART_MARKER = "[[chart]]";

    private static final String CHART_PARAGRAPH = "<p>" + CHART_MARKER + "</p>";
    private final TemplateRenderer templates;

    /** Markdown and DOCX have no chart: the marker line goes. */
    public static String withoutChartMarker(String markdown) {
        return markdown.replace("\n" + CHART_MARKER + "\n", "\n");
    }

    /** A task-list item ("[ ]", "[x]") as a printed check box: ☐ or ☒. */
    static String checkBoxes(String html) {
        return html.replace("<li>[ ] ", "<li class=\"task\">☐ ").replace("<li>[x] ", "<li class=\"task\">☒ ").replace("<li>[X] ", "<li class=\"task\">☒ ");
    }

    /** Wraps dates and article numbers in the text (not the tags) of rendered HTML in a no-break span. */
    static String keepWhole(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        int at = 0;
        while (at < html.length()) {
            int tag = html.indexOf('<', at);
            int end = tag < 0 ? html.length() : tag;
            Matcher m = KeepWhole.PATTERN.matcher(html.substring(at, end));
            out.append(m.replaceAll(r -> "<span class=\"nobr\">" + Matcher.quoteReplacement(r.group()) + "</span>"));
            if (tag < 0) {
                break;
            }
            int close = html.indexOf('>', tag);
            close = close < 0 ? html.length() : close + 1;
            out.append(html, tag, close);
            at = close;
        }
        return out.toString();
    }

    /** Text as a quoted CSS string that cannot end the string, the rule or the style element. */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    public HtmlDocument(TemplateRenderer templates) {
        this.templates = templates;
    }

    /** {@code chart} is trusted SVG made by {@link FactorChart}, or empty. */
    public String render(String markdown, String title, String lang, String chart, Map<String, Object> data) {
        String body = renderer.render(parser.parse(markdown));
        if (!chart.isEmpty() && body.contains(CHART_PARAGRAPH)) {
            body = body.replace(CHART_PARAGRAPH, "<div class=\"chart\">" + chart + "</div>");
            chart = "";
        }
        body = keepWhole(checkBoxes(body));
        Map<String, Object> page = new java.util.LinkedHashMap<>(data);
        // The printed page's margin boxes: CSS strings, so made here where they can be escaped as CSS.
        Object brand = data.get("brand") instanceof Map<?, ?> b ? b.get("name") : "";
        Object company = data.get("company") == null ? data.getOrDefault("gap", "") : data.get("company");
        String head = (brand == null || String.valueOf(brand).isEmpty() ? "" : brand + " · ") + company;
        page.put("page_head_css", cssString(head));
        page.put("draft_mark_css", cssString(String.valueOf(data.getOrDefault("draft_mark", ""))));
        String footer = cssString(String.valueOf(data.getOrDefault("page_footer", "")));
        page.put("page_footer_css", footer.replace("${page}", "\" counter(page) \"").replace("${pages}", "\" counter(pages) \""));
        page.put("page_title", title);
        page.put("page_lang", lang.equals("zh") ? "zh-CN" : "en");
        page.put("body", body);
        page.put("chart", chart);
        return templates.render("layout.html.peb", page);
    }
}
