package dev.csreview.report;

import dev.csreview.diagnostic.Diagnostic;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders document templates with Pebble: Markdown-escaping by default (HTML-escaping where a template asks
 * for it), strict variables so a typo in a template fails loudly, no access to Java methods beyond the data.
 * User text is data, never template: a company called {@code {{ x }}} or {@code ${env:HOME}} stays literal.
 */
public final class TemplateRenderer {
    private final PebbleEngine engine;
    private final TemplateSource source;
    private final RenderBudget budget = new RenderBudget();

    public TemplateRenderer(TemplateSource source) {
        this.source = source;
        this.engine = new PebbleEngine.Builder()
                .loader(new StringLoader())
                .autoEscaping(true)
                .addEscapingStrategy("md", new MarkdownEscaping())
                .defaultEscapingStrategy("md")
                .strictVariables(true)
                .newLineTrimming(false)
                // Compiled templates are kept, keyed by their text: a batch renders the same few for every profile.
                .cacheActive(true)
                // Only RenderBudget's bounded '~' replaces a core operator.
                .allowOverrideCoreOperators(true)
                .extension(budget)
                .maxRenderedSize(RenderBudget.MAX_OUTPUT_CHARS)
                .build();
    }

    /** Renders the named template with the data; a missing or broken template is a {@link TemplateException}. */
    public String render(String name, Map<String, Object> data) {
        String text = source.read(name).orElseThrow(() -> new TemplateException(source.describe(name), Diagnostic.Term.of("template not found")));
        try {
            PebbleTemplate template = engine.getTemplate(text);
            StringWriter out = new StringWriter();
            budget.reset();
            template.evaluate(out, data);
            return out.toString();
        } catch (PebbleException e) {
            Integer line = e.getLineNumber();
            String where = source.describe(name) + (line == null || line < 1 ? "" : ":" + line);
            throw e instanceof RenderBudget.Exceeded bound ? new TemplateException(where, bound.reason()) : new TemplateException(where, PebbleProblem.of(e));
        } catch (TemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            // Pebble lets some of its parser's failures out unwrapped (a 38-digit number literal: NumberFormatException,
            // found by fuzzing): still the template's fault, exit 2 naming it, not an internal error.
            throw new TemplateException(source.describe(name), Diagnostic.Term.of("template unreadable", e.getClass().getSimpleName(), e.getMessage()));
        } catch (StackOverflowError e) {
            // A macro that calls itself: a broken template, not a crash.
            throw new TemplateException(source.describe(name), Diagnostic.Term.of("template recursion"));
        } catch (OutOfMemoryError e) {
            // A string or list doubled without end: what it built is garbage once this frame is left.
            throw new TemplateException(source.describe(name), Diagnostic.Term.of("template memory"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A template that cannot be found or rendered: the user's template folder, or a bug in a built-in one. Why is
     * said in csreview's words (a diagnostics term, or a diagnostic) in the reader's language, or in Pebble's own;
     * the message is the English.
     */
    public static final class TemplateException extends RuntimeException {
        private final String template;
        private final transient Function<Locale, String> reason;

        /** {@code message}: words already chosen (Pebble's own, or said in the run's language). */
        public TemplateException(String template, String message) {
            this(template, locale -> message);
        }

        public TemplateException(String template, Diagnostic.Term reason) {
            this(template, reason::in);
        }

        /** A diagnostic about the template file (too large, unreadable): its message is the reason. */
        public TemplateException(String template, Diagnostic reason) {
            this(template, reason::message);
        }

        private TemplateException(String template, Function<Locale, String> reason) {
            super(template + ": " + reason.apply(Locale.ENGLISH));
            this.template = template;
            this.reason = reason;
        }

        public String template() {
            return template;
        }

        /** Why the template failed, in the language of {@code locale}. */
        public String reason(Locale locale) {
            return reason.apply(locale);
        }
    }
}
