package dev.csreview.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * A law or regulation that questions and rules cite: its name, number and dates, and which articles it has
 * (so every citation can be checked), with an optional summary per article for the interview's {@code ?}, and how
 * a citation of an article and of an item of one reads (each format is the questionnaire's data).
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
        Text articleFormat,
        Text itemFormat) {

    public boolean hasArticle(String article) {
        return articles.contains(article);
    }
}
