package dev.csreview.diagnostic;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One problem found in a questionnaire or profile. The message is a stable code plus arguments, rendered
 * in the reader's language from the {@code diagnostics} bundle, so the core never chooses a language.
 * {@code didYouMean} is the closest known name, or empty.
 */
public record Diagnostic(Location location, Severity severity, String code, List<String> args, String didYouMean) {

    public Diagnostic {
        args = List.copyOf(args);
        didYouMean = didYouMean == null ? "" : didYouMean;
    }

    /** An argument that is a "did you mean" suggestion rather than part of the message. */
    public record Hint(String name) {}

    /**
     * An argument in csreview's own words rather than the input's: the bundle's {@code term.KEY} (a
     * MessageFormat of {@code args}), in the reader's language like the message around it. An argument that names
     * another term ({@code term.kind.text}) is that term's words. A key the bundle lacks is shown as written, with
     * its arguments after it.
     */
    public record Term(String key, List<String> args) {
        public Term {
            args = List.copyOf(args);
        }

        public static Term of(String key, Object... args) {
            // Most terms name a kind of entry and take no argument; the loader makes one per entry it binds.
            if (args.length == 0) {
                return new Term(key, List.of());
            }
            String[] text = new String[args.length];
            for (int i = 0; i < args.length; i++) {
                text[i] = String.valueOf(args[i]);
            }
            return new Term(key, List.of(text));
        }

        /** How a term travels among the plain arguments until the message is rendered. */
        String encoded() {
            return TERM + key + args.stream().map(a -> SEPARATOR + a).collect(java.util.stream.Collectors.joining());
        }

        static Term decode(String arg) {
            String[] parts = arg.substring(TERM.length()).split(SEPARATOR, -1);
            return new Term(parts[0], List.of(parts).subList(1, parts.length));
        }

        /** The words in the language of {@code locale} (English for an exception's message). */
        public String in(Locale locale) {
            return in(bundle(locale), locale);
        }

        String in(ResourceBundle bundle, Locale locale) {
            String name = "term." + key.replace(' ', '_');
            if (!bundle.containsKey(name)) {
                return args.isEmpty() ? key : key + " " + String.join(" ", args);
            }
            Object[] shown = args.stream().map(a -> a.startsWith("term.") && bundle.containsKey(a) ? bundle.getString(a) : a).toArray();
            return new MessageFormat(bundle.getString(name), locale).format(shown);
        }

        private static final String TERM = "\u0000term:";
        private static final String SEPARATOR = "\u0001";
    }

    public static Diagnostic error(Location location, String code, Object... args) {
        return build(location, Severity.ERROR, code, args);
    }

    public static Diagnostic warning(Location location, String code, Object... args) {
        return build(location, Severity.WARNING, code, args);
    }

    private static Diagnostic build(Location location, Severity severity, String code, Object... args) {
        List<String> plain = new ArrayList<>();
        String hint = "";
        for (Object a : args) {
            if (a instanceof Hint h) {
                hint = h.name() == null ? "" : h.name();
            } else if (a instanceof Term t) {
                plain.add(t.encoded());
            } else {
                plain.add(String.valueOf(a));
            }
        }
        return new Diagnostic(location, severity, code, plain, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in the given locale (Chinese for any {@code zh} locale, English otherwise). */
    public String message(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            pattern = code;
        }
        Object[] shown = args.stream().map(a -> a.startsWith(Term.TERM) ? Term.decode(a).in(bundle, locale) : a).toArray();
        String text = new MessageFormat(pattern, locale).format(shown);
        if (!didYouMean.isEmpty()) {
            text += new MessageFormat(bundle.getString("hint.didYouMean"), locale).format(new Object[] {didYouMean});
        }
        return text;
    }

    static ResourceBundle bundle(Locale locale) {
        return dev.csreview.messages.Messages.bundle("dev.csreview.diagnostics", locale);
    }
}
