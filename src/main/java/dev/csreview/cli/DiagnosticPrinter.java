package dev.csreview.cli;

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
final class DiagnosticPrinter {
    private final Lang lang;
    private final Map<String, byte[]> sources;
    private final Set<Location> questionnaireErrorsShown = ConcurrentHashMap.newKeySet();

    /** {@code sources}: each file's bytes by its name, to show the line a diagnostic points at. */
    DiagnosticPrinter(Lang lang, Map<String, byte[]> sources) {
        this.lang = lang;
        this.sources = sources;
    }

    void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics) {
            Location at = d.location();
            // A questionnaire's expression failing on answers fails on every profile of a batch alike: once is enough.
            if (d.code().equals("E006") && !questionnaireErrorsShown.add(at)) {
                continue;
            }
            err.println(visible(at + ": " + d.severity().label() + "[" + d.code() + "] " + d.message(lang.locale())));
            String line = sourceLine(at);
            if (line != null) {
                err.println("  " + line);
                err.println("  " + " ".repeat(width(line, at.column() - 1)) + "^");
            }
        }
        err.flush();
    }

    private String sourceLine(Location at) {
        byte[] bytes = sources.get(at.file());
        if (bytes == null || at.line() <= 0) {
            return null;
        }
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        if (at.line() > lines.length) {
            return null;
        }
        String line = lines[at.line() - 1].replace("\r", "").replace("\t", " ");
        return visible(line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }

    /**
     * Control characters as U+FFFD, one for one (the caret stays in place): a hostile file's escape sequences would
     * otherwise clear the user's screen or retitle the window when its line is shown.
     */
    static String visible(String text) {
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
