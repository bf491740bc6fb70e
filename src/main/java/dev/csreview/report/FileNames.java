package dev.csreview.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Safe file and folder names from user text (company names): no separators, dots, controls or reserved names. */
public final class FileNames {
    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final int MAX = 80;
    /** File systems count a name's bytes (255 at most): 80 characters of CJK Extension B are 320. */
    private static final int MAX_BYTES = 240;

    private FileNames() {}

    /** Letters (any script), digits, '-' and '_' survive; runs of anything else become one '-'. */
    public static String sanitise(String raw) {
        String s = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '_') {
                out.appendCodePoint(cp);
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        String result = out.toString();
        while (result.endsWith("-")) {
            result = result.substring(0, result.length() - 1);
        }
        int end = 0;
        int bytes = 0;
        for (int n = 0; end < result.length() && n < MAX; n++) {
            int cp = result.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        result = result.substring(0, end);
        if (result.isEmpty()) {
            return "untitled";
        }
        if (WINDOWS_RESERVED.contains(result.toLowerCase(Locale.ROOT))) {
            return "_" + result;
        }
        return result;
    }
}
