package dev.csreview.questionnaire;

import static dev.csreview.questionnaire.DeclaredIds.suggest;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The linter's checks of citations: each names a declared instrument, articles it has, and their summaries. */
final class CitationChecks {
    private final Questionnaire q;
    private final Diagnostics out;
    /** Cited articles already reported for lacking a summary (once each, at the first citation). */
    private final Set<String> unsummarised = new HashSet<>();

    CitationChecks(Questionnaire q, Diagnostics out) {
        this.q = q;
        this.out = out;
    }

    /** Instruments whose articles are quoted give a summary of each. */
    void checkInstruments() {
        for (Instrument i : q.instruments().values()) {
            for (String article : i.quoted()) {
                if (!i.summaries().containsKey(article)) {
                    out.error(Location.of(q.sourceName()), "Q084", i.id(), article);
                }
            }
        }
    }

    void requireCites(List<Citation> cites, Location at, String kind, String id, boolean required) {
        if (cites.isEmpty()) {
            if (required) {
                out.error(at, "Q080", kind, id);
            } else {
                out.warning(at, "Q080", kind, id);
            }
        }
        for (Citation c : cites) {
            Instrument instrument = q.instruments().get(c.instrument());
            if (instrument == null) {
                out.error(c.location(), "Q081", c.instrument(), suggest(c.instrument(), q.instruments().keySet()));
                continue;
            }
            for (String article : c.article().split("-")) {
                if (!instrument.hasArticle(article)) {
                    out.error(c.location(), "Q082", article, c.instrument());
                }
            }
            // The interview's ? shows what a cited article says: an instrument that gives summaries gives one for
            // every article cited (an error); one that gives none at all is a warning, once for the instrument.
            for (String article : Instrument.articlesOf(c.article())) {
                if (!instrument.hasArticle(article) || instrument.summaries().containsKey(article)) {
                    continue;
                }
                if (!instrument.summaries().isEmpty() && unsummarised.add(c.instrument() + ":" + article)) {
                    out.error(c.location(), "Q083", c.instrument(), article);
                } else if (instrument.summaries().isEmpty() && unsummarised.add(c.instrument())) {
                    out.warning(c.location(), "Q085", c.instrument());
                }
            }
        }
    }
}
