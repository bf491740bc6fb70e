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

    static TerminalProgress start(int total) {
        boolean terminal = total > 1 && System.console() != null && System.getenv("CI") == null;
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
