package dev.csreview.report.docx;

/**
 * The few WordprocessingML snippets the writer repeats: escaped text and attribute values, a text run. Text is
 * escaped as XMLBeans escapes it (so the document part reads the same as it did when POI wrote it), and characters
 * XML 1.0 cannot carry are dropped, so that no answer can make the part unreadable.
 */
final class WordXml {
    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String HEAD_STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private WordXml() {}

    /** Element text: &amp; and &lt; always, &gt; only where it would close a CDATA-like "]]>". */
    static StringBuilder text(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
                out.append("&gt;");
            } else if (allowed(text, i)) {
                out.append(c);
            }
        }
        return out;
    }

    /** An attribute value in double quotes. */
    static String attr(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (allowed(value, i)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0's characters: tab, newline, carriage return, and no other control; surrogates only in pairs. */
    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    /** {@code <w:t>} with xml:space="preserve" where the text starts or ends with white space, as Word needs. */
    static void t(StringBuilder out, String text) {
        if (text.isEmpty()) {
            out.append("<w:t/>");
            return;
        }
        boolean keep = Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
        out.append(keep ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        text(out, text).append("</w:t>");
    }

    /** A run of text with the given run properties (the inside of {@code <w:rPr>}, empty for none). */
    static void run(StringBuilder out, String rPr, String text) {
        out.append("<w:r>");
        if (!rPr.isEmpty()) {
            out.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        t(out, text);
        out.append("</w:r>");
    }
}
