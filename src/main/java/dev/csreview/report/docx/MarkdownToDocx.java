package dev.csreview.report.docx;

import dev.csreview.report.KeepWhole;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Walks a CommonMark tree and writes the body of word/document.xml. Text is always written as text: raw HTML in the
 * Markdown is shown literally, never interpreted. English dates are joined so that no line breaks inside them
 * ({@link KeepWhole}), and so are Chinese dates and a number with its unit ({@link NumberUnits}).
 */
final class MarkdownToDocx {
    private final StringBuilder out;
    private final int bulletList;
    private final int numberedList;
    private final Map<String, String> styles;
    private final int textWidth;
    private final int tableSize;

    /** {@code styles}: style ids by role (heading1–3, body, table); widths in twips, the table text size in half-points. */
    MarkdownToDocx(StringBuilder out, int bulletList, int numberedList, Map<String, String> styles, int textWidth, int tableSize) {
        this.out = out;
        this.bulletList = bulletList;
        this.numberedList = numberedList;
        this.styles = styles;
        this.textWidth = textWidth;
        this.tableSize = tableSize;
    }

    void render(Node root) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            block(n, 0, false);
        }
    }

    private void block(Node n, int listLevel, boolean quoted) {
        if (n instanceof Heading h) {
            open(style(styles.get("heading" + Math.min(3, h.getLevel()))));
            inlines(h, Style.PLAIN);
            close();
        } else if (n instanceof Paragraph) {
            if (quoted) {
                open("<w:pBdr><w:left w:val=\"single\"/></w:pBdr><w:shd w:val=\"clear\" w:fill=\"FDF6F5\"/><w:ind w:left=\"360\"/>");
            } else if (listLevel == 0) {
                // A salutation under the title (网络安全审查办公室：) starts at the margin, as a letter's does.
                open(style(styles.get("body")) + (salutation(n) ? "<w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>" : ""));
            } else {
                open("");
            }
            inlines(n, Style.PLAIN);
            close();
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            int num = n instanceof BulletList ? bulletList : numberedList;
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                listItem((ListItem) item, num, listLevel, quoted);
            }
        } else if (n instanceof BlockQuote) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                block(c, listLevel, true);
            }
        } else if (n instanceof TableBlock) {
            table(n);
        } else if (n instanceof FencedCodeBlock code) {
            codeBlock(code.getLiteral());
        } else if (n instanceof IndentedCodeBlock code) {
            codeBlock(code.getLiteral());
        } else if (n instanceof HtmlBlock html) {
            open("");
            run(html.getLiteral().strip(), Style.PLAIN);
            close();
        } else if (n instanceof ThematicBreak) {
            out.append("<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\"/></w:pBdr></w:pPr></w:p>");
        }
    }

    /** The first paragraph under the title, one short line ending with a colon: whom the document is addressed to. */
    private static boolean salutation(Node paragraph) {
        if (!(paragraph.getPrevious() instanceof Heading h) || h.getLevel() != 1 || paragraph.getFirstChild() != paragraph.getLastChild()
                || !(paragraph.getFirstChild() instanceof Text t)) {
            return false;
        }
        String text = t.getLiteral().strip();
        return text.endsWith("：") && text.length() <= 40;
    }

    private static String style(String id) {
        return "<w:pStyle w:val=\"" + WordXml.attr(id) + "\"/>";
    }

    /** Opens a paragraph with the given paragraph properties (the inside of {@code <w:pPr>}, empty for none). */
    private void open(String pPr) {
        out.append("<w:p>");
        if (!pPr.isEmpty()) {
            out.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
    }

    private void close() {
        out.append("</w:p>");
    }

    private void listItem(ListItem item, int num, int level, boolean quoted) {
        boolean first = true;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph && first) {
                String box = checkBox(c);
                if (box == null) {
                    open("<w:numPr><w:ilvl w:val=\"" + Math.min(level, 2) + "\"/><w:numId w:val=\"" + num + "\"/></w:numPr>");
                } else {
                    // A task-list item prints as a check box in place of the bullet.
                    open("<w:ind w:left=\"" + 420 * (level + 1) + "\" w:hanging=\"420\"/>");
                    WordXml.run(out, "<w:rFonts w:ascii=\"Segoe UI Symbol\" w:hAnsi=\"Segoe UI Symbol\"/>", box + " ");
                }
                inlines(c, Style.PLAIN);
                close();
                first = false;
            } else {
                block(c, level + 1, quoted);
            }
        }
    }

    /**
     * ☐ or ☒ for a GFM task-list item ("[ ] …", "[x] …"), taking the marker off its text; null for any other item.
     */
    private static String checkBox(Node paragraph) {
        if (paragraph.getFirstChild() instanceof Text t) {
            String text = t.getLiteral();
            String box = text.startsWith("[ ] ") ? "☐" : text.startsWith("[x] ") || text.startsWith("[X] ") ? "☒" : null;
            if (box != null) {
                t.setLiteral(text.substring(4));
            }
            return box;
        }
        return null;
    }

    private void codeBlock(String literal) {
        open("");
        String[] lines = literal.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append("<w:r><w:rPr>").append(Style.CODE.rPr()).append("</w:rPr>");
            WordXml.t(out, lines[i]);
            if (i < lines.length - 1) {
                out.append("<w:br/>");
            }
            out.append("</w:r>");
        }
        close();
    }

    private void table(Node block) {
        int rows = 0;
        int cols = 0;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                rows++;
                int c = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    c++;
                }
                cols = Math.max(cols, c);
            }
        }
        if (rows == 0 || cols == 0) {
            return;
        }
        int[] widths = TableWidths.fit(cellTexts(block, rows, cols), textWidth, tableSize * 10);
        out.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(textWidth).append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>")
                .append("<w:top w:val=\"single\"/><w:left w:val=\"single\"/><w:bottom w:val=\"single\"/><w:right w:val=\"single\"/>")
                .append("<w:insideH w:val=\"single\"/><w:insideV w:val=\"single\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        out.append("</w:tblGrid>");
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                out.append(head ? "<w:tr><w:trPr><w:tblHeader w:val=\"on\"/></w:trPr>" : "<w:tr>");
                int c = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
                    out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/>");
                    if (head) {
                        out.append("<w:shd w:color=\"auto\" w:val=\"clear\" w:fill=\"F6F8FA\"/>");
                    }
                    out.append("</w:tcPr>");
                    open(style(styles.get("table")));
                    inlines(cell, head ? Style.BOLD : Style.PLAIN);
                    close();
                    out.append("</w:tc>");
                }
                // A short row is filled with empty cells: Word needs every row to span the grid.
                for (; c < cols; c++) {
                    out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>");
                }
                out.append("</w:tr>");
            }
        }
        out.append("</w:tbl><w:p/>");
    }

    /** The plain text of every cell, by row and column ("" where a row is short). */
    private static String[][] cellTexts(Node block, int rows, int cols) {
        String[][] texts = new String[rows][cols];
        int r = 0;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext(), r++) {
                java.util.Arrays.fill(texts[r], "");
                int c = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
                    StringBuilder text = new StringBuilder();
                    text(cell, text);
                    texts[r][c] = text.toString();
                }
            }
        }
        return texts;
    }

    private static void text(Node n, StringBuilder out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                out.append(t.getLiteral());
            } else if (c instanceof Code code) {
                out.append(code.getLiteral());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                out.append(' ');
            } else {
                text(c, out);
            }
        }
    }

    /** The run styles a span of inline Markdown can have. */
    private record Style(boolean bold, boolean italic, boolean code) {
        static final Style PLAIN = new Style(false, false, false);
        static final Style BOLD = new Style(true, false, false);
        static final Style CODE = new Style(false, false, true);

        /** The run properties, in the order the schema wants them. */
        String rPr() {
            return (code ? "<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\"/>" : "") + (bold ? "<w:b w:val=\"on\"/>" : "")
                    + (italic ? "<w:i w:val=\"on\"/>" : "");
        }
    }

    private void inlines(Node parent, Style style) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                run(t.getLiteral(), style);
            } else if (n instanceof StrongEmphasis) {
                inlines(n, new Style(true, style.italic(), style.code()));
            } else if (n instanceof Emphasis) {
                inlines(n, new Style(style.bold(), true, style.code()));
            } else if (n instanceof Code c) {
                run(c.getLiteral(), new Style(style.bold(), style.italic(), true));
            } else if (n instanceof SoftLineBreak) {
                run(" ", style);
            } else if (n instanceof HardLineBreak) {
                out.append("<w:r><w:br/></w:r>");
            } else if (n instanceof HtmlInline html) {
                run(html.getLiteral(), style);
            } else {
                inlines(n, style);
            }
        }
    }

    private void run(String text, Style style) {
        NumberUnits.runs(out, style.rPr(), KeepWhole.joined(text));
    }
}
