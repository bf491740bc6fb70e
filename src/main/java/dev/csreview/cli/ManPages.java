package dev.csreview.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Manual pages in roff (man(7)) from the picocli model: {@code csreview.1} lists every subcommand, and each has its
 * own {@code csreview-NAME.1} with its options, as git does. Written by hand rather than with picocli's
 * ManPageGenerator, which writes AsciiDoc and needs Asciidoctor (a Ruby tool) to become a manual page.
 */
final class ManPages {
    private ManPages() {}

    /** File name → page, for the root command and each subcommand ({@code help} has no page). */
    static Map<String, String> all(String version) {
        CommandLine root = ShellCompletion.all();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("csreview.1", root(root, version));
        for (var e : root.getSubcommands().entrySet()) {
            if (!e.getKey().equals("help")) {
                pages.put("csreview-" + e.getKey() + ".1", page("csreview-" + e.getKey(), "csreview " + e.getKey(), e.getValue().getCommandSpec(), version));
            }
        }
        return pages;
    }

    private static String root(CommandLine root, String version) {
        StringBuilder s = header("csreview", version);
        s.append(".SH NAME\ncsreview \\- ").append(escape(ShellCompletion.firstLine(root.getCommandSpec().usageMessage().description()))).append('\n');
        s.append(".SH SYNOPSIS\n.B csreview\n.I COMMAND\n[\\fIOPTIONS\\fR]\n");
        description(s, root.getCommandSpec());
        s.append(".SH COMMANDS\n");
        for (var e : root.getSubcommands().entrySet()) {
            s.append(".TP\n.B ").append(escape(e.getKey())).append('\n')
                    .append(escape(String.join(" ", e.getValue().getCommandSpec().usageMessage().description()))).append('\n');
            if (!e.getKey().equals("help")) {
                s.append("See \\fBcsreview-").append(escape(e.getKey())).append("\\fR(1).\n");
            }
        }
        options(s, root.getCommandSpec());
        s.append(".SH EXIT STATUS\n0 done; 1 \\-\\-fail\\-on reached; 2 usage or invalid input; 3 could not complete; 130 interrupted.\n");
        s.append(".SH SEE ALSO\n");
        s.append(String.join(",\n", root.getSubcommands().keySet().stream().filter(n -> !n.equals("help"))
                .map(n -> ".BR csreview\\-" + escape(n) + " (1)").toList())).append('\n');
        return s.toString();
    }

    private static String page(String name, String command, CommandSpec spec, String version) {
        StringBuilder s = header(name, version);
        s.append(".SH NAME\n").append(escape(name)).append(" \\- ")
                .append(escape(ShellCompletion.firstLine(spec.usageMessage().description()))).append('\n');
        s.append(".SH SYNOPSIS\n.B ").append(escape(command)).append("\n[\\fIOPTIONS\\fR]");
        for (PositionalParamSpec p : spec.positionalParameters()) {
            s.append(' ').append(p.arity().min() == 0 ? "[" : "").append("\\fI").append(escape(p.paramLabel())).append("\\fR")
                    .append(p.arity().max() > 1 ? "..." : "").append(p.arity().min() == 0 ? "]" : "");
        }
        s.append('\n');
        description(s, spec);
        if (!spec.positionalParameters().isEmpty()) {
            s.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : spec.positionalParameters()) {
                s.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n').append(escape(String.join(" ", p.description()))).append('\n');
            }
        }
        options(s, spec);
        s.append(".SH SEE ALSO\n.BR csreview (1)\n");
        return s.toString();
    }

    private static StringBuilder header(String name, String version) {
        // No date: the page is the same bytes for the same sources (deterministic builds).
        return new StringBuilder(".TH ").append(name.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-"))
                .append(" 1 \"\" \"csreview ").append(escape(version)).append("\" \"csreview manual\"\n");
    }

    private static void description(StringBuilder s, CommandSpec spec) {
        s.append(".SH DESCRIPTION\n");
        for (String line : spec.usageMessage().description()) {
            s.append(".PP\n").append(escape(line)).append('\n');
        }
    }

    private static void options(StringBuilder s, CommandSpec spec) {
        s.append(".SH OPTIONS\n");
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            s.append(".TP\n").append(String.join(", ", o.names().length == 0 ? new String[0]
                    : java.util.Arrays.stream(o.names()).map(n -> "\\fB" + escape(n) + "\\fR").toArray(String[]::new)));
            if (o.arity().max() > 0) {
                s.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
            }
            s.append('\n').append(escape(String.join(" ", o.description()).replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue())))).append('\n');
        }
    }

    /** Text safe in a roff line: backslashes and hyphens escaped, no line starting with a control character. */
    static String escape(String text) {
        String t = text.replace("\\", "\\e").replace("-", "\\-").replace("\n", " ");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
