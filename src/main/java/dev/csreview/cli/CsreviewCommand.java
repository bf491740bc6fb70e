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
        addMethodSubcommands = false)
public final class CsreviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID;
    }
}
