package dev.csreview.cli;

import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads the default built-in questionnaire on a second thread while picocli parses the command line: reading,
 * hashing, parsing and compiling it is the largest part of a one-profile run, and on two cores it overlaps
 * with the rest of start-up. Only for commands that will need it; nothing is loaded twice.
 */
final class Preload {
    private static final Set<String> COMMANDS = Set.of("assess", "portfolio", "init", "interview");
    private static volatile CompletableFuture<QuestionnaireLoader.Loaded> defaultQuestionnaire;
    private static volatile String defaultId;

    private Preload() {}

    /** Starts loading if the command named by the first argument uses questionnaires. */
    static void start(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return;
        }
        QuestionnaireCatalog catalog = new QuestionnaireCatalog();
        String id = catalog.defaultId();
        CompletableFuture<QuestionnaireLoader.Loaded> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(catalog.load(id, new QuestionnaireLoader()));
            } catch (InvalidInputException | RuntimeException e) {
                future.completeExceptionally(e);
            }
        }, "csreview-preload");
        t.setDaemon(true);
        defaultId = id;
        defaultQuestionnaire = future;
        t.start();
    }

    /** The preloaded questionnaire if it is the one asked for, else null (the caller loads it itself). */
    static QuestionnaireLoader.Loaded take(String id) throws InvalidInputException {
        CompletableFuture<QuestionnaireLoader.Loaded> future = defaultQuestionnaire;
        if (future == null || !id.equals(defaultId)) {
            return null;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            return null; // an unexpected failure: load again on this thread, where it is reported properly
        }
    }
}
