package dev.csreview.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document strictly into a located tree: UTF-8 only, no duplicate keys, no anchors or
 * aliases (Jackson would silently turn {@code *a} into the string "a"), bounded size and depth.
 * Problems become diagnostics; nothing here throws on bad input.
 */
public final class YamlReader {
    /** Large enough for any real questionnaire or profile, small enough that a hostile file is refused early. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    public static final int MAX_DEPTH = 64;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_BYTES)
                        .maxDocumentLength(MAX_BYTES)
                        .build())
                .build();
    }

    /** Parses {@code bytes} (the contents of {@code file}); empty if the file had errors, reported to {@code out}. */
    public Optional<YNode> read(String file, byte[] bytes, Diagnostics out) {
        if (bytes.length > MAX_BYTES) {
            out.error(Location.of(file), "Y001", bytes.length, MAX_BYTES);
            return Optional.empty();
        }
        Optional<String> text = decode(file, bytes, out);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try (JsonParser parser = factory.createParser(text.get())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                out.error(new Location(file, 1, 1), "Y002");
                return Optional.empty();
            }
            YNode root;
            try {
                root = readValue(file, new SourceLines(text.get()), (YAMLParser) parser, out, 0);
            } catch (StreamConstraintsException e) {
                // Jackson's own depth limit may carry no location: the parser still knows where it stopped.
                Location where = at(file, e.getLocation());
                out.error(where.line() > 0 ? where : at(file, parser.currentLocation()), "Y007", MAX_DEPTH);
                return Optional.empty();
            }
            if (root == null) {
                return Optional.empty();
            }
            if (parser.nextToken() != null) {
                out.error(at(file, parser.currentTokenLocation()), "Y006");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (StreamConstraintsException e) {
            out.error(at(file, e.getLocation()), "Y007", MAX_DEPTH);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            syntaxError(file, e, out);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some scanner errors as unchecked exceptions; they are still bad input.
            if (!(e instanceof MarkedYAMLException m && marked(file, m, null, out))) {
                out.error(Location.of(file), "Y003", problem(null, String.valueOf(e.getMessage())));
            }
            return Optional.empty();
        }
    }

    private YNode readValue(String file, SourceLines lines, YAMLParser p, Diagnostics out, int depth) throws IOException {
        Location here = at(file, p.currentTokenLocation());
        if (p.isCurrentAlias()) {
            out.error(here, "Y004", p.getText());
            return null;
        }
        if (p.getObjectId() != null) {
            out.error(here, "Y005", p.getObjectId());
            return null;
        }
        if (depth > MAX_DEPTH) {
            out.error(here, "Y007", MAX_DEPTH);
            return null;
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, YNode> entries = new LinkedHashMap<>();
                Map<String, Location> keys = new HashMap<>();
                boolean ok = true;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = at(file, p.currentTokenLocation());
                    if (key.equals("<<")) {
                        out.error(keyAt, "Y008");
                        return null;
                    }
                    if (entries.containsKey(key)) {
                        out.error(keyAt, "Y009", key, keys.get(key).line());
                        return null;
                    }
                    p.nextToken();
                    YNode value = readValue(file, lines, p, out, depth + 1);
                    if (value == null) {
                        ok = false;
                        return null;
                    }
                    entries.put(key, value);
                    keys.put(key, keyAt);
                }
                return ok ? new YNode.Mapping(here, entries, keys) : null;
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    YNode item = readValue(file, lines, p, out, depth + 1);
                    if (item == null) {
                        return null;
                    }
                    items.add(item);
                }
                return new YNode.Seq(here, items);
            }
            case VALUE_STRING:
                return new YNode.Scalar(here, p.getText(), YNode.ScalarKind.STRING, textColumn(lines, here, p.getText()));
            case VALUE_NUMBER_INT:
                return new YNode.Scalar(here, p.getText(), YNode.ScalarKind.INTEGER);
            case VALUE_NUMBER_FLOAT:
                return new YNode.Scalar(here, p.getText(), YNode.ScalarKind.FLOAT);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YNode.Scalar(here, p.getText(), YNode.ScalarKind.BOOLEAN);
            case VALUE_NULL:
                return new YNode.Scalar(here, "", YNode.ScalarKind.NULL);
            default:
                // VALUE_EMBEDDED_OBJECT: a !!binary or other typed value the parser decoded.
                out.error(here, "Y013", "!!binary");
                return null;
        }
    }

    /** UTF-8 only: a GBK or UTF-16 file would otherwise be misread as garbage and pass unnoticed. */
    private static Optional<String> decode(String file, byte[] bytes, Diagnostics out) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            out.error(new Location(file, 1, 1), "Y010", "UTF-16");
            return Optional.empty();
        }
        int start = 0;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            start = 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            String text = chars.toString();
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                out.error(position(file, text, nul), "Y010", "binary");
                return Optional.empty();
            }
            // SnakeYAML refuses these too, but reports them at 1:1: point at the character itself.
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c >= 0x80 && c <= 0x9F && c != 0x85) {
                    out.error(position(file, text, i), "Y012", String.format("U+%04X", (int) c));
                    return Optional.empty();
                }
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, start);
            String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
            out.error(position(file, before, before.length()), "Y010", "GBK/GB18030?");
            return Optional.empty();
        }
    }

    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static Location position(String file, String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Location(file, line, col);
    }

    private static Location at(String file, JsonLocation loc) {
        if (loc == null || loc.getLineNr() <= 0) {
            return Location.of(file);
        }
        return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /**
     * Where SnakeYAML found the problem, and what it is — not where the construct it was reading began (a tab on
     * line 10 was reported at the end of line 9, "while scanning for the next token"). A tab gets words of its own.
     */
    private static void syntaxError(String file, JsonProcessingException e, Diagnostics out) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("Expected a field name")) {
            // Jackson's words name SnakeYAML's event classes; the user wrote a list or mapping as a key ('? [a, b]').
            out.error(at(file, e.getLocation()), "Y015");
            return;
        }
        if (!(e.getCause() instanceof MarkedYAMLException m && marked(file, m, e.getLocation(), out))) {
            out.error(at(file, e.getLocation()), "Y003", problem(null, String.valueOf(e.getOriginalMessage())));
        }
    }

    /** Reports SnakeYAML's problem where it found it; false if it has no location to report. */
    private static boolean marked(String file, MarkedYAMLException m, JsonLocation lastToken, Diagnostics out) {
        if (m.getProblemMark() == null || m.getProblem() == null) {
            return false;
        }
        // At the end of the file the problem is only that it ended: the unclosed quote or bracket is where the
        // construct began (SnakeYAML's context), or else where the last token was read (Jackson's location).
        boolean atEnd = m.getProblem().contains("end of stream") || m.getProblem().contains("<stream end>");
        Location at = new Location(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
        if (atEnd && m.getContextMark() != null && m.getContextMark().getLine() < m.getProblemMark().getLine()) {
            at = new Location(file, m.getContextMark().getLine() + 1, m.getContextMark().getColumn() + 1);
        } else if (atEnd && lastToken != null && lastToken.getLineNr() > 0) {
            at = at(file, lastToken);
        }
        if (m.getProblem().contains("(TAB)")) {
            out.error(at, "Y011");
        } else if (m.getProblem().contains("mapping values are not allowed here") && m.getProblemMark().getColumn() > 1024) {
            // A plain key may be at most 1024 characters long; past that SnakeYAML no longer sees a key at all.
            out.error(new Location(file, at.line(), 1), "Y014");
        } else {
            out.error(at, "Y003", problem(m.getContext(), m.getProblem()));
        }
        return true;
    }

    /** The column where {@code text} stands verbatim at {@code at} (after a quote), or 0. */
    private static int textColumn(SourceLines lines, Location at, String text) {
        int start = lines.offset(at.line(), at.column());
        if (start < 0 || text.indexOf('\n') >= 0) {
            return 0;
        }
        char first = lines.text.charAt(start);
        int from = first == '"' || first == '\'' ? start + 1 : start;
        return lines.text.startsWith(text, from) ? at.column() + (from - start) : 0;
    }

    /** Where the lines of a YAML text start, found once per read and only if a string needs it. */
    private static final class SourceLines {
        private final String text;
        private int[] starts;

        SourceLines(String text) {
            this.text = text;
        }

        /** The offset of a 1-based line and column in the text, or -1 if there is no such place. */
        int offset(int line, int column) {
            if (starts == null) {
                List<Integer> found = new ArrayList<>(List.of(0));
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '\n') {
                        found.add(i + 1);
                    }
                }
                starts = found.stream().mapToInt(Integer::intValue).toArray();
            }
            if (line < 1 || line > starts.length || column < 1) {
                return -1;
            }
            int at = starts[line - 1] + column - 1;
            int end = line < starts.length ? starts[line] - 1 : text.length();
            return at < end ? at : -1;
        }
    }

    /**
     * SnakeYAML's problem in csreview's words: its own (context and problem) are English and name parser states
     * ("while parsing a flow sequence: expected ',' or ']', but got <stream end>"). What it found is kept only
     * where it is a character of the user's.
     */
    static Diagnostic.Term problem(String context, String problem) {
        String c = context == null ? "" : context;
        String p = problem == null ? "" : problem;
        if (p.contains("expected ',' or ']'")) {
            return Diagnostic.Term.of("yaml unclosed list");
        }
        if (p.contains("expected ',' or '}'")) {
            return Diagnostic.Term.of("yaml unclosed mapping");
        }
        if (c.contains("quoted scalar") && (p.contains("end of stream") || p.contains("document separator"))) {
            return Diagnostic.Term.of("yaml unclosed quote");
        }
        if (p.contains("unknown escape character")) {
            return Diagnostic.Term.of("yaml escape", firstCharacterAfter(p, "unknown escape character "));
        }
        if (p.contains("mapping values are not allowed")) {
            return Diagnostic.Term.of("yaml colon");
        }
        if (p.contains("could not find expected ':'")) {
            return Diagnostic.Term.of("yaml missing colon");
        }
        if (p.contains("expected <block end>") || p.contains("sequence entries are not allowed")) {
            return Diagnostic.Term.of("yaml indentation");
        }
        if (p.contains("cannot start any token")) {
            return Diagnostic.Term.of("yaml cannot start", firstCharacterAfter(p, "found character '"));
        }
        if (c.contains("block scalar")) {
            return Diagnostic.Term.of("yaml block scalar");
        }
        if (c.contains("anchor") || c.contains("alias")) {
            return Diagnostic.Term.of("yaml anchor");
        }
        if (p.contains("expected the node content") || p.contains("expected '<document start>'") || p.contains("did not find expected")) {
            return Diagnostic.Term.of("yaml unexpected");
        }
        return Diagnostic.Term.of("yaml unreadable");
    }

    private static String firstCharacterAfter(String text, String marker) {
        int at = text.indexOf(marker) + marker.length();
        return at < marker.length() || at >= text.length() ? "?" : new String(Character.toChars(text.codePointAt(at)));
    }
}
