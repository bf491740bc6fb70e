package dev.csreview.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Completion scripts for bash, zsh and fish, all from the one picocli model of the commands, so a new option
 * completes everywhere without editing a script. bash is picocli's {@link AutoComplete}; zsh runs that script
 * through zsh's bashcompinit, as a {@code _csreview} function file; fish has no picocli generator, so its
 * {@code complete} lines are written here from the same model.
 */
final class ShellCompletion {
    static final List<String> SHELLS = List.of("bash", "zsh", "fish");

    private ShellCompletion() {}

    /** Every command and subcommand with their English texts, for the scripts and the man pages. */
    static CommandLine all() {
        return Main.commandLine(null).setResourceBundle(HelpLanguage.bundle(dev.csreview.questionnaire.Lang.EN));
    }

    static String script(String shell) {
        return switch (shell) {
            case "bash" -> bash();
            case "zsh" -> zsh();
            case "fish" -> fish();
            default -> throw new IllegalArgumentException(shell);
        };
    }

    static String bash() {
        return AutoComplete.bash("csreview", all());
    }

    /**
     * A file for zsh's fpath ({@code site-functions/_csreview}): autoloaded on the first completion of csreview, it
     * defines the bash functions under bashcompinit and completes at once; sourcing it from .zshrc works as well.
     */
    static String zsh() {
        return "#compdef csreview\n"
                + "# zsh completion for csreview: picocli's bash completion run through zsh's bashcompinit.\n"
                + "# bash's compopt (only tunes how bash shows candidates) does nothing here; the script's own alias for it\n"
                + "# does not reach function bodies parsed with this file when zsh autoloads it.\n"
                + "(( ${+functions[compopt]} )) || compopt() { return 0; }\n"
                + bash()
                + "\n# Autoloaded from fpath as the completion function: complete this first request too.\n"
                + "if [ -n \"$ZSH_VERSION\" ] && [[ \"${funcstack[1]:-}\" == _csreview ]]; then\n"
                + "  _bash_complete -F _complete_csreview -o default \"$@\"\n"
                + "fi\n";
    }

    /** fish: a {@code complete} line per subcommand and per option, candidates where an option has them. */
    static String fish() {
        CommandLine root = all();
        StringBuilder s = new StringBuilder("# fish completion for csreview (csreview completion fish), from its command model.\n");
        s.append("complete -c csreview -f\n");
        options(s, root.getCommandSpec(), "__fish_use_subcommand");
        for (var e : root.getSubcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            s.append("complete -c csreview -n __fish_use_subcommand -a ").append(quote(e.getKey()))
                    .append(" -d ").append(quote(firstLine(sub.usageMessage().description()))).append('\n');
            options(s, sub, "__fish_seen_subcommand_from " + e.getKey());
            if (!sub.positionalParameters().isEmpty()) {
                List<String> values = new ArrayList<>();
                sub.positionalParameters().forEach(p -> {
                    if (p.completionCandidates() != null) {
                        p.completionCandidates().forEach(values::add);
                    }
                });
                s.append("complete -c csreview -n ").append(quote("__fish_seen_subcommand_from " + e.getKey()))
                        .append(values.isEmpty() ? " -F" : " -a " + quote(String.join(" ", values))).append('\n');
            }
        }
        return s.toString();
    }

    private static void options(StringBuilder s, CommandSpec spec, String condition) {
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            s.append("complete -c csreview -n ").append(quote(condition));
            for (String name : o.names()) {
                s.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
            }
            if (o.arity().max() > 0) {
                List<String> values = new ArrayList<>();
                if (o.completionCandidates() != null) {
                    o.completionCandidates().forEach(values::add);
                }
                s.append(values.isEmpty() ? " -r -F" : " -x -a " + quote(String.join(" ", values)));
            }
            s.append(" -d ").append(quote(firstLine(o.description()))).append('\n');
        }
    }

    static String firstLine(String[] description) {
        if (description == null || description.length == 0) {
            return "";
        }
        String d = description[0].replaceAll("\\$\\{[A-Z-]+}", "").strip();
        int stop = d.indexOf(". ");
        return stop > 0 ? d.substring(0, stop + 1) : d;
    }

    /** A single-quoted fish word. */
    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
