package dev.csreview.report;

/**
 * A consultancy's name, colour and logo (a data: URI, so every document stays one self-contained file), and the
 * path of its reference .docx (house styles, header and footer for DOCX), or null.
 */
public record Brand(String name, String colour, String logoDataUri, java.nio.file.Path referenceDocx) {
    public static final Brand NONE = new Brand("", "#8c1c13", "");

    public Brand(String name, String colour, String logoDataUri) {
        this(name, colour, logoDataUri, null);
    }
}
