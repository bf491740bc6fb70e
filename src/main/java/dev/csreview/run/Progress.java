package dev.csreview.run;

/** How far a batch has got, for a progress bar the command may show; nothing by default. */
public interface Progress extends AutoCloseable {
    /** One more profile is done. */
    void step();

    @Override
    void close();

    /** Shows nothing (pipes, files, CI logs, tests). */
    Progress NONE = new Progress() {
        @Override
        public void step() {
            // nothing shown
        }

        @Override
        public void close() {
            // nothing to close
        }
    };

    /** Makes the progress display for a batch of {@code total} profiles. */
    interface Factory {
        Progress start(int total);
    }
}
