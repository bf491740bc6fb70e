package dev.csreview.report;

import dev.csreview.calendar.WorkingDays;
import dev.csreview.questionnaire.Lang;
import java.time.LocalDate;
import java.util.Set;

/**
 * What to put in a package: formats, languages, the date printed on it, the calendar for the review clock, and the
 * firm's brand every document carries.
 */
public record PackageRequest(Set<Format> formats, Set<Lang> languages, LocalDate date, WorkingDays workingDays, String toolVersion, Brand brand) {

    public PackageRequest(Set<Format> formats, Set<Lang> languages, LocalDate date, WorkingDays workingDays, String toolVersion) {
        this(formats, languages, date, workingDays, toolVersion, Brand.NONE);
    }

    public PackageRequest withBrand(Brand b) {
        return new PackageRequest(formats, languages, date, workingDays, toolVersion, b);
    }

    /** The document formats a package can hold. */
    public enum Format {
        MD("md"),
        HTML("html"),
        DOCX("docx"),
        PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }
}
