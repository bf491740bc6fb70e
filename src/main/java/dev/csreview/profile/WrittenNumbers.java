package dev.csreview.profile;

import java.util.regex.Pattern;

/**
 * Whole numbers as people write them, for profiles and the interview alike: 3200000, 3,200,000, 3 200 000, or with
 * a Chinese keyboard's full-width digits (３，２００，０００).
 */
public final class WrittenNumbers {
    /** Digits, optionally grouped by thousands with one separator throughout, optionally signed. */
    private static final Pattern GROUPED_DIGITS = Pattern.compile("[-+]?([1-9]\\d{0,2}([,_ '])\\d{3}(\\2\\d{3})*|\\d{1,18})");

    private WrittenNumbers() {}

    /** The digits (and sign) of {@code text}, or null if it is not a whole number so written. */
    public static String digits(String text) {
        String t = toAscii(text).strip();
        return GROUPED_DIGITS.matcher(t).matches() ? t.replaceAll("[,_ ']", "") : null;
    }

    /**
     * Full-width digits, comma and space as their ASCII forms. Only those: a general Unicode normalisation would also
     * read ③ as 3 and 3² as 32.
     */
    static String toAscii(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char ascii = c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '，' ? ',' : c == '\u3000' ? ' ' : c;
            if (ascii != c) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, ascii);
            }
        }
        return out == null ? text : out.toString();
    }
}
