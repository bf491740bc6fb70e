package dev.csreview.cli;

import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.interview.terminal.Prompters;
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
    private static final Set<String> COMMANDS = Set.of("assess", "portfolio", "init", "interview", "timeline");
    private static volatile CompletableFuture<QuestionnaireLoader.Loaded> defaultQuestionnaire;
    private static volatile String defaultId;
    private static CompletableFuture<org.jline.terminal.Terminal> terminal;

    private Preload() {}

    /** Starts loading if the command named by the first argument uses questionnaires. */
    static void start(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return;
        }
        if (args[0].equals("interview") && !java.util.Arrays.asList(args).contains("--plain") && Prompters.wantsTerminal(System.in)) {
            startTerminal();
        }
        QuestionnaireCatalog catalog = new QuestionnaireCatalog();
        String id = catalog.defaultId();
        CompletableFuture<QuestionnaireLoader.Loaded> future = new CompletableFuture<>();
        // The timeline only renders citations with the questionnaire's instruments: no expression to compile.
        boolean compileAll = !args[0].equals("interview") && !args[0].equals("timeline");
        Thread t = new Thread(() -> {
            QuestionnaireLoader loader = new QuestionnaireLoader();
            try {
                future.complete(catalog.load(id, loader));
            } catch (InvalidInputException | RuntimeException e) {
                future.completeExceptionally(e);
                return;
            }
            // The questionnaire is handed over with its expressions still to compile. An assessment evaluates nearly
            // all of them at once, so they are compiled here meanwhile, off the main thread; an interview evaluates a
            // few per screen (well under a millisecond each, on first use) and needs both cores for its first one.
            if (compileAll) {
                loader.compileDeferred();
            }
        }, "csreview-preload");
        t.setDaemon(true);
        defaultId = id;
        defaultQuestionnaire = future;
        t.start();
    }

    /**
     * The interview's terminal, opened while picocli reads the command line (JLine spawns infocmp and loads its
     * native library: ≈ 80 ms that were on the way to the first question). Closed at exit if nobody takes it.
     */
    private static synchronized void startTerminal() {
        CompletableFuture<org.jline.terminal.Terminal> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(Prompters.systemTerminal());
            } catch (java.io.IOException | RuntimeException e) {
                future.completeExceptionally(e);
            }
        }, "csreview-terminal");
        t.setDaemon(true);
        terminal = future;
        t.start();
        Runtime.getRuntime().addShutdownHook(new Thread(Preload::closeUnusedTerminal, "csreview-terminal-close"));
    }

    /** At exit: an early terminal nobody took is closed (restoring its modes); one still opening is left alone. */
    private static void closeUnusedTerminal() {
        CompletableFuture<org.jline.terminal.Terminal> future;
        synchronized (Preload.class) {
            future = terminal;
            terminal = null;
        }
        if (future != null && future.isDone() && !future.isCompletedExceptionally()) {
            try {
                future.join().close();
            } catch (java.io.IOException | RuntimeException e) {
                // exiting anyway
            }
        }
    }

    /** The terminal opened early, once (null if none was opened or opening failed: the caller opens its own). */
    static org.jline.terminal.Terminal takeTerminal() {
        CompletableFuture<org.jline.terminal.Terminal> future;
        synchronized (Preload.class) {
            future = terminal;
            terminal = null;
        }
        if (future == null) {
            return null;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            return null;
        }
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
