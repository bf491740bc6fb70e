package dev.csreview.interview;

/**
 * An article a question rests on: its citation in the user's language, the questionnaire's summary (or null), and
 * how the summary stands to the law's text: {@code quoted}, {@code paraphrase}, {@code translated} (the Chinese
 * quoted, the English a paraphrase of it), or null when there is no summary.
 */
public record Article(String citation, String summary, String grade) {}
