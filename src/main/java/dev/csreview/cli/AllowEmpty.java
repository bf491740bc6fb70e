package dev.csreview.cli;

import picocli.CommandLine.Option;

/** {@code --allow-empty}: folders without a profile are not a mistake (a CI glob that matches nothing is, by default). */
public final class AllowEmpty {
    @Option(names = "--allow-empty", descriptionKey = "allow-empty")
    boolean allowed;
}
