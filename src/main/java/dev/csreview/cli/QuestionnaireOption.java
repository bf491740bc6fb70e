package dev.csreview.cli;

import picocli.CommandLine.Option;

/**
 * {@code --questionnaire ID|FILE}: the questionnaire a command reads profiles with, instead of the one they name (the
 * run decides with {@code Inputs.choose}).
 */
public final class QuestionnaireOption {
    @Option(names = "--questionnaire", paramLabel = "ID|FILE", descriptionKey = "questionnaire",
            completionCandidates = Candidates.QuestionnaireIds.class)
    String chosen;

    /** The id or file given, or null when the option is absent. */
    String orNull() {
        return chosen;
    }
}
