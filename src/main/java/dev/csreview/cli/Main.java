package dev.csreview.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.csreview.questionnaire.Lang;
import dev.csreview.run.RunContext;
import dev.csreview.run.RunException;
import picocli.CommandLine;

/** The command line (after {@link Entry} has answered {@code --version}): the only place that calls System.exit. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int lead = leadingCommonOptions(args);
        boolean interactive = lead < args.length && args[lead].equals("interview") && !java.util.Arrays.asList(args).contains("--plain")
                && dev.csreview.interview.terminal.Prompters.wantsTerminal(System.in);
        RunContext context = RunContext.forProcess(java.util.Arrays.copyOfRange(args, lead, args.length), System.getenv(),
                interactive ? dev.csreview.interview.terminal.Prompters::systemTerminal : null);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Lang lang = HelpLanguage.of(args, System.getenv(), java.util.Locale.getDefault());
        if (!interactive) {
            onStopSignal(lang, err);
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            // A background thread (preload, warm-up) failing is not the run failing: no trace on the user's screen.
            if (e instanceof VirtualMachineError) {
                err.println(fatal(e, lang));
            }
        });
        int code = run(context, args, out, err);
        // System.out is a PrintStream, which swallows write errors like the PrintWriter around it.
        if (System.out.checkError() && (code == ExitCode.OK || code == ExitCode.THRESHOLD)) {
            err.println(stdoutFailed(lang));
            code = ExitCode.FAILED;
        }
        System.exit(code);
    }

    /**
     * Ctrl-C (SIGINT) and SIGTERM: say so and exit 130 through System.exit, which runs the shutdown hooks that remove
     * the run's temporary files and folders (the JVM's own handling would exit 130 or 143 in silence). An interview
     * at a terminal handles Ctrl-C itself (it saves the session).
     */
    private static void onStopSignal(Lang lang, PrintWriter err) {
        sun.misc.SignalHandler stop = signal -> {
            err.println("csreview: " + CliMessages.get(lang, "run.interrupted"));
            err.flush();
            System.exit(ExitCode.INTERRUPTED);
        };
        dev.csreview.files.RemovedOnStop.hookNow();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), stop);
            } catch (IllegalArgumentException e) {
                // not a signal here (Windows has no TERM), or the JVM was started with -Xrs: its default stays
            }
        }
    }

    /** Results that did not reach standard output: the run did not complete. */
    static String stdoutFailed(Lang lang) {
        return "csreview: " + CliMessages.get(lang, "run.stdoutFailed");
    }

    /** Runs one command with the given streams, in a context of its own with nothing preloaded; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(RunContext.of(System.getenv()), args, out, err);
    }

    /** Runs one command with the given streams in {@code context}. */
    public static int run(RunContext context, String[] args, PrintWriter out, PrintWriter err) {
        int lead = leadingCommonOptions(args);
        String first = lead < args.length ? args[lead] : null;
        Lang lang = HelpLanguage.of(args, context.env(), java.util.Locale.getDefault());
        CommandLine cmd = commandLine(first, new ContextFactory(context, lang));
        HelpLanguage.apply(cmd, lang);
        cmd.setParameterExceptionHandler(FileNameArgument.around(cmd.getParameterExceptionHandler(), lang));
        cmd.setExecutionExceptionHandler(new FailureHandler(lang));
        cmd.setExecutionStrategy(new ListsChecked(lang));
        cmd.setOut(out);
        cmd.setErr(err);
        return execute(cmd, behindSubcommand(args, lead, first == null ? null : cmd.getSubcommands().get(first)), out, err, lang);
    }

    /** How many arguments at the start are options every subcommand takes: --lang X, --lang=X, --debug. */
    static int leadingCommonOptions(String[] args) {
        int i = 0;
        while (i < args.length) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                i += 2;
            } else if (args[i].startsWith("--lang=") || args[i].equals("--debug")) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * {@code csreview --lang zh assess …} as {@code csreview assess --lang zh …}: the root command has no options
     * of its own but help and version, and the subcommand stays the first argument (it is the only one built).
     * What the subcommand does not take (help has no --lang) is dropped: the language was read already.
     */
    static String[] behindSubcommand(String[] args, int lead, CommandLine sub) {
        if (lead == 0) {
            return args;
        }
        java.util.List<String> moved = new java.util.ArrayList<>();
        if (sub != null) {
            moved.add(args[lead]);
        }
        for (int i = 0; i < lead; i++) {
            int width = args[i].equals("--lang") ? 2 : 1;
            String name = args[i].startsWith("--lang") ? "--lang" : args[i];
            if (sub != null && sub.getCommandSpec().findOption(name) != null) {
                moved.addAll(java.util.Arrays.asList(args).subList(i, i + width));
            }
            i += width - 1;
        }
        moved.addAll(java.util.Arrays.asList(args).subList(sub != null ? lead + 1 : lead, args.length));
        return moved.toArray(String[]::new);
    }

    /** Runs a command line, turning the JVM giving up into exit 3 and lost standard output into exit 3. */
    static int execute(CommandLine cmd, String[] args, PrintWriter out, PrintWriter err, Lang lang) {
        int code;
        try {
            code = cmd.execute(args);
        } catch (VirtualMachineError e) {
            err.println(fatal(e, lang));
            err.flush();
            return ExitCode.FAILED;
        }
        // Results that did not reach standard output (/dev/full, a closed pipe) are a run that did not complete.
        if (out.checkError() && (code == ExitCode.OK || code == ExitCode.THRESHOLD)) {
            err.println(stdoutFailed(lang));
            err.flush();
            return ExitCode.FAILED;
        }
        return code;
    }

    /** One line for the JVM giving up (out of memory, stack exhausted): exit 3, never 1, never a trace. */
    static String fatal(Throwable e, Lang lang) {
        if (e instanceof StackOverflowError) {
            return "csreview: " + CliMessages.get(lang, "run.stackExhausted");
        }
        if (e instanceof OutOfMemoryError) {
            return "csreview: " + CliMessages.get(lang, "run.outOfMemory", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        return "csreview: " + CliMessages.get(lang, "run.vmFailed", e.getClass().getSimpleName());
    }

    private static VirtualMachineError vmError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VirtualMachineError v) {
                return v;
            }
        }
        return null;
    }

    /** The subcommands in the order help lists them; each is built (by the run's factory) only when needed. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("assess", AssessCommand.class);
        m.put("interview", InterviewCommand.class);
        m.put("init", InitCommand.class);
        m.put("timeline", TimelineCommand.class);
        m.put("diff", DiffCommand.class);
        m.put("migrate", MigrateCommand.class);
        m.put("history", HistoryCommand.class);
        m.put("portfolio", PortfolioCommand.class);
        m.put("validate", ValidateCommand.class);
        m.put("questionnaires", QuestionnairesCommand.class);
        m.put("schema", SchemaCommand.class);
        m.put("completion", CompletionCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return m;
    }

    /**
     * Builds commands and mixins for picocli, handing the run's context to every command that takes one in its
     * constructor: the one way a command reaches what start-up prepared (no static state). A converter that takes
     * a {@link Lang} gets the run's language, the one its usage errors are printed in (picocli builds converters
     * before it parses --lang).
     */
    static final class ContextFactory implements CommandLine.IFactory {
        private final RunContext context;
        private final Lang lang;

        ContextFactory(RunContext context, Lang lang) {
            this.context = context;
            this.lang = lang;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            // Looked up without an exception per class: picocli asks for every mixin, converter and candidate list.
            for (java.lang.reflect.Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == RunContext.class) {
                    return type.cast(c.newInstance(context));
                }
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Lang.class) {
                    return type.cast(c.newInstance(lang));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** picocli's switch for its built-in type converters not to set up (regular expressions of class names). */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /**
     * The command line for a run whose first argument is {@code first}. Picocli builds the model of every
     * registered command up front (~100 ms for all of them), so a named subcommand is registered alone;
     * anything else (help, a typo, an option) gets them all, for usage and "did you mean".
     */
    static CommandLine commandLine(String first) {
        return commandLine(first, new ContextFactory(RunContext.of(System.getenv()), CommonOptions.ofLocale()));
    }

    static CommandLine commandLine(String first, CommandLine.IFactory factory) {
        // Options here are strings, numbers, booleans, paths and enums: picocli's reflective java.sql and java.time
        // converters, set up for every command built, would only cost start-up (≈ 6 ms, docs/performance.md).
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.(sql|time)\\..*");
        }
        CommandLine cmd = new CommandLine(new CsreviewCommand(), factory);
        if (first != null && SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            cmd.addSubcommand(first, SUBCOMMANDS.get(first));
        } else {
            SUBCOMMANDS.forEach(cmd::addSubcommand);
        }
        cmd.registerConverter(java.nio.file.Path.class, new FileNameArgument());
        cmd.setExecutionExceptionHandler(new FailureHandler(Lang.EN));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    /**
     * Checks what no single value's converter can see, for every command alike, then runs the command: a list
     * option given only separators ({@code --fail-on ,}, {@code --format ,}) switches nothing off silently, and
     * {@code none} is not a level to combine with others. Exit 2, as for any usage mistake.
     */
    static final class ListsChecked implements CommandLine.IExecutionStrategy {
        private final Lang lang;

        ListsChecked(Lang lang) {
            this.lang = lang;
        }

        @Override
        public int execute(CommandLine.ParseResult parsed) {
            for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
                for (CommandLine.Model.OptionSpec o : p.matchedOptions()) {
                    if (!o.splitRegex().isEmpty() && o.getValue() instanceof java.util.Collection<?> values) {
                        if (values.isEmpty()) {
                            throw new CommandLine.ParameterException(p.commandSpec().commandLine(),
                                    CliMessages.get(lang, "option.emptyList", o.longestName()));
                        }
                        if (values.size() > 1 && values.contains(dev.csreview.gate.FailLevel.NONE)) {
                            throw new CommandLine.ParameterException(p.commandSpec().commandLine(),
                                    CliMessages.get(lang, "option.noneWithLevels", o.longestName()));
                        }
                    }
                }
            }
            return new CommandLine.RunLast().execute(parsed);
        }
    }

    /** What went wrong with a file, in words: the kind of failure where the JDK names it, then its message. */
    private static String describe(java.io.IOException e, Lang lang) {
        String kind = e.getClass().getSimpleName();
        return switch (kind) {
            case "AccessDeniedException", "FileAlreadyExistsException", "NoSuchFileException", "NotDirectoryException", "FileSystemException" ->
                    CliMessages.get(lang, "run.io." + kind, e.getMessage());
            default -> String.valueOf(e.getMessage());
        };
    }

    /**
     * The one place a command's failure becomes an exit code: a run that stopped early (RunException: exit 2 or 3 with
     * its message), a template the user supplied (exit 2), the environment (exit 3, said plainly), anything else an
     * internal error (exit 3; the stack trace only with --debug). Told in the run's language.
     */
    static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        private final Lang lang;

        FailureHandler(Lang lang) {
            this.lang = lang;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            PrintWriter err = cmd.getErr();
            boolean debug = parsed.expandedArgs().contains("--debug");
            VirtualMachineError vm = vmError(e);
            if (vm != null) {
                err.println(fatal(vm, lang));
                err.flush();
                return ExitCode.FAILED;
            }
            if (e instanceof RunException stop) {
                // A run that ends early says why (unless its diagnostics said it already) and how it ended.
                if (stop.getMessage() != null) {
                    err.println("csreview: " + stop.getMessage());
                }
                err.flush();
                return stop.status() == RunException.Status.INVALID ? ExitCode.INVALID : ExitCode.FAILED;
            }
            if (e instanceof dev.csreview.report.TemplateRenderer.TemplateException t) {
                // A document template the user supplied (--templates) is input like any other: exit 2, no trace.
                err.println(t.template() + ": error[T001] " + t.reason(lang.locale()));
                err.flush();
                return ExitCode.INVALID;
            }
            String names = System.getProperty("sun.jnu.encoding", "");
            if (e instanceof java.nio.file.InvalidPathException p && !names.replace("-", "").equalsIgnoreCase("UTF8")) {
                // Under the C or POSIX locale the JVM takes file names as ASCII: a Chinese company name cannot be one.
                err.println("csreview: " + CliMessages.get(lang, "run.fileName", p.getInput(), names));
                err.flush();
                return ExitCode.FAILED;
            }
            Throwable io = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
            if (io instanceof java.io.IOException) {
                // The environment failed (disk full, no permission, a file where a folder should be): exit 3, said plainly.
                err.println("csreview: " + CliMessages.get(lang, "run.ioFailed", describe((java.io.IOException) io, lang)));
                if (debug) {
                    e.printStackTrace(err);
                }
                err.flush();
                return ExitCode.FAILED;
            }
            err.println("csreview: " + CliMessages.get(lang, "run.internal", e));
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println(CliMessages.get(lang, "run.debugHint"));
            }
            err.flush();
            return ExitCode.FAILED;
        }
    }
}
