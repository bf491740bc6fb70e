package dev.csreview.run;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.Lang;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jline.utils.WCWidth;

/**
 * Prints diagnostics compiler-style: {@code file:line:col: error[Q010] message}, then the source line and a
 * caret under the column (placed by display width, so it lines up under Chinese text too).
 */
public final class DiagnosticPrinter {
    private final Lang lang;
    private final Map<String, byte[]> sources;
    private final Set<Location> questionnaireErrorsShown = ConcurrentHashMap.newKeySet();

    /** {@code sources}: each file's bytes by its name, to show the line a diagnostic points at. */
    public DiagnosticPrinter(Lang lang, Map<String, byte[]> sources) {
        this.lang = lang;
        this.sources = sources;
    }

    public void print(List<Diagnostic> diagnostics, PrintWriter err) {
        Map<String, Integer> shown = new java.util.HashMap<>();
        Map<String, Integer> hidden = new java.util.LinkedHashMap<>();
        Map<String, LineIndex> indexes = new java.util.HashMap<>();
        for (Diagnostic d : diagnostics) {
            Location at = d.location();
            // A questionnaire's expression failing on answers fails on every profile of a batch alike: once is enough.
            if (d.code().equals("E006") && !questionnaireErrorsShown.add(at)) {
                continue;
            }
            // A file with 50,000 mistakes has one mistake made 50,000 times: the first hundred say what it is.
            if (shown.merge(at.file(), 1, Integer::sum) > MAX_PER_FILE) {
                hidden.merge(at.file(), 1, Integer::sum);
                continue;
            }
            err.println(visible(at + ": " + d.severity().label() + "[" + d.code() + "] " + d.message(lang.locale())));
            String line = sourceLine(at, indexes);
            if (line != null) {
                err.println("  " + line);
                err.println("  " + " ".repeat(width(line, at.column() - 1)) + "^");
            }
        }
        hidden.forEach((file, n) -> err.println(visible(file) + ": " + RunMessages.get(lang, "diagnostics.hidden", n, MAX_PER_FILE)));
        err.flush();
    }

    /** Diagnostics printed per file and call; the rest are counted. */
    public static final int MAX_PER_FILE = 100;

    /** Where each line of a file starts, worked out once per file (splitting the file per diagnostic was quadratic). */
    private record LineIndex(byte[] bytes, int[] starts) {
        static LineIndex of(byte[] bytes) {
            int n = 1;
            for (byte b : bytes) {
                n += b == '\n' ? 1 : 0;
            }
            int[] starts = new int[n];
            int line = 1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    starts[line++] = i + 1;
                }
            }
            return new LineIndex(bytes, starts);
        }

        String line(int number) {
            int from = starts[number - 1];
            int to = number < starts.length ? starts[number] - 1 : bytes.length;
            // At most 800 bytes decoded: a line is cut at 200 characters anyway.
            return new String(bytes, from, Math.min(to - from, 800), StandardCharsets.UTF_8);
        }
    }

    private String sourceLine(Location at, Map<String, LineIndex> indexes) {
        byte[] bytes = sources.get(at.file());
        if (bytes == null || at.line() <= 0) {
            return null;
        }
        LineIndex index = indexes.computeIfAbsent(at.file(), k -> LineIndex.of(bytes));
        if (at.line() > index.starts().length) {
            return null;
        }
        String line = index.line(at.line()).replace("\r", "").replace("\t", " ");
        return visible(line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }

    /**
     * Control characters as U+FFFD, one for one (the caret stays in place): a hostile file's escape sequences would
     * otherwise clear the user's screen or retitle the window when its line is shown.
     */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    private static int width(String line, int chars) {
        int w = 0;
        for (int i = 0; i < Math.min(chars, line.length()); i++) {
            w += Math.max(0, WCWidth.wcwidth(line.charAt(i)));
        }
        return w;
    }
}
