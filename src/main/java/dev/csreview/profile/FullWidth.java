package dev.csreview.profile;

/**
 * Full-width digits, comma and space (what a Chinese keyboard types: ３，２００，０００) as their ASCII forms. Only
 * those: a general Unicode normalisation would also read ③ as 3 and 3² as 32.
 */
public final class FullWidth {
    private FullWidth() {}

    public static String toAscii(String text) {
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
