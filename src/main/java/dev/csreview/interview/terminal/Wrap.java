package dev.csreview.interview.terminal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Lines that fit the terminal, broken where a reader expects: at spaces in English, between characters in Chinese
 * (never before a closing mark such as "，" or "）"), never inside a Latin word, "self-classification" included.
 * Break opportunities are the JDK's line {@link BreakIterator} (Unicode line breaking); widths are terminal columns
 * (a CJK character takes two). Only a word longer than a whole line is cut.
 */
final class Wrap {
    private Wrap() {}

    /** {@code text} in lines of at most {@code width} columns, each later line indented by {@code indent} columns. */
    static List<AttributedString> lines(AttributedString text, int width, int indent) {
        int room = Math.max(10, width);
        if (width == Integer.MAX_VALUE || text.columnLength() <= room) {
            return List.of(text);
        }
        String plain = text.toString();
        List<AttributedString> out = new ArrayList<>();
        String pad = " ".repeat(Math.max(0, Math.min(indent, room / 2)));
        int start = 0;
        int lineEnd = -1;
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(plain);
        for (int at = breaks.next(); at != BreakIterator.DONE; at = breaks.next()) {
            if (at < plain.length() && insideWord(plain, at)) {
                continue;
            }
            int limit = out.isEmpty() ? room : room - pad.length();
            if (text.subSequence(start, at).columnLength() - trailingSpaces(plain, start, at) <= limit) {
                lineEnd = at;
                continue;
            }
            if (lineEnd > start) {
                out.add(line(text, plain, start, lineEnd, out.isEmpty() ? "" : pad));
                start = lineEnd;
            }
            // A single word wider than the line: cut it, as the terminal would.
            while (text.subSequence(start, at).columnLength() > (out.isEmpty() ? room : room - pad.length())) {
                int cut = cutAt(text, start, at, out.isEmpty() ? room : room - pad.length());
                out.add(line(text, plain, start, cut, out.isEmpty() ? "" : pad));
                start = cut;
            }
            lineEnd = at;
        }
        if (start < plain.length()) {
            out.add(line(text, plain, start, plain.length(), out.isEmpty() ? "" : pad));
        }
        return out;
    }

    /** Plain text: the same lines as strings. */
    static List<String> lines(String text, int width, int indent) {
        return lines(new AttributedString(text), width, indent).stream().map(AttributedString::toString).toList();
    }

    /** After "self-" in "self-classification": the line breaker allows it, a reader does not. */
    private static boolean insideWord(String s, int at) {
        return at >= 2 && s.charAt(at - 1) == '-' && Character.isLetter(s.charAt(at - 2)) && Character.isLetter(s.charAt(at))
                && s.charAt(at) < 0x3000 && s.charAt(at - 2) < 0x3000;
    }

    private static int trailingSpaces(String s, int start, int end) {
        int n = 0;
        while (end - n > start && s.charAt(end - n - 1) == ' ') {
            n++;
        }
        return n;
    }

    private static int cutAt(AttributedString text, int start, int end, int columns) {
        int cut = start + 1;
        while (cut < end && text.subSequence(start, cut + 1).columnLength() <= columns) {
            cut++;
        }
        return cut;
    }

    private static AttributedString line(AttributedString text, String plain, int start, int end, String pad) {
        int e = end - trailingSpaces(plain, start, end);
        AttributedStringBuilder b = new AttributedStringBuilder().append(pad);
        b.append(text.subSequence(start, e));
        return b.toAttributedString();
    }
}
