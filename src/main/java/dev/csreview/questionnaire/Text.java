package dev.csreview.questionnaire;

/** A bilingual text. Either side may be missing (the linter warns); {@link #in} falls back to the other. */
public record Text(String zh, String en) {
    public static final Text EMPTY = new Text(null, null);

    public static Text both(String s) {
        return new Text(s, s);
    }

    public String in(Lang lang) {
        String first = lang == Lang.ZH ? zh : en;
        String other = lang == Lang.ZH ? en : zh;
        return first != null ? first : other != null ? other : "";
    }

    public boolean isEmpty() {
        return zh == null && en == null;
    }
}
