package dev.csreview.interview.terminal;

import dev.csreview.interview.Article;
import dev.csreview.interview.ConfirmScreen;
import dev.csreview.interview.GroupScreen;
import dev.csreview.interview.Labels;
import dev.csreview.interview.Option;
import dev.csreview.interview.Progress;
import dev.csreview.interview.Prompter;
import dev.csreview.interview.QuestionScreen;
import dev.csreview.interview.Reply;
import dev.csreview.interview.ReviewScreen;
import dev.csreview.interview.SectionsScreen;
import dev.csreview.questionnaire.QuestionType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The interview on a real terminal: choices and checkboxes as arrow-key lists ({@link TerminalList}), numbers,
 * dates and text with JLine's line editor (pre-filled with the current answer). The same keys work everywhere:
 * Esc back, Tab skip, {@code ?} the articles, Ctrl-R review, Ctrl-G sections, Ctrl-C save and quit.
 */
final class JLinePrompter implements Prompter {
    private static final Set<TerminalList.Key> QUESTION_KEYS =
            Set.of(TerminalList.Key.BACK, TerminalList.Key.SKIP, TerminalList.Key.REVIEW, TerminalList.Key.SECTIONS);

    private final Terminal terminal;
    private final Labels labels;
    private final TerminalList.Styles styles;
    private final TerminalList list;
    private final LineReader reader;
    /** Set by a key widget of the line editor: what the key meant instead of the typed line. */
    private Reply pressed;
    private boolean interrupted;
    private List<Article> articles = List.of();
    /** What Tab (skip) gives on the current question, written over the line so the screen shows it as the answer. */
    private String skipShown = "";

