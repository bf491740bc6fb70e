package dev.csreview.report.docx;

import dev.csreview.questionnaire.Lang;
import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

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

    /** The page a firm's reference document sets, where it sets one; the house page otherwise. */
    static PageSetup of(CTSectPr sect, Lang lang) {
        PageSetup house = house(lang);
        if (sect == null || !sect.isSetPgSz() || !sect.isSetPgMar()) {
            return house;
        }
        CTPageSz size = sect.getPgSz();
        CTPageMar mar = sect.getPgMar();
        return new PageSetup(twips(size.getW(), house.width), twips(size.getH(), house.height), twips(mar.getTop(), house.top),
                twips(mar.getBottom(), house.bottom), twips(mar.getLeft(), house.left), twips(mar.getRight(), house.right),
                twips(mar.getHeader(), house.header), twips(mar.getFooter(), house.footer));
    }

    int textWidth() {
        return width - left - right;
    }

    void apply(CTSectPr sect) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(width));
        size.setH(BigInteger.valueOf(height));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(top));
        mar.setBottom(BigInteger.valueOf(bottom));
        mar.setLeft(BigInteger.valueOf(left));
        mar.setRight(BigInteger.valueOf(right));
        mar.setHeader(BigInteger.valueOf(header));
        mar.setFooter(BigInteger.valueOf(footer));
        mar.setGutter(BigInteger.ZERO);
    }

    private static int mm(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    private static int twips(Object value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return new BigInteger(String.valueOf(value)).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return fallback;
        }
    }
}
