package dev.csreview.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csreview completion bash|zsh|fish}: the completion script, for installs that do not use install.sh. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the shell completion script for bash, zsh or fish.",
            "bash: source <(csreview completion bash), or save it as ~/.local/share/bash-completion/completions/csreview.",
            "zsh: save it as _csreview in a folder on $fpath (before compinit runs). fish: save it as"
                    + " ~/.config/fish/completions/csreview.fish. install.sh puts all three in place."})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", completionCandidates = Candidates.Shells.class, description = "bash, zsh or fish.")
    String shell;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!ShellCompletion.SHELLS.contains(shell)) {
            err.println("csreview: no completion for '" + shell + "': choose bash, zsh or fish");
            return ExitCode.INVALID;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ShellCompletion.script(shell));
        out.flush();
        return ExitCode.OK;
    }
}
