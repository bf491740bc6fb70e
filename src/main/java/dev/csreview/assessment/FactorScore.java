package dev.csreview.assessment;

import dev.csreview.questionnaire.Factor;
import java.util.List;

/**
 * An Article 10 factor's score: points from rules that certainly fired, the level they give, and the level
 * it could reach if every uncertain rule fired; or, when the factor's own condition is known to be false (as the
 * questionnaire defines it), not applicable: no score, no level to report.
 */
public record FactorScore(Factor factor, int score, Factor.Level level, int potential, Factor.Level potentialLevel, List<RuleHit> hits,
        boolean applicable) {

    public List<RuleHit> certainHits() {
        return hits.stream().filter(RuleHit::certain).toList();
    }

    public List<RuleHit> possibleHits() {
        return hits.stream().filter(h -> !h.certain()).toList();
    }

    public boolean isSettled() {
        return potential == score;
    }
}
