package dev.csreview.run;

import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Start-up work begun before picocli parses the command line, held by the run's {@link RunContext}: the default
 * built-in questionnaire is loaded on a second thread (reading, hashing, parsing and compiling it is the largest
 * part of a one-profile run, and on two cores it overlaps with the rest of start-up), and an interview's terminal is
 * opened. Only for commands that will need them; nothing is loaded twice.
 */
final class Preload {
    private static final Set<String> COMMANDS = Set.of("assess", "portfolio", "init", "interview", "timeline");

    private final CompletableFuture<QuestionnaireLoader.Loaded> questionnaire;
    private final String questionnaireId;
    private CompletableFuture<AutoCloseable> terminal;

    private Preload(CompletableFuture<QuestionnaireLoader.Loaded> questionnaire, String questionnaireId) {
        this.questionnaire = questionnaire;
        this.questionnaireId = questionnaireId;
    }

    /** Nothing started ahead: every command loads what it needs itself (tests, embedded runs). */
    static Preload none() {
        return new Preload(null, null);
    }

    /**
     * Starts loading if the command named by the first argument uses questionnaires, and opening the terminal with
     * {@code openTerminal} if it is not null (an interactive interview).
     */
    static Preload start(String[] args, Callable<? extends AutoCloseable> openTerminal) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return none();
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
        Preload preload = new Preload(future, id);
        if (args[0].equals("interview") && openTerminal != null) {
            preload.startTerminal(openTerminal);
        }
        t.start();
        return preload;
    }

    /**
     * The interview's terminal, opened while picocli reads the command line (JLine spawns infocmp and loads its
     * native library: ≈ 80 ms that were on the way to the first question). Closed at exit if nobody takes it.
     */
    private synchronized void startTerminal(Callable<? extends AutoCloseable> open) {
        CompletableFuture<AutoCloseable> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(open.call());
            } catch (Exception e) {
                future.completeExceptionally(e);
            }
        }, "csreview-terminal");
        t.setDaemon(true);
        terminal = future;
        t.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeUnusedTerminal, "csreview-terminal-close"));
    }

    /** At exit: an early terminal nobody took is closed (restoring its modes); one still opening is left alone. */
    private void closeUnusedTerminal() {
        CompletableFuture<AutoCloseable> future;
        synchronized (this) {
            future = terminal;
            terminal = null;
        }
        if (future != null && future.isDone() && !future.isCompletedExceptionally()) {
            try {
                future.join().close();
            } catch (Exception e) {
                // exiting anyway
            }
        }
    }

    /** The terminal opened early, once (null if none was opened or opening failed: the caller opens its own). */
    AutoCloseable takeTerminal() {
        CompletableFuture<AutoCloseable> future;
        synchronized (this) {
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
    QuestionnaireLoader.Loaded take(String id) throws InvalidInputException {
        if (questionnaire == null || !id.equals(questionnaireId)) {
            return null;
        }
        try {
            return questionnaire.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            return null; // an unexpected failure: load again on this thread, where it is reported properly
        }
    }
}
