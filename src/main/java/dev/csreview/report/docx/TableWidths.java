package dev.csreview.report.docx;

/**
 * Column widths that fit their content, as a browser lays out an automatic table: each column gets at least its
 * narrowest sensible width (its longest word, or its whole text if short), the rest of the line goes to columns in
 * proportion to how much more their longest cell needs. Short text (up to 18 half-ems, a date) is never wrapped unless the
 * short columns alone fill the line; a date or number with its unit inside longer text sets the narrowest width too.
 * A Chinese character counts two Latin ones.
 */
final class TableWidths {
    /** Cell padding, left and right, in twips (Word's default 0.08 inch each side, and air). */
    private static final int PADDING = 300;
    /** A column is not squeezed below this many Latin character widths (a date, 2026年12月18日) unless its content is shorter. */
    private static final int MIN_UNITS = 18;
    /** The narrowest a column of longer text is made: five Chinese characters a line. */
    private static final int WRAPPED_UNITS = 10;

    /** What no line ends with, and what no line starts with: a number with its unit keeps them beside it. */
    private static final String OPENING = "（《“‘〔【([";
    private static final String CLOSING = "，。、；：！？）》”’〕】),.;:!?";

    private TableWidths() {}

    /** {@code halfEm}: the width of one Latin character in twips (half the font size). */
    static int[] fit(String[][] cells, int total, int halfEm) {
        int cols = cells.length == 0 ? 0 : cells[0].length;
        int[] need = new int[cols];
        int[] min = new int[cols];
        for (String[] row : cells) {
            for (int c = 0; c < cols; c++) {
                // A fifth more than the characters' nominal width: readers space Chinese from digits and substitute wider fonts.
                int units = units(row[c]) * 6 / 5 + 1;
                need[c] = Math.max(need[c], units * halfEm + PADDING);
                // Short text (a date, a label) keeps its width; longer text wraps, down to a few characters a line.
                int word = units <= MIN_UNITS ? units : Math.max(WRAPPED_UNITS, longestWord(row[c]));
                min[c] = Math.max(min[c], word * halfEm + PADDING);
            }
        }
        int[] widths = new int[cols];
        long sumNeed = sum(need);
        long sumMin = sum(min);
        for (int c = 0; c < cols; c++) {
            if (sumNeed <= total) {
                widths[c] = (int) (need[c] + (total - sumNeed) * need[c] / Math.max(1, sumNeed));
            } else if (sumMin >= total) {
                widths[c] = (int) ((long) min[c] * total / Math.max(1, sumMin));
            } else {
                widths[c] = (int) (min[c] + (total - sumMin) * (need[c] - min[c]) / Math.max(1, sumNeed - sumMin));
            }
        }
        // Rounding: the last column takes what is left, so the table is exactly the line.
        if (cols > 0) {
            widths[cols - 1] += total - (int) sum(widths);
        }
        return widths;
    }

    static int units(String text) {
        int units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return units;
    }

    /** The longest run of Latin letters and digits, or number with its Chinese unit and punctuation, which does not break inside. */
    private static int longestWord(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            run = Character.isWhitespace(ch) || wide(ch) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        // One unit more than nominal: the digits of a date are set a little wider than half a Chinese character.
        for (NumberUnits.Span span : NumberUnits.spans(text)) {
            int start = span.start();
            int end = span.end();
            while (start > 0 && OPENING.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            while (end < text.length() && CLOSING.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            longest = Math.max(longest, units(text.substring(start, end)) + 1);
        }
        return Math.min(longest, 30);
    }

    private static boolean wide(int cp) {
        return cp >= 0x2E80 && cp <= 0x9FFF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0x3000 && cp <= 0x303F
                || cp >= 0x20000;
    }

    private static long sum(int[] values) {
        long s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }
}
