package dev.csreview.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command. Its subcommands are registered by {@link Main}, only the one that runs when it is named. */
@Command(
        name = "csreview",
        mixinStandardHelpOptions = true,
        versionProvider = Version.Provider.class,
        description = {
            "Self-assessment for China's Cybersecurity Review Measures (网络安全审查办法).",
            "Decides which review routes apply, scores the Article 10 risk factors, and drafts the papers.",
            "The result is a draft for counsel, not legal advice."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done, below any --fail-on threshold",
            "1:the --fail-on threshold was reached",
            "2:usage error or invalid questionnaire/profile",
            "3:could not complete (I/O failure or internal error)",
            "130:interrupted"
        })
public final class CsreviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID;
    }
}
