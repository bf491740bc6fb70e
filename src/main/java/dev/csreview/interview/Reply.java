package dev.csreview.interview;

/** What the user did on a screen. Prompters turn keys or typed lines into one of these. */
public sealed interface Reply {

    /**
     * An answer: {@code Boolean} for yes/no and confirmations, a choice id for single choice, a
     * {@code List<String>} of choice ids for multiple choice, the typed text for numbers, dates and text.
     */
    record Given(Object value) implements Reply {}

    /** "I do not know yet", where the question allows it. */
    record Unknown() implements Reply {}

    /** Move on: unknown where allowed, otherwise left unanswered. */
    record Skip() implements Reply {}

    /** The previously asked question; on a list or confirmation, cancel. */
    record Back() implements Reply {}

    /** Open the review of every answer. */
    record Review() implements Reply {}

    /** Open the list of sections to jump to one. */
    record Sections() implements Reply {}

    /** The n-th entry (from 0) of a list: a section, a review entry, or a group record to edit. */
    record Pick(int index) implements Reply {}

    /** Add a record to a group. */
    record Add() implements Reply {}

    /** Remove the n-th record (from 0) of a group. */
    record Remove(int index) implements Reply {}

    /** No more records in this group; on the review, finish the interview. */
    record Done() implements Reply {}
}
