package dev.csreview.report;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Escapes user text for Markdown, so that an answer can never become a heading, link, table cell break,
 * emphasis or raw HTML: the metacharacters that matter inline are backslash-escaped (and a leading list or
 * heading marker), line breaks become spaces. Links cannot form because brackets are escaped.
 */
public final class MarkdownEscaping implements EscapingStrategy {
    private static final String SPECIAL = "\\`*_[]<>#|~&";

    @Override
    public String escape(String input) {
        return escapeText(input);
    }

    public static String escapeText(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(input.length() + 8);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (SPECIAL.indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '+' || c == '='))) {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
