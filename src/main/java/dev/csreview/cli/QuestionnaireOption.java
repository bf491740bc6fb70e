package dev.csreview.cli;

import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.questionnaire.QuestionnaireLoader;
import dev.csreview.run.Inputs;
import dev.csreview.yaml.YNode;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --questionnaire ID|FILE}: the questionnaire a command reads profiles with, instead of the one they name. */
public final class QuestionnaireOption {
    @Option(names = "--questionnaire", paramLabel = "ID|FILE", descriptionKey = "questionnaire",
            completionCandidates = Candidates.QuestionnaireIds.class)
    String chosen;

    /** The id or file given, or null when the option is absent. */
    String orNull() {
        return chosen;
    }

    /** The questionnaire given, else the one {@code named} (a profile's header) names, else the built-in default. */
    QuestionnaireLoader.Loaded choose(Inputs inputs, Optional<YNode.Scalar> named) throws InvalidInputException {
        return inputs.chosen(chosen, named);
    }
}
