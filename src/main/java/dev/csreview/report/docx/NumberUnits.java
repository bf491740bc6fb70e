package dev.csreview.report.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers with the Chinese unit after them (2026年1月15日, 100万, 3,200个), written as runs LibreOffice keeps on one
 * line. LibreOffice breaks text tagged zh-CN before any character its forbidden-character lists allow (its Chinese
 * line breaker ignores Unicode's line-breaking classes, a word joiner's too), and it breaks a Latin digit from a
 * Chinese character by UAX #14; so "2026" could end a line and "年" start the next. Each such span is a run of its own
 * tagged zh-Hans-CN, which LibreOffice 7.4 breaks by UAX #14 (it picks its Chinese breaker for zh and zh-CN, not for
 * a tag with a script) while still choosing the Chinese font, with a word joiner (U+2060) wherever digits meet
 * Chinese: no break there. Digits stay ASCII, as counsel writes them; the joiner is invisible.
 */
final class NumberUnits {
    /**
     * The span's language, after the run's other properties as the schema orders them. Not en-US for the Chinese:
     * where the house font is missing, LibreOffice then substitutes another Chinese font for 年 than for the text
     * around it. Word ignores a tag it does not list (MS-OI29500 on ST_Lang) and keeps the document's zh-CN.
     */
    static final String LANG = "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-Hans-CN\"/>";
    private static final char WORD_JOINER = '\u2060';

    /** Where a span is in its text: {@code start} inclusive, {@code end} exclusive. */
    record Span(int start, int end) {}

    private NumberUnits() {}

    /** Text as runs with the given properties (the inside of {@code <w:rPr>}): each span its own, joined run. */
    static void runs(StringBuilder out, String rPr, String text) {
        int at = 0;
        for (Span span : spans(text)) {
            if (span.start() > at) {
                WordXml.run(out, rPr, text.substring(at, span.start()));
            }
            WordXml.run(out, rPr + LANG, joined(text.substring(span.start(), span.end())));
            at = span.end();
        }
        if (at < text.length() || at == 0) {
            WordXml.run(out, rPr, text.substring(at));
        }
    }

    /**
     * Every number (ASCII digits, with inner . or , groups) with the Chinese character after it, a date's numbers
     * with their 年 and 月 taken together (2026年6月30日). One pass, no regular expression: answers can be long.
     */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!digit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = -1;
            int j = i;
            while (true) {
                j = afterNumber(text, j);
                if (j >= n || !han(text.codePointAt(j))) {
                    break;
                }
                char unit = text.charAt(j);
                end = j + Character.charCount(text.codePointAt(j));
                if ((unit != '年' && unit != '月') || end >= n || !digit(text.charAt(end))) {
                    break;
                }
                j = end;
            }
            if (end > 0) {
                spans.add(new Span(start, end));
                i = end;
            } else {
                i = j;
            }
        }
        return spans;
    }

    private static int afterNumber(String text, int at) {
        int j = at;
        while (j < text.length() && digit(text.charAt(j))) {
            j++;
        }
        while (j + 1 < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ',') && digit(text.charAt(j + 1))) {
            j += 2;
            while (j < text.length() && digit(text.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    /** The span with a word joiner wherever a digit and a Chinese character meet. */
    static String joined(String span) {
        StringBuilder out = new StringBuilder(span.length() + 4);
        for (int i = 0; i < span.length(); ) {
            int cp = span.codePointAt(i);
            if (i > 0 && han(span.codePointBefore(i)) != han(cp)) {
                out.append(WORD_JOINER);
            }
            out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
