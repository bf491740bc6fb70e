package dev.csreview.report.docx;

import dev.csreview.questionnaire.Lang;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed page in twips: A4 for both languages; Chinese margins after GB/T 9704 (top 37 mm, bottom 35 mm,
 * binding side 28 mm, outer side 26 mm: a 156 × 225 mm type area), English one inch all round.
 */
record PageSetup(int width, int height, int top, int bottom, int left, int right, int header, int footer) {
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;

    static PageSetup house(Lang lang) {
        return lang == Lang.ZH
                ? new PageSetup(A4_WIDTH, A4_HEIGHT, mm(37), mm(35), mm(28), mm(26), mm(15), mm(20))
                : new PageSetup(A4_WIDTH, A4_HEIGHT, 1440, 1440, 1440, 1440, 720, 720);
    }

    /** The page a firm's reference document sets in its body's {@code <w:sectPr>} (null for none); the house page otherwise. */
    static PageSetup of(String sectPr, Lang lang) {
        PageSetup house = house(lang);
        if (sectPr == null) {
            return house;
        }
        String size = element(sectPr, "pgSz");
        String mar = element(sectPr, "pgMar");
        if (size == null || mar == null) {
            return house;
        }
        return new PageSetup(twips(size, "w", house.width), twips(size, "h", house.height), twips(mar, "top", house.top),
                twips(mar, "bottom", house.bottom), twips(mar, "left", house.left), twips(mar, "right", house.right),
                twips(mar, "header", house.header), twips(mar, "footer", house.footer));
    }

    /** The page size and margins as the elements of a {@code <w:sectPr>}. */
    String xml() {
        return "<w:pgSz w:w=\"" + width + "\" w:h=\"" + height + "\"/><w:pgMar w:top=\"" + top + "\" w:bottom=\"" + bottom + "\" w:left=\"" + left
                + "\" w:right=\"" + right + "\" w:header=\"" + header + "\" w:footer=\"" + footer + "\" w:gutter=\"0\"/>";
    }

    int textWidth() {
        return width - left - right;
    }

    private static int mm(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<w:" + name + "\\b[^>]*>").matcher(xml);
        return m.find() ? m.group() : null;
    }

    private static int twips(String element, String attribute, int fallback) {
        Matcher m = Pattern.compile("\\bw:" + attribute + "=\"(-?\\d{1,6})\"").matcher(element);
        return m.find() ? Integer.parseInt(m.group(1)) : fallback;
    }
}
