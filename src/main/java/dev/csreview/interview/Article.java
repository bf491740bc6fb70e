package dev.csreview.interview;

/** An article a question rests on: its citation in the user's language and the questionnaire's summary (or null). */
public record Article(String citation, String summary) {}
