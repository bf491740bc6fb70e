package dev.csreview.report;

import dev.csreview.diagnostic.Diagnostic.Term;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.ClassAccessException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why Pebble refused a template, in csreview's words (a diagnostics term, in the reader's language): Pebble's own
 * messages are English and name its internals ("strict variables is set to true"). Only the name the template
 * wrote (a variable, filter, function or tag) is kept; a kind not known here keeps Pebble's words after ours.
 */
final class PebbleProblem {
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private PebbleProblem() {}

    static Term of(PebbleException e) {
        String m = String.valueOf(e.getPebbleMessage());
        if (e instanceof RootAttributeNotFoundException r) {
            return Term.of("template unknown variable", r.getAttributeName());
        }
        if (e instanceof AttributeNotFoundException a) {
            return Term.of("template unknown attribute", a.getAttributeName());
        }
        if (e instanceof ClassAccessException) {
            return Term.of("template method call");
        }
        if (m.startsWith("Filter [")) {
            return Term.of("template unknown filter", first(BRACKETED, m));
        }
        if (m.startsWith("Function or Macro [")) {
            return Term.of("template unknown function", first(BRACKETED, m));
        }
        if (m.startsWith("Test [")) {
            return Term.of("template unknown test", first(BRACKETED, m));
        }
        if (m.startsWith("Unexpected end of template")) {
            // "...looking for the following tags "else", "elseif", or "endif"": the closing tag is the last one named.
            return Term.of("template unclosed tag", last(QUOTED, m));
        }
        if (m.startsWith("Unclosed comment")) {
            return Term.of("template unclosed", "{#");
        }
        if (m.startsWith("Unclosed \"")) {
            return Term.of("template unclosed", first(QUOTED, m));
        }
        if (m.startsWith("Unexpected tag name")) {
            return Term.of("template unknown tag", first(QUOTED, m));
        }
        if (m.startsWith("Unexpected character [")) {
            return Term.of("template unexpected", first(BRACKETED, m));
        }
        if (m.startsWith("Unexpected token \"")) {
            // 'Unexpected token "NAME" of value "x"': the value is what the template wrote.
            return Term.of("template unexpected", last(QUOTED, m));
        }
        if (m.startsWith("Unexpected \"") || m.startsWith("Unexpected token of value \"")) {
            return Term.of("template unexpected", first(QUOTED, m));
        }
        return Term.of("template pebble", m);
    }

    private static String first(Pattern p, String m) {
        Matcher found = p.matcher(m);
        return found.find() ? found.group(1) : "?";
    }

    private static String last(Pattern p, String m) {
        Matcher found = p.matcher(m);
        String last = "?";
        while (found.find()) {
            last = found.group(1);
        }
        return last;
    }
}
