package dev.csreview.interview.terminal;

import dev.csreview.interview.Article;
import dev.csreview.interview.ConfirmScreen;
import dev.csreview.interview.GroupScreen;
import dev.csreview.interview.Labels;
import dev.csreview.interview.Option;
import dev.csreview.interview.Prompter;
import dev.csreview.interview.QuestionScreen;
import dev.csreview.interview.Reply;
import dev.csreview.interview.ReviewScreen;
import dev.csreview.interview.SectionsScreen;
import dev.csreview.questionnaire.QuestionType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The numbered fallback for dumb terminals, pipes and screen readers: every screen is printed as lines, every
 * answer is a typed line (a number for a choice). Commands are single letters on a line of their own. End of input
 * is an interruption, never a hang.
 */
final class PlainPrompter implements Prompter {
    private final BufferedReader in;
    private final PrintWriter out;
    private final Labels labels;
    private final boolean echo;
    private final int width;

    /** {@code echo}: print each line read after the prompt, when the input is a pipe that the terminal does not echo. */
    PlainPrompter(BufferedReader in, PrintWriter out, Labels labels, boolean echo) {
        // On a terminal, lines are wrapped to it; into a pipe or a log they are left whole for whatever reads them.
        this(in, out, labels, echo, System.console() != null ? columns(System.getenv("COLUMNS")) : Integer.MAX_VALUE);
    }

    /** {@code width}: the columns lines are wrapped to ({@code Integer.MAX_VALUE}: none). */
    PlainPrompter(BufferedReader in, PrintWriter out, Labels labels, boolean echo, int width) {
        this.in = in;
        this.out = out;
        this.labels = labels;
        this.echo = echo;
        this.width = width;
    }

