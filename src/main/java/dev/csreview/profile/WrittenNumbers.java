package dev.csreview.profile;

import java.util.regex.Pattern;

/**
 * Whole numbers as people write them, for profiles and the interview alike: 3200000, 3,200,000, 3 200 000, with a
 * Chinese keyboard's full-width digits (３，２００，０００), or scaled: 650万, 1.2亿, 6.5m, 6.5 million, 12k. A scaled
 * number must come out whole (6.5555555m is refused), and a bare decimal (6.5) or a comma as decimal mark (6,5m)
 * is refused as ambiguous rather than guessed.
 */
public final class WrittenNumbers {
    /**
     * Digits, optionally grouped by thousands with one separator throughout, optionally signed; of any length, so a
     * number too large for the answer is told as too large, not as "not a whole number".
     */
    private static final Pattern GROUPED_DIGITS = Pattern.compile("[-+]?([1-9]\\d{0,2}([,_ '])\\d{3}(\\2\\d{3})*|\\d+)");

    /** A number with a scale word: 650万, 1.2亿, 6.5m, 6.5 million; an optional 人/个 after a Chinese scale. */
    private static final Pattern SCALED = Pattern.compile(
            "([1-9]\\d{0,2}(?:,\\d{3})*|0|\\d+)(?:\\.(\\d+))?\\s*(万|亿|千|k|thousand|m|mn|million|bn|billion)\\s*(人|个)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private WrittenNumbers() {}

    /** The digits (and sign) of {@code text}, or null if it is not a whole number so written. */
    public static String digits(String text) {
        String t = toAscii(text).strip();
        if (GROUPED_DIGITS.matcher(t).matches()) {
            return t.replaceAll("[,_ ']", "");
        }
        java.util.regex.Matcher m = SCALED.matcher(t);
        if (!m.matches()) {
            return null;
        }
        java.math.BigDecimal n = new java.math.BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
        java.math.BigDecimal scaled = n.movePointRight(scale(m.group(3)));
        try {
            return scaled.stripTrailingZeros().toBigIntegerExact().toString();
        } catch (ArithmeticException e) {
            return null; // not a whole number once scaled
        }
    }

    /** The power of ten a scale word stands for. */
    private static int scale(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "千", "k", "thousand" -> 3;
            case "万" -> 4;
            case "m", "mn", "million" -> 6;
            case "亿" -> 8;
            default -> 9; // bn, billion
        };
    }

    /**
     * Full-width digits, comma and space as their ASCII forms. Only those: a general Unicode normalisation would also
     * read ③ as 3 and 3² as 32.
     */
    static String toAscii(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char ascii = c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '，' ? ',' : c == '．' ? '.' : c == '\u3000' ? ' ' : c;
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
