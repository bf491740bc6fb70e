package dev.csreview.interview.terminal;

import dev.csreview.interview.Prompter;
import java.io.IOError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * A list the user moves through with the arrow keys (or ticks, for multiple choice), redrawn in place with JLine's
 * {@link Display} so wide CJK characters line up. Our own key handling rather than console-ui's: every list here
 * must also take back, skip, review, sections and {@code ?}, and must not switch to the alternate screen, so the
 * answers stay in the scrollback.
 */
final class TerminalList {
    /** What a key does. */
    enum Key { UP, DOWN, ENTER, SPACE, BACK, SKIP, HELP, REVIEW, SECTIONS, QUIT, INTERRUPT, YES, NO, DIGIT, IGNORE }

    /** Why the list returned: a key that ends it, the item under the cursor, and the ticked items. */
    record Outcome(Key key, int index, Set<Integer> checked) {}

    private final Terminal terminal;
    private final Styles styles;
    private final KeyMap<Key> keys;

    TerminalList(Terminal terminal, Styles styles) {
        this.terminal = terminal;
        this.styles = styles;
        this.keys = keyMap(terminal);
    }

    private static KeyMap<Key> keyMap(Terminal t) {
        KeyMap<Key> k = new KeyMap<>();
        bind(k, Key.UP, KeyMap.key(t, Capability.key_up), "\033[A", "\033OA", "k");
        bind(k, Key.DOWN, KeyMap.key(t, Capability.key_down), "\033[B", "\033OB", "j");
        bind(k, Key.BACK, KeyMap.esc(), KeyMap.key(t, Capability.key_left), "\033[D", "\033OD");
        bind(k, Key.ENTER, "\r", "\n", KeyMap.key(t, Capability.key_right), "\033[C", "\033OC");
        bind(k, Key.SPACE, " ");
        bind(k, Key.SKIP, "\t");
        bind(k, Key.HELP, "?");
        bind(k, Key.REVIEW, "r", KeyMap.ctrl('R'));
        bind(k, Key.SECTIONS, "g", KeyMap.ctrl('G'));
        bind(k, Key.QUIT, "q");
        bind(k, Key.INTERRUPT, KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        bind(k, Key.YES, "y");
        bind(k, Key.NO, "n");
        for (char d = '1'; d <= '9'; d++) {
            bind(k, Key.DIGIT, String.valueOf(d));
        }
        k.setNomatch(Key.IGNORE);
        k.setUnicode(Key.IGNORE);
        // A lone Esc means "back" after this pause; arrow keys arrive as Esc sequences well within it.
        k.setAmbiguousTimeout(150);
        return k;
    }

    private static void bind(KeyMap<Key> k, Key key, String... seqs) {
        for (String s : seqs) {
            if (s != null && !s.isEmpty()) {
                k.bind(key, s);
            }
        }
    }

    /**
     * Shows {@code items} (each may wrap over several lines) with the cursor on {@code cursor}; {@code checked} is
     * null for a single choice. {@code help} is shown under the list while {@code ?} is toggled on. Returns on
     * Enter, a digit (the n-th item), or a key in {@code ends}; {@code q} quits, Ctrl-C or Ctrl-D interrupts.
     */
    Outcome run(List<AttributedString> items, int cursor, Set<Integer> checked, List<AttributedString> help, AttributedString hint, Set<Key> ends) {
        return run(items, cursor, checked, help, hint, ends, null);
    }

    /** As above; on Tab the list collapses to {@code skipped} (what skipping gives, e.g. "unknown") when not null. */
    Outcome run(List<AttributedString> items, int cursor, Set<Integer> checked, List<AttributedString> help, AttributedString hint, Set<Key> ends,
            AttributedString skipped) {
        Set<Integer> ticks = checked == null ? null : new TreeSet<>(checked);
        int at = Math.max(0, Math.min(cursor, items.size() - 1));
        boolean showHelp = false;
        Display display = new Display(terminal, false);
        Size size = size();
        display.resize(size.getRows(), size.getColumns());
        // A resized terminal reflows what is on it: redraw at the new width at once, not at the next key.
        Object drawing = new Object();
        Size[] now = {size};
        int[] state = {at, 0};
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.WINCH, signal -> {
            synchronized (drawing) {
                now[0] = size();
                display.resize(now[0].getRows(), now[0].getColumns());
                display.update(lines(items, state[0], ticks, state[1] == 1 ? help : List.of(), hint, now[0]), -1);
                terminal.flush();
            }
        });
        Attributes saved = terminal.enterRawMode();
        // Ctrl-C must arrive as a key, so the interview can say where the session is saved before it exits.
        Attributes raw = new Attributes(terminal.getAttributes());
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        BindingReader reader = new BindingReader(terminal.reader());
        Outcome result = null;
        try {
            while (result == null) {
                synchronized (drawing) {
                    state[0] = at;
                    state[1] = showHelp ? 1 : 0;
                    size = now[0];
                    display.update(lines(items, at, ticks, showHelp ? help : List.of(), hint, size), -1);
                }
                Key key;
                try {
                    key = reader.readBinding(keys);
                } catch (EndOfFileException | IOError e) {
                    key = Key.INTERRUPT;
                }
                if (key == null) {
                    key = Key.INTERRUPT;
                }
                switch (key) {
                    case UP -> at = (at + items.size() - 1) % items.size();
                    case DOWN -> at = (at + 1) % items.size();
                    case SPACE -> {
                        if (ticks != null && !ticks.remove(at)) {
                            ticks.add(at);
                        }
                    }
                    case HELP -> showHelp = !showHelp;
                    case QUIT -> throw new Prompter.Quit();
                    case INTERRUPT -> throw new Prompter.Interrupted("interrupted at the terminal");
                    case IGNORE -> {}
                    case DIGIT -> {
                        int n = reader.getLastBinding().charAt(0) - '1';
                        if (n < items.size()) {
                            at = n;
                            if (ticks == null) {
                                result = new Outcome(Key.ENTER, at, null);
                            } else if (!ticks.remove(at)) {
                                ticks.add(at);
                            }
                        }
                    }
                    case ENTER -> result = new Outcome(Key.ENTER, at, ticks);
                    default -> {
                        if (ends.contains(key)) {
                            result = new Outcome(key, at, ticks);
                        }
                    }
                }
            }
            // Collapse the list to the line chosen, so the scrollback reads as question, answer, question, answer.
            List<AttributedString> done = new ArrayList<>();
            if (result.key() == Key.ENTER && ticks == null) {
                done.add(new AttributedStringBuilder().append("  ").append(styles.chosen("❯ ")).append(items.get(at)).toAttributedString()
                        .columnSubSequence(0, size.getColumns() - 1));
            } else if (result.key() == Key.SKIP && skipped != null) {
                done.add(new AttributedStringBuilder().append("  ").append(styles.chosen("❯ ")).append(skipped).toAttributedString()
                        .columnSubSequence(0, size.getColumns() - 1));
            } else {
                done.add(AttributedString.EMPTY);
            }
            synchronized (drawing) {
                display.update(done, -1);
            }
            return result;
        } finally {
            terminal.handle(Terminal.Signal.WINCH, previous);
            terminal.puts(Capability.cursor_visible);
            terminal.puts(Capability.keypad_local);
            terminal.setAttributes(saved);
            terminal.writer().println();
            terminal.flush();
        }
    }

