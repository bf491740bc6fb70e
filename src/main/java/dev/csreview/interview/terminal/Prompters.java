package dev.csreview.interview.terminal;

import dev.csreview.interview.Labels;
import dev.csreview.interview.Prompter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Picks the interview's front end: JLine on a real terminal, the plain numbered prompter on a dumb terminal, a pipe,
 * or with {@code --plain}. The plain prompter writes to standard error, keeping standard output for the results.
 */
public final class Prompters {
    private Prompters() {}

    /** A prompter and the terminal it holds, released on close (twice is harmless). */
    public static final class Opened implements AutoCloseable {
        private final Prompter prompter;
        private Terminal terminal;

        Opened(Prompter prompter, Terminal terminal) {
            this.prompter = prompter;
            this.terminal = terminal;
        }

        /** The prompter the interview talks to. */
        public Prompter prompter() {
            return prompter;
        }

        @Override
        public void close() throws IOException {
            if (terminal != null) {
                Terminal t = terminal;
                terminal = null;
                t.close();
            }
        }
    }

    /**
     * Opens the prompter on another thread, so that setting up the terminal and line editor overlaps with loading the
     * questionnaire (the first question appears about 0.1 s sooner). {@code early} gives the terminal opened during
     * start-up, once, or null (then one is opened here).
     */
    public static CompletableFuture<Opened> openInBackground(boolean plain, InputStream stdin, PrintWriter err, Labels labels,
            Supplier<Terminal> early) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return open(plain, stdin, err, labels, early);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The prompter opened in the background; its I/O failure as an IOException. */
    public static Opened await(CompletableFuture<Opened> opening) throws IOException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** Releases a prompter that will not be used (the run stopped before the first question). */
    public static void discard(CompletableFuture<Opened> opening) {
        try {
            await(opening).close();
        } catch (IOException | RuntimeException e) {
            // nothing was shown on it; there is nothing to tell the user
        }
    }

    static Opened open(boolean plain, InputStream stdin, PrintWriter err, Labels labels, Supplier<Terminal> early)
            throws IOException {
        boolean tty = System.console() != null && stdin == System.in;
        if (!plain && wantsTerminal(stdin)) {
            Terminal terminal = early.get();
            if (terminal == null) {
                terminal = systemTerminal();
            }
            if (!terminal.getType().startsWith("dumb")) {
                return new Opened(new JLinePrompter(terminal, labels, color()), terminal);
            }
            terminal.close();
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        return new Opened(new PlainPrompter(in, err, labels, !tty), null);
    }

    /** Whether JLine can run here: standard input is the console and the terminal is not dumb. */
    public static boolean wantsTerminal(InputStream stdin) {
        String term = System.getenv("TERM");
        return System.console() != null && stdin == System.in && (term == null || !term.startsWith("dumb"));
    }

    /**
     * JLine's own log (java.util.logging), held here so the level set on it sticks (the JDK keeps loggers weakly),
     * and only once a terminal is opened (--plain never starts java.util.logging). Its warnings would print over the
     * interview: a native library that will not load where /tmp is mounted noexec (JLine then uses stty), a terminal
     * it cannot open (this class then falls back to the plain prompter). Left as configured when a logging
     * configuration names a level for it.
     */
    private static final class JLineLog {
        static final Logger LOG = Logger.getLogger("org.jline");
    }

    /** The system terminal, with JLine's own log kept off the screen. */
    public static Terminal systemTerminal() throws IOException {
        if (JLineLog.LOG.getLevel() == null) {
            JLineLog.LOG.setLevel(Level.OFF);
        }
        return TerminalBuilder.builder().system(true).build();
    }

    /** NO_COLOR (https://no-color.org): any non-empty value turns colours off. */
    static boolean color() {
        String noColor = System.getenv("NO_COLOR");
        return noColor == null || noColor.isEmpty();
    }
}
