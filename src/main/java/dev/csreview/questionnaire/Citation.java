package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;

/**
 * A reference to an article of a declared instrument, written {@code measures:10(5)}: instrument id,
 * article number, optional item.
 */
public record Citation(String instrument, String article, String item, Location location) {

    /** The short form as written in the questionnaire, e.g. {@code measures:10(5)}. */
    public String ref() {
        return instrument + ":" + article + (item == null ? "" : "(" + item + ")");
    }
}