    private Size size() {
        Size s = terminal.getSize();
        return s == null || s.getColumns() < 20 || s.getRows() < 5 ? new Size(80, 24) : s;
    }

    /** The visible lines: a window of items around the cursor that fits the terminal, then help and the key hint. */
    private List<AttributedString> lines(List<AttributedString> items, int at, Set<Integer> ticks, List<AttributedString> help,
            AttributedString hint, Size size) {
        int width = size.getColumns() - 1;
        List<AttributedString> tail = new ArrayList<>();
        for (AttributedString h : help) {
            tail.addAll(Wrap.lines(h, width, 2));
        }
        tail.addAll(Wrap.lines(hint, width, 0));
        int room = Math.max(3, size.getRows() - 2 - tail.size());
        List<List<AttributedString>> rendered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            b.append(i == at ? styles.chosen("❯ ") : new AttributedString("  "));
            if (ticks != null) {
                b.append(ticks.contains(i) ? styles.chosen("[x] ") : new AttributedString("[ ] "));
            }
            b.append(i == at ? styles.chosen(items.get(i).toString()) : items.get(i));
            rendered.add(Wrap.lines(b.toAttributedString(), width, ticks == null ? 2 : 6));
        }
        // Scroll: start at the cursor's item and add items around it while they fit.
        int first = at;
        int last = at;
        int used = rendered.get(at).size();
        while (true) {
            boolean grew = false;
            if (last + 1 < rendered.size() && used + rendered.get(last + 1).size() <= room) {
                used += rendered.get(++last).size();
                grew = true;
            }
            if (first > 0 && used + rendered.get(first - 1).size() <= room) {
                used += rendered.get(--first).size();
                grew = true;
            }
            if (!grew) {
                break;
            }
        }
        List<AttributedString> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            out.addAll(rendered.get(i));
        }
        out.addAll(tail);
        return out;
    }

    /** Colours, or none under NO_COLOR. */
    static final class Styles {
        private final boolean color;

        Styles(boolean color) {
            this.color = color;
        }

        boolean color() {
            return color;
        }

        AttributedString chosen(String s) {
            return styled(s, AttributedStyle.BOLD.foreground(AttributedStyle.CYAN));
        }

        AttributedString heading(String s) {
            return styled(s, AttributedStyle.BOLD.foreground(AttributedStyle.BLUE));
        }

        AttributedString question(String s) {
            return styled(s, AttributedStyle.BOLD);
        }

        AttributedString faint(String s) {
            return styled(s, AttributedStyle.DEFAULT.faint());
        }

        AttributedString error(String s) {
            return styled(s, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED));
        }

        AttributedString notice(String s) {
            return styled(s, AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
        }

        AttributedString plain(String s) {
            return new AttributedString(s);
        }

        private AttributedString styled(String s, AttributedStyle style) {
            return color ? new AttributedString(s, style) : new AttributedString(s);
        }
    }
}
