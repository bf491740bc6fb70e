package dev.csreview.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * A law or regulation that questions and rules cite: its name, number and dates, and which articles it has
 * (so every citation can be checked), with a summary per article for the interview's {@code ?} and which of those
 * summaries quote the Chinese text rather than paraphrase it ({@code quoted}), and how a citation of an article and
 * of an item of one reads (each format is the questionnaire's data).
 */
public record Instrument(
        String id,
        Text name,
        String number,
        String effective,
        String status,
        List<String> sources,
        List<String> articles,
        Map<String, Text> summaries,
        List<String> quoted,
        Text articleFormat,
        Text itemFormat) {

    public boolean hasArticle(String article) {
        return articles.contains(article);
    }

    /** The articles a citation names: one, or each of a range such as {@code 5-6}. */
    public static List<String> articlesOf(String cited) {
        String[] ends = cited.split("-");
        if (ends.length == 2 && ends[0].matches("\\d{1,4}") && ends[1].matches("\\d{1,4}")) {
            int from = Integer.parseInt(ends[0]);
            int to = Integer.parseInt(ends[1]);
            if (from <= to && to - from < 100) {
                return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
            }
        }
        return List.of(ends);
    }
}
