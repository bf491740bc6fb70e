package dev.csreview.cli;

import picocli.CommandLine.Option;

/** {@code --jobs N}: how many profiles a batch assesses at once. */
public final class Jobs {
    @Option(names = "--jobs", paramLabel = "N", descriptionKey = "jobs", converter = PositiveCount.class)
    Integer jobs;

    /** Profiles at once at most: --jobs, else the cores (a run never uses more threads than it has profiles). */
    int count() {
        return jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    }
}
