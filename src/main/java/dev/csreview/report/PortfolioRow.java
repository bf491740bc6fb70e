package dev.csreview.report;

import dev.csreview.assessment.Assessment;
import java.time.LocalDate;

/**
 * One client in the overview: its assessment, the folder of its package, the page to open in it (relative), the
 * next statutory date if it declares, and, with {@code portfolio --compare-with}, what the change of reading changes
 * for it (null when not compared, empty when nothing changes).
 */
public record PortfolioRow(String client, Assessment assessment, String packageFolder, String link, LocalDate nextDeadline,
        String readingChange) {

    public PortfolioRow(String client, Assessment assessment, String packageFolder, String link, LocalDate nextDeadline) {
        this(client, assessment, packageFolder, link, nextDeadline, null);
    }

    /** The same row with what a change of reading changes for this client. */
    public PortfolioRow withReadingChange(String change) {
        return new PortfolioRow(client, assessment, packageFolder, link, nextDeadline, change);
    }
}
