package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic.Term;
import java.util.Optional;
import java.util.Set;

/**
 * The shape every expression must have before JEXL parses it: facts, {@code item.<field>}, {@code unknown.<id>},
 * literals, lists, operators and the functions {@code size()} and {@code empty()} — nothing that names a Java
 * member, a namespace, a statement or a block. JEXL's own feature switches cannot refuse {@code return},
 * {@code throw}, blocks, namespace calls or property access on a fact, so this check does (defence in depth:
 * JEXL's permissions still deny all Java access at run time).
 */
final class ExpressionShape {
    static final int MAX_NESTING = 32;
    private static final Set<String> FUNCTIONS = Set.of("size", "empty");
    private static final Set<String> OPERATOR_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "le", "gt", "ge", "true", "false", "null");
    private static final Set<String> DOTTED = Set.of("item", "unknown");
    private static final Set<String> KEYWORDS = Set.of(
            "return", "throw", "var", "let", "const", "function", "while", "for", "do", "if", "else", "new", "break",
            "continue", "import", "try", "catch", "finally", "switch", "case", "default", "instanceof", "typeof");

    private ExpressionShape() {}

    /** The first thing that is not allowed and where (a term, an offset), or empty if the shape is fine. */
    static Optional<ParseProblem> firstProblem(String src) {
        int depth = 0;
        String previousWord = null;
        char previous = ' ';
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\'' || c == '"') {
                int end = endOfString(src, i);
                if (end < 0) {
                    return Optional.empty(); // unterminated: JEXL reports it with its position
                }
                i = end;
                previous = c;
                previousWord = null;
                continue;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < src.length() && Character.isJavaIdentifierPart(src.charAt(end))) {
                    end++;
                }
                String word = src.substring(i, end);
                if (KEYWORDS.contains(word)) {
                    return found(i, Term.of("keyword", word));
                }
                int next = skipSpaces(src, end);
                if (next < src.length() && src.charAt(next) == '(' && !FUNCTIONS.contains(word) && !OPERATOR_WORDS.contains(word)) {
                    return found(i, Term.of("call", word));
                }
                // ns:f(…) is a namespace call; a ternary's ':' is written with spaces, or is followed by no call.
                if (end < src.length() && src.charAt(end) == ':' && end + 1 < src.length()
                        && Character.isJavaIdentifierStart(src.charAt(end + 1)) && isCallAfter(src, end + 1)) {
                    return found(i, Term.of("namespace", word));
                }
                if (previous == '.' && (previousWord == null || !DOTTED.contains(previousWord))) {
                    return found(i, Term.of("dotted", word));
                }
                previousWord = previous == '.' ? null : word;
                previous = 'a';
                i = end - 1;
                continue;
            }
            if (Character.isDigit(c)) {
                int end = i;
                while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '.'
                        && end + 1 < src.length() && Character.isDigit(src.charAt(end + 1)))) {
                    end++;
                }
                if (end - i > 18) {
                    return found(i, Term.of("long number", src.substring(i, Math.min(end, i + 24)) + (end - i > 24 ? "…" : "")));
                }
                previous = '0';
                previousWord = null;
                i = end - 1;
                continue;
            }
            switch (c) {
                case '{', '}', '`', '#', '@', '$', '\\' -> {
                    return found(i, Term.of("character", c));
                }
                case '.' -> {
                    if (i + 1 < src.length() && src.charAt(i + 1) == '.') {
                        return found(i, Term.of("range"));
                    }
                    if (previous != 'a') {
                        return found(i, Term.of("character", '.'));
                    }
                }
                case '[' -> {
                    // A list literal follows an operator or an opening; an index follows a name, ')' or ']'.
                    if (previous == 'a' || previous == ')' || previous == ']' || previous == '\'' || previous == '"') {
                        return found(i, Term.of("indexing"));
                    }
                    depth++;
                }
                case '(' -> depth++;
                case ')', ']' -> depth--;
                default -> { }
            }
            if (depth > MAX_NESTING) {
                return found(i, Term.of("deep brackets", MAX_NESTING));
            }
            if (c == '!' && i + 1 < src.length() && src.charAt(i + 1) == '!' && countRun(src, i, '!') > MAX_NESTING) {
                return found(i, Term.of("many nots", MAX_NESTING));
            }
            previous = c;
            if (c != '.') {
                previousWord = null;
            }
        }
        return Optional.empty();
    }

    private static Optional<ParseProblem> found(int offset, Term what) {
        return Optional.of(new ParseProblem(offset, what));
    }

    private static boolean isCallAfter(String src, int from) {
        int i = skipSpaces(src, from);
        while (i < src.length() && Character.isJavaIdentifierPart(src.charAt(i))) {
            i++;
        }
        i = skipSpaces(src, i);
        return i < src.length() && src.charAt(i) == '(';
    }

    private static int countRun(String src, int from, char c) {
        int n = 0;
        for (int i = from; i < src.length() && (src.charAt(i) == c || Character.isWhitespace(src.charAt(i))); i++) {
            n += src.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static int skipSpaces(String src, int i) {
        while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int endOfString(String src, int start) {
        char quote = src.charAt(start);
        for (int i = start + 1; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }
}
