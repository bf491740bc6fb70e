package dev.csreview.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a line never breaks inside, in every format: a date (2026年12月18日, 18 December 2026) or an article or item (第十一条, 第（三）项). */
public final class KeepWhole {
    /** The units kept on one line. */
    public static final Pattern PATTERN = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{1,2} [A-Z][a-z]+ \\d{4}"
            + "|第[〇零一二三四五六七八九十百千]+条(?:第（[〇零一二三四五六七八九十]+）项)?|第（[〇零一二三四五六七八九十]+）项");

    private KeepWhole() {}

    /**
     * The text with the spaces inside each unit made no-break spaces, for a word processor, which has no no-break
     * span. Chinese text needs more in a DOCX: LibreOffice's Chinese line breaker ignores word joiners and Word's
     * line-breaking lists, so the DOCX writer gives a Chinese date a run of its own (docx.NumberUnits).
     */
    public static String joined(String text) {
        Matcher m = PATTERN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start()).append(m.group().replace(' ', '\u00A0'));
            at = m.end();
        }
        return at == 0 ? text : out.append(text, at, text.length()).toString();
    }
}
