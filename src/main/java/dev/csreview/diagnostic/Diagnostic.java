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
        String text = new MessageFormat(pattern, locale).format(args.toArray());
        if (!didYouMean.isEmpty()) {
            text += new MessageFormat(bundle.getString("hint.didYouMean"), locale).format(new Object[] {didYouMean});
        }
        return text;
    }

    static ResourceBundle bundle(Locale locale) {
        return dev.csreview.messages.Messages.bundle("dev.csreview.diagnostics", locale);
    }
}
