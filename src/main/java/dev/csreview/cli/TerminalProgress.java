package dev.csreview.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar on the terminal for batches; nothing at all in pipes, files and CI logs. */
final class TerminalProgress implements dev.csreview.run.Progress {
    private final ProgressBar bar;

    private TerminalProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar for {@code total} profiles on a terminal; nothing for one profile, in a pipe, or under CI ({@code env}). */
    static TerminalProgress start(int total, java.util.Map<String, String> env) {
        boolean terminal = total > 1 && System.console() != null && env.get("CI") == null;
        return new TerminalProgress(terminal
                ? new ProgressBarBuilder().setTaskName("csreview").setInitialMax(total)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build()
                : null);
    }

    @Override
    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
