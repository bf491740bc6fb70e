package dev.csreview.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@link TextEdit}s to a profile's text at the places the parser located, leaving every other character as
 * it was: comments, blank lines, quoting, key order. Re-serialising the YAML would lose all of these.
 */
public final class ProfileRewriter {
    /** Plain scalars that YAML 1.1 reads as something other than text: a replacement like these is quoted. */
    private static final Set<String> NOT_TEXT = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~");
    private static final Pattern PLAIN = Pattern.compile("^[a-z][a-z0-9_]*$");

    private ProfileRewriter() {}

    /** The rewritten text, or the edit that could not be made where it was located (the file is then left alone). */
    public sealed interface Result {
        record Rewritten(String text) implements Result {}

        record Failed(TextEdit edit) implements Result {}
    }

    public static Result apply(String text, List<TextEdit> edits) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<TextEdit> ordered = new ArrayList<>(edits);
        // From the end of the file back, so an edit never moves the places of those still to come; ties keep their order.
        ordered.sort(Comparator.comparingInt((TextEdit e) -> e.at().line()).thenComparingInt(e -> e.at().column()).reversed());
        for (TextEdit e : ordered) {
            boolean ok = e.at().line() >= 1 && e.at().line() <= lines.size() && switch (e.kind()) {
                case REPLACE -> replace(lines, e);
                case REMOVE_ITEM -> removeItem(lines, e);
                case COMMENT_OUT -> commentOut(lines, e);
                case COPY_AS -> copyAs(lines, e);
                case APPEND_TO_BLOCK -> {
                    lines.add(blockEnd(lines, e.at().line() - 1, e.at().column() - 1) + 1, e.replacement());
                    yield true;
                }
                case INSERT_AFTER -> {
                    lines.add(e.at().line(), e.replacement());
                    yield true;
                }
            };
            if (!ok) {
                return new Result.Failed(e);
            }
        }
        return new Result.Rewritten(String.join("\n", lines));
    }

    private static boolean replace(List<String> lines, TextEdit e) {
        String line = lines.get(e.at().line() - 1);
        int i = e.at().column() - 1;
        Optional<int[]> span = span(line, i, e.expected());
        if (span.isEmpty()) {
            return false;
        }
        int[] s = span.get();
        boolean quoted = s[0] > i;
        String value = !quoted && (NOT_TEXT.contains(e.replacement().toLowerCase(java.util.Locale.ROOT)) || !PLAIN.matcher(e.replacement()).matches()
                && !e.replacement().matches("^[0-9A-Za-z][0-9A-Za-z._-]*$"))
                ? "\"" + e.replacement() + "\"" : e.replacement();
        lines.set(e.at().line() - 1, line.substring(0, s[0]) + value + line.substring(s[1]));
        return true;
    }

    /** Where {@code expected} is written at {@code i}: plainly, or inside the quotes that start there. */
    private static Optional<int[]> span(String line, int i, String expected) {
        if (i < 0 || i >= line.length()) {
            return Optional.empty();
        }
        char c = line.charAt(i);
        if ((c == '"' || c == '\'') && line.startsWith(expected, i + 1) && line.length() > i + 1 + expected.length()
                && line.charAt(i + 1 + expected.length()) == c) {
            return Optional.of(new int[] {i + 1, i + 1 + expected.length()});
        }
        if (line.startsWith(expected, i)) {
            int end = i + expected.length();
            // The whole token, not the start of a longer one.
            if (end == line.length() || ":,]} \t#\r".indexOf(line.charAt(end)) >= 0) {
                return Optional.of(new int[] {i, end});
            }
        }
        return Optional.empty();
    }

    private static boolean removeItem(List<String> lines, TextEdit e) {
        int n = e.at().line() - 1;
        String line = lines.get(n);
        int i = e.at().column() - 1;
        Optional<int[]> span = span(line, i, e.expected());
        if (span.isEmpty()) {
            return false;
        }
        int start = span.get()[0] > i ? i : span.get()[0];
        int end = span.get()[0] > i ? span.get()[1] + 1 : span.get()[1];
        if (line.substring(0, start).matches("\\s*-\\s*")) {
            lines.remove(n);
            return true;
        }
        Matcher after = Pattern.compile("^\\s*,\\s*").matcher(line.substring(end));
        if (after.find()) {
            lines.set(n, line.substring(0, start) + line.substring(end + after.end()));
            return true;
        }
        Matcher before = Pattern.compile("\\s*,\\s*$").matcher(line.substring(0, start));
        if (before.find()) {
            lines.set(n, line.substring(0, before.start()) + line.substring(end));
            return true;
        }
        return false;
    }

    /** The key's line and the lines under it (more indented, or blank or comments between them). */
    private static int blockEnd(List<String> lines, int keyLine, int indent) {
        int end = keyLine;
        for (int k = keyLine + 1; k < lines.size(); k++) {
            String l = lines.get(k);
            String stripped = l.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (l.length() - l.stripLeading().length() <= indent) {
                break;
            }
            end = k;
        }
        return end;
    }

    private static boolean commentOut(List<String> lines, TextEdit e) {
        int n = e.at().line() - 1;
        int indent = e.at().column() - 1;
        String line = lines.get(n);
        if (indent > line.length() || !line.substring(0, indent).isBlank()) {
            // The first field of a record ("- key: …") cannot be commented out without ending the record.
            return false;
        }
        int end = blockEnd(lines, n, indent);
        for (int k = n; k <= end; k++) {
            String l = lines.get(k);
            lines.set(k, l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(0, indent) + "# " + l.substring(indent) : "# " + l);
        }
        // The note goes at the end of the first line: a line added above would move the places of edits still to come.
        lines.set(n, lines.get(n) + "  " + e.replacement());
        return true;
    }

    private static boolean copyAs(List<String> lines, TextEdit e) {
        int n = e.at().line() - 1;
        int indent = e.at().column() - 1;
        String line = lines.get(n);
        if (!line.startsWith(e.expected(), indent)) {
            return false;
        }
        int end = blockEnd(lines, n, indent);
        List<String> copy = new ArrayList<>(lines.subList(n, end + 1));
        copy.set(0, " ".repeat(indent) + e.replacement() + line.substring(indent + e.expected().length()));
        lines.addAll(end + 1, copy);
        return true;
    }
}
