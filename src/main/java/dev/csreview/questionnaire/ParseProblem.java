package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic.Term;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlInfo;

/**
 * What is wrong with an expression, in csreview's words, and where (an offset in the expression, -1 if unknown).
 * JEXL names only the token where it stopped ("parsing error in '0'"), often the last one read: brackets and quotes
 * are therefore checked here first, and JEXL's token is kept only as the thing the words are about.
 */
record ParseProblem(int offset, Term what) {

    static ParseProblem of(String source, JexlException e) {
        ParseProblem unbalanced = unbalanced(source);
        if (unbalanced != null) {
            return unbalanced;
        }
        JexlInfo info = e.getInfo();
        String token = e.getDetail() == null ? "" : e.getDetail();
        int line = info == null ? 0 : info.getLine();
        int column = info == null ? 0 : info.getColumn();
        if (e instanceof JexlException.Tokenization) {
            // The scanner reports the position after what it could not read; what it could not read starts it.
            int offset = ExpressionCompiler.offset(line, column - token.length());
            String shown = token.isEmpty() ? "?" : new String(Character.toChars(token.codePointAt(0)));
            return new ParseProblem(offset, Term.of("expr unknown character", shown));
        }
        int offset = ExpressionCompiler.offset(line, column);
        if (e instanceof JexlException.Feature) {
            // A construct the locked-down parser refuses: JEXL's words name its feature switch, not the user's input.
            String feature = String.valueOf(e.getMessage());
            boolean changes = feature.contains("assign") || feature.contains("side effect");
            return new ParseProblem(offset, Term.of(changes ? "expr assignment" : "expr construct", token));
        }
        if (offset >= 0 && !token.isEmpty() && source.substring(Math.min(offset, source.length())).strip().equals(token)
                && !Character.isLetterOrDigit(token.codePointAt(0)) && !token.startsWith("'") && !token.startsWith("\"")) {
            // The parser stopped at the last token: an operator or separator with nothing after it.
            return new ParseProblem(offset, Term.of("expr ends after", token));
        }
        int next = offset < 0 || !isOperator(token) ? -1 : skipSpaces(source, offset + token.length());
        if (next >= 0 && next < source.length() && isOperator(source.substring(next, next + 1))) {
            // 'a && || b' is reported at '&&', the operator before the one that cannot follow it.
            int end = next;
            while (end < source.length() && isOperator(source.substring(end, end + 1))) {
                end++;
            }
            return new ParseProblem(next, Term.of("expr unexpected", source.substring(next, end)));
        }
        return new ParseProblem(offset, token.isEmpty() ? Term.of("expr does not parse") : Term.of("expr unexpected", token));
    }

    private static boolean isOperator(String token) {
        return !token.isEmpty() && token.chars().allMatch(c -> "&|=!<>+-*/%^~?:".indexOf(c) >= 0);
    }

    private static int skipSpaces(String source, int from) {
        int i = Math.min(from, source.length());
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The first bracket not closed or closed by the wrong one, or a text whose quote is not closed; null if none. */
    static ParseProblem unbalanced(String source) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closingQuote(source, i);
                if (end < 0) {
                    return new ParseProblem(i, Term.of("expr unterminated text", String.valueOf(c)));
                }
                i = end;
            } else if (c == '(' || c == '[' || c == '{') {
                open.push(i);
            } else if (c == ')' || c == ']' || c == '}') {
                if (open.isEmpty()) {
                    return new ParseProblem(i, Term.of("expr unopened", String.valueOf(c)));
                }
                char opener = source.charAt(open.pop());
                if (closer(opener) != c) {
                    return new ParseProblem(i, Term.of("expr mismatched", String.valueOf(c), String.valueOf(opener)));
                }
            }
        }
        if (!open.isEmpty()) {
            int at = open.peek();
            return new ParseProblem(at, Term.of("expr unclosed", String.valueOf(source.charAt(at)), String.valueOf(closer(source.charAt(at)))));
        }
        return null;
    }

    private static int closingQuote(String source, int start) {
        char quote = source.charAt(start);
        for (int i = start + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static char closer(char opener) {
        return opener == '(' ? ')' : opener == '[' ? ']' : '}';
    }
}
