package dev.csreview.output;

import dev.csreview.messages.Messages;
import dev.csreview.questionnaire.Lang;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as each language writes them in prose: 2027年3月1日, 1 March 2027 (never the ISO form in Chinese text), in
 * the pattern output/labels gives ({@code date.pattern}), as the documents write them.
 */
public final class WrittenDates {
    private static final DateTimeFormatter ZH = pattern(Lang.ZH);
    private static final DateTimeFormatter EN = pattern(Lang.EN);

    private WrittenDates() {}

    public static String of(LocalDate date, Lang lang) {
        return date.format(lang == Lang.ZH ? ZH : EN);
    }

    private static DateTimeFormatter pattern(Lang lang) {
        return DateTimeFormatter.ofPattern(Messages.bundle("dev.csreview.output.labels", lang.locale()).getString("date.pattern"), lang.locale());
    }
}
