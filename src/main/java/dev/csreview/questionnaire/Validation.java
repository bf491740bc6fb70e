package dev.csreview.questionnaire;

/** A check on an answer: {@code rule} must hold, otherwise {@code message} is shown. */
public record Validation(Expr rule, Text message) {}
