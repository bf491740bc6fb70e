package dev.csreview.report.docx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** A number with the Chinese character after it, and a date's numbers with their 年 and 月 before it. */
    static final Pattern SPAN = Pattern.compile("(?:\\d+(?:[.,]\\d+)*[年月](?=\\d))*\\d+(?:[.,]\\d+)*\\p{IsHan}");
    /**
     * The span's language, after the run's other properties as the schema orders them. Not en-US for the Chinese:
     * where the house font is missing, LibreOffice then substitutes another Chinese font for 年 than for the text
     * around it.
     */
    static final String LANG = "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-Hans-CN\"/>";
    private static final char WORD_JOINER = '\u2060';

    private NumberUnits() {}

    /** Text as runs with the given properties (the inside of {@code <w:rPr>}): each span its own, joined run. */
    static void runs(StringBuilder out, String rPr, String text) {
        Matcher m = SPAN.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                WordXml.run(out, rPr, text.substring(at, m.start()));
            }
            WordXml.run(out, rPr + LANG, joined(m.group()));
            at = m.end();
        }
        if (at < text.length() || at == 0) {
            WordXml.run(out, rPr, text.substring(at));
        }
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

    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
