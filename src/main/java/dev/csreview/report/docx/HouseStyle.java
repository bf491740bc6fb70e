package dev.csreview.report.docx;

import dev.csreview.questionnaire.Lang;
import java.util.List;

/**
 * The house typography of the documents, per language, sizes in half-points. Chinese after GB/T 9704: body 仿宋
 * 三号 (16 pt) on a 28 pt line, the title 黑体 二号, first-level headings 黑体 三号, second-level 楷体 三号, digits
 * and Latin in Times New Roman; tables in 五号 (10.5 pt), so that a five-column table keeps its dates on one line. English: Cambria body, Calibri headings.
 */
record HouseStyle(Lang lang, String bodyFont, String latinFont, int bodySize, int tableSize, int headerSize, int line, boolean exactLines,
        int paragraphAfter, boolean bodyIndent, boolean boldHeadings) {

    /** A font as the font table declares it: the name, the name other systems know it by, and its classification. */
    record Font(String name, String altName, String panose, String charset, String family) {}

    static final String FANGSONG = "仿宋";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体";

    static HouseStyle of(Lang lang) {
        return lang == Lang.ZH
                ? new HouseStyle(lang, FANGSONG, "Times New Roman", 32, 21, 21, 560, true, 0, true, false)
                : new HouseStyle(lang, "Cambria", "Cambria", 22, 20, 18, 276, false, 120, false, true);
    }

    String headingFont(int level) {
        if (lang == Lang.ZH) {
            return level == 3 ? KAITI : HEITI;
        }
        return "Calibri";
    }

    int headingSize(int level) {
        if (lang == Lang.ZH) {
            return level == 1 ? 44 : 32;
        }
        return level == 1 ? 36 : level == 2 ? 28 : 24;
    }

    /** Run fonts as {@code <w:rFonts>}: the East Asian slot takes the Chinese face, the Latin slots the Latin one. */
    String fonts(String face) {
        String latin = WordXml.attr(lang == Lang.ZH ? latinFont : face);
        return "<w:rFonts w:ascii=\"" + latin + "\" w:hAnsi=\"" + latin + "\" w:cs=\"" + latin + "\" w:eastAsia=\""
                + WordXml.attr(lang == Lang.ZH ? face : FANGSONG) + "\"/>";
    }

    List<Font> declaredFonts() {
        return List.of(
                new Font(FANGSONG, "FangSong", "02010609060101010101", "86", "modern"),
                new Font(HEITI, "SimHei", "02010609060101010101", "86", "modern"),
                new Font(KAITI, "KaiTi", "02010609060101010101", "86", "modern"),
                new Font("Times New Roman", "Liberation Serif", "02020603050405020304", "00", "roman"),
                new Font("Cambria", "Caladea", "02040503050406030204", "00", "roman"),
                new Font("Calibri", "Carlito", "020F0502020204030204", "00", "swiss"),
                new Font("Consolas", "Liberation Mono", "020B0609020204030204", "00", "modern"));
    }
}
