package dev.csreview.assessment;

import dev.csreview.questionnaire.Factor;
import java.util.List;

/**
 * An Article 10 factor's score: points from rules that certainly fired, the level they give, and the level
 * it could reach if every uncertain rule fired.
 */
public record FactorScore(Factor factor, int score, Factor.Level level, int potential, Factor.Level potentialLevel, List<RuleHit> hits) {

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
