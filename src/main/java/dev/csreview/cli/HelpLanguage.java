package dev.csreview.cli;

import dev.csreview.questionnaire.Lang;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The language of {@code --help} and of usage errors. Picocli prints both before any command runs, so the
 * language is read from the arguments ({@code --lang}, before or after the subcommand) and the environment.
 * The texts are in {@code help.properties} (English) and {@code help_zh.properties}, loaded only when help or an
 * error is actually printed: a run that prints neither reads no bundle.
 */
final class HelpLanguage {
    static final String BUNDLE = "dev.csreview.cli.help";

    private HelpLanguage() {}

    /** {@code --lang} wherever it stands (the last one wins, up to {@code --}), else the locale. */
    static Lang of(String[] args, Map<String, String> env, Locale jvm) {
        Lang named = null;
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String value = args[i].equals("--lang") && i + 1 < args.length ? args[++i]
                    : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
            Lang lang = value == null ? null : parse(value);
            named = lang != null ? lang : named;
        }
        return named != null ? named : fromEnvironment(env, jvm);
    }

    /**
     * The language messages follow without {@code --lang}: LC_ALL, LC_MESSAGES, LANG in POSIX order, else the
     * JVM's locale. The variables come first because the JVM reports en_US for a locale the system has not
     * installed (LANG=zh_CN.UTF-8 in a container), though the user asked for Chinese.
     */
    static Lang fromEnvironment(Map<String, String> env, Locale jvm) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return value.toLowerCase(Locale.ROOT).startsWith("zh") ? Lang.ZH : Lang.EN;
            }
        }
        return Lang.fromLocale(jvm);
    }

    /** zh or en (zh-CN, en_GB and the like too); null for anything else, which --lang's converter refuses. */
    static Lang parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.startsWith("zh") ? Lang.ZH : v.startsWith("en") ? Lang.EN : null;
    }

    /** Makes help and usage errors of {@code cmd} (and its subcommands, registered before) speak {@code lang}. */
    static void apply(CommandLine cmd, Lang lang) {
        cmd.setHelpFactory(new OnFirstHelp(lang));
        if (lang == Lang.ZH) { // picocli's own handler says it in English
            cmd.setParameterExceptionHandler(new ChineseErrors());
        }
    }

    /** The texts in {@code lang}; Chinese falls back to English key by key, never to the JVM's locale. */
    static ResourceBundle bundle(Lang lang) {
        return bundle(BUNDLE, lang);
    }

    /** The bundle {@code name} in {@code lang}: English is the base file, so --lang en is English on a Chinese system. */
    static ResourceBundle bundle(String name, Lang lang) {
        return dev.csreview.messages.Messages.bundle(name, lang.locale());
    }

    static ResourceBundle chinese() {
        return bundle(Lang.ZH);
    }

    /** Gives the whole command tree its texts the first time any help is rendered. */
    static final class OnFirstHelp implements CommandLine.IHelpFactory {
        private final Lang lang;
        private boolean loaded;

        OnFirstHelp(Lang lang) {
            this.lang = lang;
        }

        @Override
        public Help create(CommandSpec spec, Help.ColorScheme colors) {
            if (!loaded) {
                spec.root().commandLine().setResourceBundle(bundle(lang));
                loaded = true;
            }
            return new Help(spec, colors);
        }
    }

    /**
     * Picocli's usage errors in Chinese: its English message is matched against the patterns it is built from
     * (picocli's version is pinned in the pom; an error no pattern matches stays in English), then the usage or
     * the suggestions follow, as picocli prints them. A converter's reason, the tail of "Invalid value for …", is
     * csreview's own and comes in the run's language (cli/messages option.*); picocli's enum one is matched here.
     */
    static final class ChineseErrors implements CommandLine.IParameterExceptionHandler {
        /** Picocli's messages, each with its key; csreview's converters say theirs in the run's language already. */
        private static final List<Map.Entry<Pattern, String>> MESSAGES = List.of(
                known("Unknown options?: (.*)", "error.unknownOption"),
                known("Unmatched arguments? (?:at|from) index \\d+: (.*)", "error.unmatched"),
                known("Missing required parameter for option '([^']*)' \\((.*)\\)", "error.optionValueMissing"),
                known("Missing required parameters?: (.*)", "error.parameterMissing"),
                known("Missing required options?: (.*)", "error.optionMissing"),
                known("Missing required subcommand", "error.subcommandMissing"),
                known("Expected parameter for option '([^']*)' but found '(.*)'", "error.expectedValue"),
                known("option '([^']*)' \\((.*)\\) should be specified only once", "error.once"),
                known("Invalid value for option '([^']*)'(?: \\([^)]*\\))?: (.*)", "error.invalidOption"),
                known("Invalid value for positional parameter at index [^ ]+ \\((.*?)\\): (.*)", "error.invalidParameter"),
                known("expected one of \\[(.*)\\] \\(case-insensitive\\) but was '(.*)'", "error.notOneOf"));

        /** A message of picocli's and its key; a value with a line break in it (DOTALL) is still matched. */
        private static Map.Entry<Pattern, String> known(String regex, String key) {
            return Map.entry(Pattern.compile(regex, Pattern.DOTALL), key);
        }

        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            ResourceBundle bundle = chinese();
            err.println(cmd.getColorScheme().errorText(translate(ex.getMessage(), bundle)));
            if (!suggest(ex, err, bundle)) {
                cmd.usage(err, cmd.getColorScheme());
            }
            err.flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        }

        /** The Chinese of one message, its tail translated too (an invalid value's reason); English if unknown. */
        static String translate(String message, ResourceBundle bundle) {
            for (Map.Entry<Pattern, String> known : MESSAGES) {
                Matcher m = known.getKey().matcher(message);
                if (m.matches()) {
                    Object[] parts = new Object[m.groupCount()];
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = i == parts.length - 1 ? translate(m.group(i + 1), bundle) : m.group(i + 1);
                    }
                    return new MessageFormat(bundle.getString(known.getValue()), Lang.ZH.locale()).format(parts);
                }
            }
            return message;
        }

        /** Picocli's "did you mean", in Chinese; false when there is nothing to suggest. */
        private static boolean suggest(ParameterException ex, PrintWriter err, ResourceBundle bundle) {
            if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getSuggestions().isEmpty()) {
                return false;
            }
            List<String> names = new ArrayList<>();
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            for (String s : unmatched.getSuggestions()) {
                names.add(unmatched.isUnknownOption() ? s : command + " " + s);
            }
            String key = unmatched.isUnknownOption() ? "error.possibleOptions" : "error.didYouMean";
            err.println(MessageFormat.format(bundle.getString(key), String.join(unmatched.isUnknownOption() ? ", " : " 或 ", names)));
            return true;
        }
    }
}
