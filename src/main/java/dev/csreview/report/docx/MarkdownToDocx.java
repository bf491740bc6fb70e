package dev.csreview.report.docx;

import java.math.BigInteger;
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

    MarkdownToDocx(XWPFDocument doc, BigInteger bulletList, BigInteger numberedList) {
        this.doc = doc;
        this.bulletList = bulletList;
        this.numberedList = numberedList;
    }

    void render(Node root) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            block(n, 0, false);
        }
    }

    private void block(Node n, int listLevel, boolean quoted) {
        if (n instanceof Heading h) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading" + Math.min(3, h.getLevel()));
            inlines(p, h, Style.PLAIN);
        } else if (n instanceof Paragraph) {
            XWPFParagraph p = doc.createParagraph();
            if (quoted) {
                quote(p);
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
                p.setNumID(num);
                p.setNumILvl(BigInteger.valueOf(Math.min(level, 2)));
                inlines(p, c, Style.PLAIN);
                first = false;
            } else {
                block(c, level + 1, quoted);
            }
        }
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
        table.setWidth("100%");
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
                    if (head) {
                        tableCell.setColor("F6F8FA");
                    }
                    XWPFParagraph p = tableCell.getParagraphs().get(0);
                    inlines(p, cell, head ? Style.BOLD : Style.PLAIN);
                }
            }
        }
        doc.createParagraph();
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
