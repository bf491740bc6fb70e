package dev.csreview.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point: the only place that calls System.exit. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // --version is answered before picocli loads: it is the command people time first.
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println("csreview " + Version.get());
            System.exit(ExitCode.OK);
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs one command with the given streams; tests call this instead of main. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = commandLine();
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new CsreviewCommand());
        cmd.setExecutionExceptionHandler(new FailureHandler());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    /** An unexpected failure: a short message, exit 3; the stack trace only with --debug. */
    static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            PrintWriter err = cmd.getErr();
            boolean debug = parsed.expandedArgs().contains("--debug");
            err.println("csreview: " + (e instanceof java.io.IOException ? "I/O error: " : "internal error: ") + e);
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println("(run again with --debug for details)");
            }
            err.flush();
            return ExitCode.FAILED;
        }
    }
}
