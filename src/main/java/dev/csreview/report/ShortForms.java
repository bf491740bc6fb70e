package dev.csreview.report;

import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Citations;
import dev.csreview.questionnaire.Instrument;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese legal drafting names an instrument in full at its first mention and says how it is cited from then on:
 * 《网络安全审查办法》（以下简称《办法》）. The short forms are those the questionnaire's citation formats use; the
 * wording around them ({@code intro}, e.g. "（以下简称${short}）") is the package's data.
 */
public final class ShortForms {
    /** An instrument cited by a short title ({@code shortTitle}, with its quotes) that differs from its full one. */
    record ShortForm(String fullTitle, String shortTitle) {}

    private final List<ShortForm> forms;
    private final String intro;

    private ShortForms(List<ShortForm> forms, String intro) {
        this.forms = forms;
        this.intro = intro;
    }

    /** The short forms of a questionnaire's instruments in one language; none where {@code intro} is empty. */
    public static ShortForms of(Questionnaire q, Lang lang, String intro) {
        List<ShortForm> forms = new ArrayList<>();
        if (!intro.isEmpty()) {
            for (Instrument i : q.instruments().values()) {
                String cited = Citations.instrumentPart(q, new Citation(i.id(), "1", null, null), lang);
                String name = i.name().in(lang);
                if (cited.length() > 2 && !name.isEmpty() && cited.charAt(0) == '《' && cited.endsWith("》") && !cited.equals("《" + name + "》")) {
                    forms.add(new ShortForm("《" + name + "》", cited));
                }
            }
        }
        return new ShortForms(forms, intro);
    }

    /**
     * The document with each short form introduced where the instrument is first mentioned outside headings:
     * the full title there, followed by the intro; later mentions unchanged.
     */
    public String introduce(String markdown) {
        String out = markdown;
        for (ShortForm f : forms) {
            String introText = intro.replace("${short}", f.shortTitle());
            int at = firstOutsideHeadings(out, f.shortTitle());
            int full = firstMention(out, f.fullTitle());
            if (full >= 0 && (at < 0 || full < at)) {
                int end = full + f.fullTitle().length();
                if (!out.startsWith(introText, end)) {
                    out = out.substring(0, end) + introText + out.substring(end);
                }
            } else if (at >= 0) {
                out = out.substring(0, at) + f.fullTitle() + introText + out.substring(at + f.shortTitle().length());
            }
        }
        return out;
    }

    /**
     * The first mention of a full title that can take the intro: outside headings, and not part of a longer name
     * ("《…办法》2022", the title of an edition), where an intro would split the name.
     */
    private static int firstMention(String text, String title) {
        int from = 0;
        while (true) {
            int at = firstOutsideHeadings(text.substring(from), title);
            if (at < 0) {
                return -1;
            }
            int end = from + at + title.length();
            if (end >= text.length() || !isAsciiLetterOrDigit(text.charAt(end))) {
                return from + at;
            }
            from = end;
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static int firstOutsideHeadings(String text, String what) {
        int from = 0;
        while (true) {
            int at = text.indexOf(what, from);
            if (at < 0) {
                return -1;
            }
            int lineStart = text.lastIndexOf('\n', at) + 1;
            if (text.charAt(lineStart) != '#') {
                return at;
            }
            from = at + what.length();
        }
    }
}
