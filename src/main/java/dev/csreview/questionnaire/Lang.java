package dev.csreview.questionnaire;

import java.util.Locale;

/** The two languages every text carries. */
public enum Lang {
    ZH,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public static Lang fromLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH : EN;
    }
}
