package dev.csreview.cli;

import dev.csreview.interview.Labels;
import dev.csreview.interview.Prompter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Picks the interview's front end: JLine on a real terminal, the plain numbered prompter on a dumb terminal, a pipe,
 * or with {@code --plain}. The plain prompter writes to standard error, keeping standard output for the results.
 */
final class Prompters {
    private Prompters() {}

    /** A prompter and the terminal it holds, released on close (twice is harmless). */
    static final class Opened implements AutoCloseable {
        private final Prompter prompter;
        private Terminal terminal;

        Opened(Prompter prompter, Terminal terminal) {
            this.prompter = prompter;
            this.terminal = terminal;
        }

        Prompter prompter() {
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

    static Opened open(boolean plain, InputStream stdin, PrintWriter err, Labels labels) throws IOException {
        String term = System.getenv("TERM");
        boolean tty = System.console() != null && stdin == System.in;
        if (!plain && tty && (term == null || !term.startsWith("dumb"))) {
            Terminal terminal = TerminalBuilder.builder().system(true).build();
            if (!terminal.getType().startsWith("dumb")) {
                return new Opened(new JLinePrompter(terminal, labels, color()), terminal);
            }
            terminal.close();
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        return new Opened(new PlainPrompter(in, err, labels, !tty), null);
    }

    /** NO_COLOR (https://no-color.org): any non-empty value turns colours off. */
    static boolean color() {
        String noColor = System.getenv("NO_COLOR");
        return noColor == null || noColor.isEmpty();
    }
}
