package dev.csreview.interview;

/** One choice of a single- or multiple-choice question: the id that is stored, the label shown, optional help. */
public record Option(String id, String label, String help) {}