    /** $COLUMNS where the shell exports it, else 80: a pipe or a dumb terminal says nothing of its width. */
    static int columns(String env) {
        try {
            int n = env == null ? 80 : Integer.parseInt(env.strip());
            return n >= 20 ? n - 1 : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** Prints {@code text} after {@code lead}, wrapped at word boundaries, later lines under the text's start. */
    private void line(String lead, String text) {
        int indent = new org.jline.utils.AttributedString(lead).columnLength();
        for (String l : Wrap.lines(lead + text, width, indent)) {
            out.println(l);
        }
    }

    @Override
    public Reply ask(QuestionScreen s) {
        out.println();
        out.println("── " + s.progress().line() + " ──");
        if (s.record() != null) {
            line("   ", s.record());
        }
        notice(s.notice());
        line("  ", s.text() + (s.required() ? "" : " (" + labels.get("optional") + ")"));
        if (s.help() != null) {
            line("  ", labels.get("label.help") + s.help());
        }
        basis(s.articles());
        List<String> choices = choices(s);
        for (int i = 0; i < choices.size(); i++) {
            line(String.format("  %2d) ", i + 1), choices.get(i));
        }
        if (s.type() == QuestionType.MULTI) {
            line("  ", labels.get("hint.plain.multi"));
        }
        if (s.type() == QuestionType.DATE) {
            line("  ", labels.get("hint.date"));
        }
        if (s.hasAnswer()) {
            line("  ", labels.get(s.currentIsDefault() ? "label.default" : "label.current") + s.shownAnswer()
                    + " (" + labels.get("label.keep") + ")");
        }
        if (s.error() != null) {
            line("  ✗ ", s.error() + (s.kept() == null || s.kept().isBlank() ? "" : " (" + s.kept().strip() + ")"));
        }
        line("  ", labels.get("hint.plain"));
        while (true) {
            String line = read();
            Reply command = command(line, s.articles());
            if (command instanceof Reply.Skip) {
                // What skipping gave, on the screen as an answer would be: the current answer, unknown, or nothing.
                line("  ❯ ", s.hasAnswer() ? s.shownAnswer() : labels.get(s.allowUnknown() ? "unknown" : "skipped"));
            }
            if (command != null) {
                return command;
            }
            if (line.equals("?")) {
                continue;
            }
            if (line.isEmpty()) {
                if (s.hasAnswer()) {
                    return s.currentUnknown() ? new Reply.Unknown() : new Reply.Given(s.current());
                }
                if (!s.required()) {
                    return new Reply.Skip(); // an optional question: Enter leaves it unanswered, like "s"
                }
                line("  ✗ ", labels.get("error.empty"));
                continue;
            }
            String literal = line.startsWith("\\") ? line.substring(1) : line;
            Reply r = typed(s, literal, choices.size());
            if (r != null) {
                return r;
            }
        }
    }

    /** The numbered lines of a choice question: yes/no, the choices, "unknown" last where allowed. */
    private List<String> choices(QuestionScreen s) {
        List<String> out = new ArrayList<>();
        if (s.type() == QuestionType.YESNO) {
            out.add(labels.get("yes"));
            out.add(labels.get("no"));
        } else if (s.type() == QuestionType.SINGLE || s.type() == QuestionType.MULTI) {
            for (Option o : s.options()) {
                String mark = s.type() == QuestionType.MULTI && s.current() instanceof List<?> l && l.contains(o.id()) ? "[x] " : "";
                out.add(mark + o.label() + (o.help() == null ? "" : " — " + o.help()));
            }
        }
        if (!out.isEmpty() && s.allowUnknown() && s.type() != QuestionType.MULTI) {
            out.add(labels.get("unknown"));
        }
        return out;
    }

    private Reply typed(QuestionScreen s, String line, int numbered) {
        if (s.allowUnknown() && Labels.meansUnknown(line)) {
            return new Reply.Unknown();
        }
        Integer n = number(line);
        switch (s.type()) {
            case YESNO:
                if (n != null && n == 1) {
                    return new Reply.Given(Boolean.TRUE);
                }
                if (n != null && n == 2) {
                    return new Reply.Given(Boolean.FALSE);
                }
                if (n != null && n == 3 && s.allowUnknown()) {
                    return new Reply.Unknown();
                }
                return new Reply.Given(line);
            case SINGLE:
                if (n != null && n >= 1 && n <= s.options().size()) {
                    return new Reply.Given(s.options().get(n - 1).id());
                }
                if (n != null && n == numbered && s.allowUnknown()) {
                    return new Reply.Unknown();
                }
                return new Reply.Given(line);
            case MULTI:
                if (line.equals("0")) {
                    return new Reply.Given(List.of());
                }
                List<String> ids = new ArrayList<>();
                for (String part : line.split("[,，、;；\\s]+")) {
                    Integer k = number(part);
                    if (k == null || k < 1 || k > s.options().size()) {
                        line("  ✗ ", labels.get("error.choice", part));
                        return null;
                    }
                    ids.add(s.options().get(k - 1).id());
                }
                return new Reply.Given(ids);
            default:
                return new Reply.Given(line);
        }
    }

    @Override
    public Reply records(GroupScreen g) {
        out.println();
        out.println("── " + g.progress().line() + " ──");
        notice(g.notice());
        line("  ", g.text());
        if (g.help() != null) {
            line("  ", labels.get("label.help") + g.help());
        }
        basis(g.articles());
        for (int i = 0; i < g.records().size(); i++) {
            line(String.format("  %2d) ", i + 1), g.records().get(i));
        }
        if (g.error() != null) {
            line("  ✗ ", g.error());
        }
        line("  ", labels.get(g.records().isEmpty() ? "group.first" : "group.another") + " " + labels.get("confirm.prompt"));
        line("  ", (g.records().isEmpty() ? labels.get("hint.plain") : labels.get("group.actions")));
        while (true) {
            String line = read();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.equals("y") || lower.equals("yes") || line.equals(labels.get("yes")) || lower.equals("a")) {
                return new Reply.Add();
            }
            if (line.isEmpty() || lower.equals("n") || lower.equals("no") || line.equals(labels.get("no")) || lower.equals("d")) {
                return new Reply.Done();
            }
            String[] parts = lower.split("\\s+");
            Integer n = parts.length == 2 ? number(parts[1]) : null;
            if (n != null && n >= 1 && n <= g.records().size() && (parts[0].equals("e") || parts[0].equals("x"))) {
                return parts[0].equals("e") ? new Reply.Pick(n - 1) : new Reply.Remove(n - 1);
            }
            Reply command = command(line, g.articles());
            if (command != null) {
                return command;
            }
            if (!line.equals("?")) {
                line("  ✗ ", labels.get("error.notHere"));
            }
        }
    }

    @Override
    public Reply review(ReviewScreen r) {
        out.println();
        out.println("── " + labels.get("review.title") + " ──");
        notice(r.notice());
        for (int i = 0; i < r.entries().size(); i++) {
            ReviewScreen.Entry e = r.entries().get(i);
            line(String.format("  %2d) ", i + 1), String.format("[%s] %s%s%s%s", e.section(), e.question(), labels.get("colon"), e.answer(),
                    e.problem() == null ? "" : "  ✗ " + e.problem()));
        }
        if (r.problems() > 0) {
            line("  ", labels.get("review.problems", r.problems()));
        }
        line("  ", labels.get("review.prompt"));
        while (true) {
            String line = read();
            if (line.isEmpty()) {
                return new Reply.Done();
            }
            Integer n = number(line);
            if (n != null && n >= 1 && n <= r.entries().size()) {
                return new Reply.Pick(n - 1);
            }
            Reply command = command(line, List.of());
            if (command != null && !(command instanceof Reply.Review)) {
                return command;
            }
            line("  ✗ ", labels.get("error.notHere"));
        }
    }

    @Override
    public Reply confirm(ConfirmScreen c) {
        out.println();
        notice(c.notice());
        line("  ", c.message());
        for (String d : c.details()) {
            line("   - ", d);
        }
        String prompt = labels.get(c.cursorOnYes() ? "confirm.prompt.yes" : "confirm.prompt");
        line("  ", prompt);
        while (true) {
            String line = read().toLowerCase(Locale.ROOT);
            if (line.equals("y") || line.equals("yes") || line.equals(labels.get("yes")) || (line.isEmpty() && c.cursorOnYes())) {
                return new Reply.Given(Boolean.TRUE);
            }
            if (line.equals("n") || line.equals("no") || line.equals(labels.get("no"))) {
                return new Reply.Given(Boolean.FALSE);
            }
            if (line.equals("b")) {
                return new Reply.Back();
            }
            if (line.equals("q")) {
                throw new Quit();
            }
            line("  ", prompt);
        }
    }

    @Override
    public Reply sections(SectionsScreen s) {
        out.println();
        out.println("── " + labels.get("sections.title") + " ──");
        notice(s.notice());
        for (int i = 0; i < s.entries().size(); i++) {
            SectionsScreen.Entry e = s.entries().get(i);
            out.println(String.format("  %2d) %s%s  %s", i + 1, e.title(), i == s.current() ? " ◀" : "",
                    e.applies() ? labels.get("sections.count", e.answered(), e.questions()) : labels.get("sections.none")));
        }
        line("  ", labels.get("sections.prompt"));
        while (true) {
            String line = read();
            Integer n = number(line);
            if (n != null && n >= 1 && n <= s.entries().size()) {
                return new Reply.Pick(n - 1);
            }
            if (line.isEmpty() || line.equalsIgnoreCase("b")) {
                return new Reply.Back();
            }
            if (line.equalsIgnoreCase("q")) {
                throw new Quit();
            }
            line("  ✗ ", labels.get("error.notHere"));
        }
    }

    @Override
    public void say(String message) {
        line("", message);
        out.flush();
    }

    /** The one-letter commands every screen takes; {@code ?} prints the articles and returns null. */
    private Reply command(String line, List<Article> articles) {
        switch (line.toLowerCase(Locale.ROOT)) {
            case "b":
                return new Reply.Back();
            case "s":
                return new Reply.Skip();
            case "r":
                return new Reply.Review();
            case "g":
                return new Reply.Sections();
            case "q":
                throw new Quit();
            case "?":
                for (Article a : articles) {
                    line("  ", articleLine(a));
                }
                out.flush();
                return null;
            default:
                return null;
        }
    }

    /** An article's citation, summary and how the summary stands to the text: quoted or a paraphrase. */
    private String articleLine(Article a) {
        return a.citation() + labels.get("colon") + (a.summary() == null ? labels.get("label.noSummary") : a.summary())
                + (a.grade() == null ? "" : " [" + labels.get("label.grade." + a.grade()) + "]");
    }

    private void basis(List<Article> articles) {
        if (!articles.isEmpty()) {
            line("  ", labels.get("label.basis")
                    + String.join(labels.listSeparator(), articles.stream().map(Article::citation).toList()) + "  (?)");
        }
    }

    private void notice(String notice) {
        if (notice != null) {
            line("  * ", notice);
        }
    }

    /** The next line, trimmed; end of input (a closed pipe, Ctrl-D) ends the interview unfinished. */
    private String read() {
        out.print("> ");
        out.flush();
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            throw new Interrupted(e.getMessage());
        }
        if (line == null) {
            out.println();
            out.flush();
            throw new InputEnded();
        }
        if (echo) {
            out.println(line);
        }
        return line.strip();
    }

    private static Integer number(String s) {
        return s.matches("\\d{1,4}") ? Integer.valueOf(s) : null;
    }
}
