package dev.csreview.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csreview completion bash|zsh|fish}: the completion script, for installs that do not use install.sh. */
@Command(name = "completion", mixinStandardHelpOptions = true, addMethodSubcommands = false)
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "SHELL", completionCandidates = Candidates.Shells.class)
    String shell;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!ShellCompletion.SHELLS.contains(shell)) {
            err.println("csreview: " + CliMessages.get(common.lang(), "completion.unknownShell", shell));
            return ExitCode.INVALID;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ShellCompletion.script(shell));
        out.flush();
        return ExitCode.OK;
    }
}
