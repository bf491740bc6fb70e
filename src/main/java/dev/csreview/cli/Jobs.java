package dev.csreview.cli;

import picocli.CommandLine.Option;

/** {@code --jobs N}: how many profiles a batch assesses at once. */
public final class Jobs {
    @Option(names = "--jobs", paramLabel = "N", descriptionKey = "jobs", converter = PositiveCount.class)
    Integer jobs;

    /** Threads for {@code profiles} profiles: --jobs, else the cores, never more than the profiles nor fewer than one. */
    int threads(int profiles) {
        return Math.min(Math.max(1, profiles), jobs != null ? jobs : Runtime.getRuntime().availableProcessors());
    }
}
