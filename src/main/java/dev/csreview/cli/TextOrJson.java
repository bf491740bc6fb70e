package dev.csreview.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json} of the commands that print for people or for programs. */
public final class TextOrJson {
    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "text-or-json",
            completionCandidates = Candidates.TextOrJson.class)
    String format;

    boolean json() {
        return format.equals("json");
    }
}
