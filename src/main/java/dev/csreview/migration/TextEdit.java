package dev.csreview.migration;

import dev.csreview.diagnostic.Location;

/**
 * One change to a profile's text at a place its parser located, so that {@code migrate} keeps every comment and
 * the layout: replace a key or a scalar ({@code expected} → {@code replacement}), comment out an answer's lines, or
 * insert lines after an answer.
 */
public record TextEdit(Kind kind, Location at, String expected, String replacement) {

    /** How the text at {@code at} changes. */
    public enum Kind {
        /** The key or scalar written at {@code at} ({@code expected}, maybe quoted) becomes {@code replacement}. */
        REPLACE,
        /** The answer whose key is at {@code at}, all its lines, is commented out; {@code replacement} ends its first line. */
        COMMENT_OUT,
        /** A copy of the answer whose key is at {@code at}, under the key {@code replacement}, is inserted after it. */
        COPY_AS,
        /** The list item written at {@code at} is removed (with its comma, or its line in a block list). */
        REMOVE_ITEM,
        /** The line {@code replacement} is added after the last line of the block whose key is at {@code at}. */
        APPEND_TO_BLOCK,
        /** A line {@code replacement} is inserted after line {@code at.line()}. */
        INSERT_AFTER
    }
}
