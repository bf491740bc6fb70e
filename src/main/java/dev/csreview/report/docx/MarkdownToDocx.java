package dev.csreview.report.docx;

import java.math.BigInteger;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/**
 * Walks a CommonMark tree and writes WordprocessingML through POI. Text is always written as text: raw HTML in the
 * Markdown is shown literally, never interpreted.
 */
final class MarkdownToDocx {
    private final XWPFDocument doc;
    private final BigInteger bulletList;
    private final BigInteger numberedList;
    private final Map<String, String> styles;
    private final int textWidth;
    private final int tableSize;

    /** {@code styles}: style ids by role (heading1–3, body, table); widths in twips, the table text size in half-points. */
    MarkdownToDocx(XWPFDocument doc, BigInteger bulletList, BigInteger numberedList, Map<String, String> styles, int textWidth, int tableSize) {
        this.doc = doc;
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
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(styles.get("heading" + Math.min(3, h.getLevel())));
            inlines(p, h, Style.PLAIN);
        } else if (n instanceof Paragraph) {
            XWPFParagraph p = doc.createParagraph();
            if (quoted) {
                quote(p);
            } else if (listLevel == 0) {
                p.setStyle(styles.get("body"));
            }
            inlines(p, n, Style.PLAIN);
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            BigInteger num = n instanceof BulletList ? bulletList : numberedList;
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
            XWPFParagraph p = doc.createParagraph();
            run(p, html.getLiteral().strip(), Style.PLAIN);
        } else if (n instanceof ThematicBreak) {
            doc.createParagraph().setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        }
    }

    private void listItem(ListItem item, BigInteger num, int level, boolean quoted) {
        boolean first = true;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph && first) {
                XWPFParagraph p = doc.createParagraph();
                String box = checkBox(c);
                if (box == null) {
                    p.setNumID(num);
                    p.setNumILvl(BigInteger.valueOf(Math.min(level, 2)));
                } else {
                    // A task-list item prints as a check box in place of the bullet.
                    p.setIndentationLeft(420 * (level + 1));
                    p.setIndentationHanging(420);
                    XWPFRun r = p.createRun();
                    r.setText(box + " ");
                    r.setFontFamily("Segoe UI Symbol", XWPFRun.FontCharRange.ascii);
                    r.setFontFamily("Segoe UI Symbol", XWPFRun.FontCharRange.hAnsi);
                }
                inlines(p, c, Style.PLAIN);
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

    private void quote(XWPFParagraph p) {
        p.setIndentationLeft(360);
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTShd shd = ppr.isSetShd() ? ppr.getShd() : ppr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setFill("FDF6F5");
        p.setBorderLeft(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
    }

    private void codeBlock(String literal) {
        XWPFParagraph p = doc.createParagraph();
        String[] lines = literal.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], Style.CODE);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
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
        XWPFTable table = doc.createTable(rows, cols);
        int[] widths = TableWidths.fit(cellTexts(block, rows, cols), textWidth, tableSize * 10);
        table.setWidth(String.valueOf(textWidth));
        table.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.CENTER);
        var tblPr = table.getCTTbl().getTblPr();
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        int r = 0;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext(), r++) {
                XWPFTableRow tableRow = table.getRow(r);
                if (head) {
                    tableRow.setRepeatHeader(true);
                }
                int c = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
                    XWPFTableCell tableCell = tableRow.getCell(c);
                    tableCell.setWidth(String.valueOf(widths[c]));
                    if (head) {
                        tableCell.setColor("F6F8FA");
                    }
                    XWPFParagraph p = tableCell.getParagraphs().get(0);
                    p.setStyle(styles.get("table"));
                    inlines(p, cell, head ? Style.BOLD : Style.PLAIN);
                }
            }
        }
        doc.createParagraph();
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
    }

    private void inlines(XWPFParagraph p, Node parent, Style style) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                run(p, t.getLiteral(), style);
            } else if (n instanceof StrongEmphasis) {
                inlines(p, n, new Style(true, style.italic(), style.code()));
            } else if (n instanceof Emphasis) {
                inlines(p, n, new Style(style.bold(), true, style.code()));
            } else if (n instanceof Code c) {
                run(p, c.getLiteral(), new Style(style.bold(), style.italic(), true));
            } else if (n instanceof SoftLineBreak) {
                run(p, " ", style);
            } else if (n instanceof HardLineBreak) {
                XWPFRun r = p.createRun();
                r.addBreak();
            } else if (n instanceof HtmlInline html) {
                run(p, html.getLiteral(), style);
            } else if (n instanceof Link) {
                inlines(p, n, style);
            } else {
                inlines(p, n, style);
            }
        }
    }

    private XWPFRun run(XWPFParagraph p, String text, Style style) {
        XWPFRun r = p.createRun();
        r.setText(text);
        if (style.bold()) {
            r.setBold(true);
        }
        if (style.italic()) {
            r.setItalic(true);
        }
        if (style.code()) {
            r.setFontFamily("Consolas", XWPFRun.FontCharRange.ascii);
            r.setFontFamily("Consolas", XWPFRun.FontCharRange.hAnsi);
        }
        return r;
    }
}
