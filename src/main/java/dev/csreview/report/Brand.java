package dev.csreview.report;

/** A consultancy's name, colour and logo (a data: URI, so the overview stays one self-contained file). */
public record Brand(String name, String colour, String logoDataUri) {
    public static final Brand NONE = new Brand("", "#8c1c13", "");
}
