package dev.csreview.output;

import dev.csreview.questionnaire.Lang;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as each language writes them in prose: 2027年3月1日, 1 March 2027 (never the ISO form in Chinese text). */
public final class WrittenDates {
    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.ROOT);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private WrittenDates() {}

    public static String of(LocalDate date, Lang lang) {
        return date.format(lang == Lang.ZH ? ZH : EN);
    }
}