    JLinePrompter(Terminal terminal, Labels labels, boolean color) {
        this.terminal = terminal;
        this.labels = labels;
        this.styles = new TerminalList.Styles(color);
        this.list = new TerminalList(terminal, styles);
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .variable(LineReader.BELL_STYLE, "none")
                .variable(LineReader.AMBIGUOUS_BINDING, 150L)
                .build();
        widget("csreview-back", new Reply.Back(), KeyMap.esc());
        reader.getWidgets().put("csreview-skip", () -> {
            pressed = new Reply.Skip();
            reader.getBuffer().clear();
            reader.getBuffer().write(skipShown);
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference("csreview-skip"), "\t");
        widget("csreview-review", new Reply.Review(), KeyMap.ctrl('R'));
        widget("csreview-sections", new Reply.Sections(), KeyMap.ctrl('G'));
        reader.getWidgets().put("csreview-interrupt", () -> {
            interrupted = true;
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference("csreview-interrupt"), KeyMap.ctrl('C'));
        reader.getWidgets().put("csreview-articles", () -> {
            if (reader.getBuffer().length() == 0) {
                reader.printAbove(articleText());
            } else {
                reader.getBuffer().write('?');
            }
            return true;
        });
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference("csreview-articles"), "?");
    }

    private void widget(String name, Reply reply, String key) {
        reader.getWidgets().put(name, () -> {
            pressed = reply;
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(name), key);
    }

    @Override
    public Reply ask(QuestionScreen s) {
        header(s.progress(), s.record(), s.notice());
        String unit = s.unit() == null ? "" : " [" + s.unit() + "]";
        line(styles.question(s.text() + unit), s.required() ? null : styles.faint(" (" + labels.get("optional") + ")"));
        if (s.help() != null) {
            print(styles.faint(labels.get("label.help") + s.help()));
        }
        basis(s.articles());
        if (s.error() != null) {
            print(styles.error("✗ " + s.error()));
        }
        articles = s.articles();
        skipShown = s.hasAnswer() ? s.shownAnswer() : labels.get(s.allowUnknown() ? "unknown" : "skipped");
        if (s.type() == QuestionType.YESNO || s.type() == QuestionType.SINGLE) {
            return choose(s);
        }
        if (s.type() == QuestionType.MULTI) {
            return tick(s);
        }
        return type(s);
    }

    private Reply choose(QuestionScreen s) {
        List<AttributedString> items = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (s.type() == QuestionType.YESNO) {
            items.add(styles.plain(labels.get("yes")));
            values.add(Boolean.TRUE);
            items.add(styles.plain(labels.get("no")));
            values.add(Boolean.FALSE);
        } else {
            for (Option o : s.options()) {
                items.add(option(o));
                values.add(o.id());
            }
        }
        if (s.allowUnknown()) {
            items.add(styles.plain(labels.get("unknown")));
            values.add(null);
        }
        int cursor = s.currentUnknown() ? values.size() - 1 : s.current() == null ? 0 : Math.max(0, values.indexOf(s.current()));
        Set<TerminalList.Key> ends = new HashSet<>(QUESTION_KEYS);
        if (s.type() == QuestionType.YESNO) {
            ends.addAll(Set.of(TerminalList.Key.YES, TerminalList.Key.NO));
        }
        TerminalList.Outcome o = list.run(items, cursor, null, articleLines(), styles.faint(labels.get("hint.list")), ends, styles.plain(skipShown));
        return switch (o.key()) {
            case YES -> new Reply.Given(Boolean.TRUE);
            case NO -> new Reply.Given(Boolean.FALSE);
            case ENTER -> values.get(o.index()) == null ? new Reply.Unknown() : new Reply.Given(values.get(o.index()));
            default -> command(o.key());
        };
    }

    private Reply tick(QuestionScreen s) {
        List<AttributedString> items = new ArrayList<>();
        Set<Integer> checked = new HashSet<>();
        for (int i = 0; i < s.options().size(); i++) {
            Option o = s.options().get(i);
            items.add(option(o));
            if (s.current() instanceof List<?> l && l.contains(o.id())) {
                checked.add(i);
            }
        }
        TerminalList.Outcome o = list.run(items, 0, checked, articleLines(), styles.faint(labels.get("hint.checkbox")), QUESTION_KEYS,
                styles.plain(skipShown));
        if (o.key() != TerminalList.Key.ENTER) {
            return command(o.key());
        }
        List<String> ids = new ArrayList<>();
        for (int i : o.checked()) {
            ids.add(s.options().get(i).id());
        }
        String chosen = ids.isEmpty() ? labels.get("none")
                : String.join(labels.listSeparator(), o.checked().stream().map(i -> s.options().get(i).label()).toList());
        print(new AttributedStringBuilder().append("  ").append(styles.chosen("❯ ")).append(chosen).toAttributedString());
        return new Reply.Given(ids);
    }

    /** Numbers, dates and text: the line editor, pre-filled with the current answer. */
    private Reply type(QuestionScreen s) {
        if (s.currentUnknown()) {
            print(styles.faint(labels.get("label.current") + labels.get("unknown")));
        }
        if (s.type() == QuestionType.DATE) {
            print(styles.faint(labels.get("hint.date")));
        }
        print(styles.faint(labels.get("hint.keys")));
        // A refused answer comes back as typed, to be corrected rather than typed again; else the current answer.
        String prefill = s.kept() != null ? s.kept() : s.current() == null ? "" : String.valueOf(s.current());
        String typed = readLine(styles.chosen("› ").toAnsi(terminal), prefill);
        if (typed == null) {
            return pressedOnce();
        }
        String answer = typed.strip();
        if (answer.equals("q")) {
            throw new Quit();
        }
        if (answer.startsWith("\\")) {
            return new Reply.Given(answer.substring(1)); // a literal answer, as in the plain prompter: \q is the text "q"
        }
        if (s.allowUnknown() && Labels.meansUnknown(answer)) {
            return new Reply.Unknown();
        }
        if (answer.isEmpty() && s.currentUnknown()) {
            return new Reply.Unknown();
        }
        if (answer.isEmpty() && !s.hasAnswer() && !s.required()) {
            // An optional question: Enter on an empty line passes it by, as in the plain prompter.
            print(new AttributedStringBuilder().append("  ").append(styles.chosen("❯ ")).append(skipShown).toAttributedString());
            return new Reply.Skip();
        }
        return new Reply.Given(answer);
    }

    @Override
    public Reply records(GroupScreen g) {
        header(g.progress(), null, g.notice());
        print(styles.question(g.text()));
        if (g.help() != null) {
            print(styles.faint(labels.get("label.help") + g.help()));
        }
        basis(g.articles());
        if (g.error() != null) {
            print(styles.error("✗ " + g.error()));
        }
        articles = g.articles();
        print(styles.plain(labels.get(g.records().isEmpty() ? "group.first" : "group.another")));
        List<AttributedString> items = new ArrayList<>();
        List<Reply> replies = new ArrayList<>();
        if (g.canAdd()) {
            items.add(styles.plain(labels.get("group.add")));
            replies.add(new Reply.Add());
        }
        items.add(styles.plain(labels.get("group.done")));
        replies.add(new Reply.Done());
        for (int i = 0; i < g.records().size(); i++) {
            items.add(styles.plain(labels.get("group.edit", g.records().get(i))));
            replies.add(new Reply.Pick(i));
        }
        for (int i = 0; i < g.records().size(); i++) {
            items.add(styles.faint(labels.get("group.remove", g.records().get(i))));
            replies.add(new Reply.Remove(i));
        }
        Set<TerminalList.Key> ends = new HashSet<>(QUESTION_KEYS);
        ends.addAll(Set.of(TerminalList.Key.YES, TerminalList.Key.NO));
        TerminalList.Outcome o = list.run(items, g.records().isEmpty() ? 0 : 1, null, articleLines(), styles.faint(labels.get("hint.list")), ends);
        return switch (o.key()) {
            case YES -> new Reply.Add();
            case NO -> new Reply.Done();
            case ENTER -> replies.get(o.index());
            default -> command(o.key());
        };
    }

    @Override
    public Reply review(ReviewScreen r) {
        terminal.writer().println();
        print(styles.heading(labels.get("review.title")));
        if (r.notice() != null) {
            print(styles.notice("* " + r.notice()));
        }
        if (r.problems() > 0) {
            print(styles.error(labels.get("review.problems", r.problems())));
        }
        articles = List.of();
        List<AttributedString> items = new ArrayList<>();
        items.add(styles.question(labels.get("review.finish")));
        for (ReviewScreen.Entry e : r.entries()) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            b.append(styles.faint("[" + e.section() + "] ")).append(e.question()).append(labels.get("colon"));
            b.append(e.state() == ReviewScreen.State.MISSING || e.state() == ReviewScreen.State.OPTIONAL ? styles.faint(e.answer()) : styles.plain(e.answer()));
            if (e.problem() != null) {
                b.append("  ").append(styles.error("✗ " + e.problem()));
            }
            items.add(b.toAttributedString());
        }
        // Back from changing an answer, the cursor is on that answer again rather than at the top.
        TerminalList.Outcome o = list.run(items, r.cursor() < 0 ? 0 : r.cursor() + 1, null, List.of(), styles.faint(labels.get("hint.review")),
                Set.of(TerminalList.Key.BACK, TerminalList.Key.SECTIONS));
        if (o.key() == TerminalList.Key.ENTER) {
            return o.index() == 0 ? new Reply.Done() : new Reply.Pick(o.index() - 1);
        }
        return command(o.key());
    }

    @Override
    public Reply confirm(ConfirmScreen c) {
        terminal.writer().println();
        if (c.notice() != null) {
            print(styles.notice("* " + c.notice()));
        }
        print(styles.question(c.message()));
        for (String d : c.details()) {
            print(styles.plain("  - " + d));
        }
        articles = List.of();
        TerminalList.Outcome o = list.run(List.of(styles.plain(labels.get("yes")), styles.plain(labels.get("no"))), c.cursorOnYes() ? 0 : 1, null, List.of(),
                styles.faint(labels.get("hint.pick")), Set.of(TerminalList.Key.YES, TerminalList.Key.NO, TerminalList.Key.BACK));
        return switch (o.key()) {
            case YES -> new Reply.Given(Boolean.TRUE);
            case NO -> new Reply.Given(Boolean.FALSE);
            case ENTER -> new Reply.Given(o.index() == 0);
            default -> new Reply.Back();
        };
    }

    @Override
    public Reply sections(SectionsScreen s) {
        terminal.writer().println();
        print(styles.heading(labels.get("sections.title")));
        if (s.notice() != null) {
            print(styles.notice("* " + s.notice()));
        }
        List<AttributedString> items = new ArrayList<>();
        for (SectionsScreen.Entry e : s.entries()) {
            String count = e.applies() ? labels.get("sections.count", e.answered(), e.questions()) : labels.get("sections.none");
            items.add(new AttributedStringBuilder().append(e.applies() ? styles.plain(e.title()) : styles.faint(e.title()))
                    .append("  ").append(styles.faint(count)).toAttributedString());
        }
        TerminalList.Outcome o = list.run(items, s.current(), null, List.of(), styles.faint(labels.get("hint.pick")), Set.of(TerminalList.Key.BACK));
        return o.key() == TerminalList.Key.ENTER ? new Reply.Pick(o.index()) : new Reply.Back();
    }

    @Override
    public void say(String message) {
        print(styles.notice(message));
    }

    private Reply command(TerminalList.Key key) {
        return switch (key) {
            case SKIP -> new Reply.Skip();
            case REVIEW -> new Reply.Review();
            case SECTIONS -> new Reply.Sections();
            default -> new Reply.Back();
        };
    }

    /** Reads a line; null when a key widget (back, skip, review, sections) ended it instead. */
    private String readLine(String prompt, String prefill) {
        pressed = null;
        interrupted = false;
        // Ctrl-C as a key rather than a signal, as in the lists: the interview then says where the session is saved.
        Attributes saved = terminal.getAttributes();
        Attributes noSignals = new Attributes(saved);
        noSignals.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(noSignals);
        try {
            String line = reader.readLine(prompt, null, (org.jline.reader.MaskingCallback) null, prefill);
            if (interrupted) {
                throw new Interrupted("interrupted at the terminal");
            }
            return pressed != null ? null : line;
        } catch (UserInterruptException | EndOfFileException e) {
            throw new Interrupted("interrupted at the terminal");
        } finally {
            terminal.setAttributes(saved);
        }
    }

    private Reply pressedOnce() {
        Reply r = pressed;
        pressed = null;
        return r;
    }

    private void header(Progress progress, String record, String notice) {
        terminal.writer().println();
        print(styles.heading(progress.line()));
        if (record != null) {
            print(styles.faint(record));
        }
        if (notice != null) {
            print(styles.notice("* " + notice));
        }
    }

    private void basis(List<Article> articles) {
        if (!articles.isEmpty()) {
            print(styles.faint(labels.get("label.basis")
                    + String.join(labels.listSeparator(), articles.stream().map(Article::citation).toList()) + "  (?)"));
        }
    }

    private AttributedString option(Option o) {
        if (o.help() == null) {
            return styles.plain(o.label());
        }
        return new AttributedStringBuilder().append(o.label()).append(styles.faint(" — " + o.help())).toAttributedString();
    }

    private List<AttributedString> articleLines() {
        List<AttributedString> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(new AttributedStringBuilder().append(styles.question(a.citation())).append(labels.get("colon"))
                    .append(a.summary() == null ? styles.faint(labels.get("label.noSummary")) : styles.plain(a.summary()))
                    .append(a.grade() == null ? "" : " [" + labels.get("label.grade." + a.grade()) + "]").toAttributedString());
        }
        return out;
    }

    private String articleText() {
        StringBuilder s = new StringBuilder();
        for (AttributedString a : articleLines()) {
            s.append(s.length() > 0 ? "\n" : "").append(a.toAnsi(terminal));
        }
        return s.length() == 0 ? labels.get("label.noSummary") : s.toString();
    }

    private void line(AttributedString a, AttributedString b) {
        print(b == null ? a : new AttributedStringBuilder().append(a).append(b).toAttributedString());
    }

    /** Prints a line wrapped at word boundaries to the terminal's width, later lines under the text after its indent. */
    private void print(AttributedString s) {
        String text = s.toString();
        int indent = text.length() - text.stripLeading().length();
        int width = terminal.getWidth() < 20 ? 79 : terminal.getWidth() - 1;
        for (AttributedString line : Wrap.lines(s, width, indent + 2)) {
            terminal.writer().println(line.toAnsi(terminal));
        }
        terminal.flush();
    }
}
