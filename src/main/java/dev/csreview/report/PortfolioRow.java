package dev.csreview.report;

import dev.csreview.assessment.Assessment;
import java.time.LocalDate;

/**
 * One client in the overview: its assessment, the folder of its package, the page to open in it (relative), and the
 * next statutory date if it declares.
 */
public record PortfolioRow(String client, Assessment assessment, String packageFolder, String link, LocalDate nextDeadline) {}
