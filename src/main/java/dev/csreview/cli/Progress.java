package dev.csreview.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar on the terminal for batches; nothing at all in pipes, files and CI logs. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(int total) {
        boolean terminal = total > 1 && System.console() != null && System.getenv("CI") == null;
        return new Progress(terminal
                ? new ProgressBarBuilder().setTaskName("csreview").setInitialMax(total)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build()
                : null);
    }

    void step() {
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
