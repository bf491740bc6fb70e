package dev.csreview.assessment;

import dev.csreview.questionnaire.Computed;
import dev.csreview.questionnaire.Determination;
import dev.csreview.questionnaire.Factor;
import dev.csreview.questionnaire.Note;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questionnaire + resolved answers → assessment. Pure and deterministic: no clock, no I/O, no locale. An
 * unknown fact never counts as "no": a condition that reads one is uncertain, and uncertainty is carried
 * into the result (cannot tell yet, possible rule hits, notes that may apply).
 */
public final class Evaluator {
    private final Questionnaire q;

    public Evaluator(Questionnaire q) {
        this.q = q;
    }

    public Assessment evaluate(ResolvedAnswers answers, String profileName) {
        Map<String, Fact> facts = new LinkedHashMap<>(answers.facts());
        List<ComputedValue> computed = new ArrayList<>();
        for (Computed c : q.computed()) {
            ComputedValue v = compute(c, facts);
            computed.add(v);
            facts.put(c.id(), new Fact(v.value(), v.state(), null, distinct(v.reads())));
        }
        List<FactorScore> factors = new ArrayList<>();
        for (Factor f : q.factors()) {
            factors.add(score(f, facts));
        }
        List<DeterminationResult> determinations = new ArrayList<>();
        for (Determination d : q.determinations()) {
            determinations.add(determine(d, facts));
        }
        List<NoteResult> notes = new ArrayList<>();
        for (Note n : q.notes()) {
            Condition c = Conditions.test(n.when(), facts, null);
            if (c.truth() != Truth.FALSE) {
                notes.add(new NoteResult(n, c.truth() == Truth.TRUE, c.truth() == Truth.TRUE ? List.of() : c.openFacts()));
            }
        }
        return new Assessment(q, profileName, answers, List.copyOf(computed), List.copyOf(determinations), List.copyOf(factors), List.copyOf(notes));
    }

    private ComputedValue compute(Computed c, Map<String, Fact> facts) {
        return switch (c.kind()) {
            case EXPR -> {
                Conditions.Valued v = Conditions.value(c.expr(), facts, null);
                if (v.value() instanceof Boolean b) {
                    FactState state = v.truth() == Truth.UNCERTAIN ? FactState.UNKNOWN : FactState.KNOWN;
                    yield new ComputedValue(c, state == FactState.KNOWN ? b : null, state, v.reads());
                }
                FactState state = v.anyOpen() ? FactState.UNKNOWN : v.anyLowerBound() ? FactState.LOWER_BOUND : FactState.KNOWN;
                yield new ComputedValue(c, state == FactState.UNKNOWN ? null : v.value(), state, v.reads());
            }
            case MAX -> {
                Long max = null;
                boolean open = false;
                List<FactRead> reads = new ArrayList<>();
                for (String id : c.of()) {
                    Fact f = facts.get(id);
                    if (f == null) {
                        continue;
                    }
                    reads.add(new FactRead(id, null, null, f.value(), f.state(), f.source(), f.basis()));
                    if (f.state().isOpen()) {
                        open = true;
                    } else if (f.value() instanceof Number n && (max == null || n.longValue() > max)) {
                        max = n.longValue();
                    }
                }
                FactState state = max == null ? (open ? FactState.UNKNOWN : FactState.NOT_APPLICABLE)
                        : open ? FactState.LOWER_BOUND : FactState.KNOWN;
                yield new ComputedValue(c, max, state, reads);
            }
            case ANY, ALL, COUNT -> overItems(c, facts);
        };
    }

    private ComputedValue overItems(Computed c, Map<String, Fact> facts) {
        Fact group = facts.get(c.group());
        List<FactRead> reads = new ArrayList<>();
        if (group == null || group.state().isOpen()) {
            reads.add(new FactRead(c.group(), null, null, null, group == null ? FactState.MISSING : group.state(), group == null ? null : group.source(), List.of()));
            return new ComputedValue(c, null, FactState.UNKNOWN, reads);
        }
        int yes = 0;
        int no = 0;
        int open = 0;
        List<?> items = group.value() instanceof List<?> l ? l : List.of();
        for (Object o : items) {
            ItemFacts item = (ItemFacts) o;
            Condition cond = Conditions.test(c.expr(), facts, item);
            reads.addAll(cond.reads());
            switch (cond.truth()) {
                case TRUE -> yes++;
                case FALSE -> no++;
                case UNCERTAIN -> open++;
            }
        }
        return switch (c.kind()) {
            case ANY -> yes > 0 ? new ComputedValue(c, true, FactState.KNOWN, reads)
                    : open > 0 ? new ComputedValue(c, null, FactState.UNKNOWN, reads)
                    : new ComputedValue(c, false, FactState.KNOWN, reads);
            case ALL -> no > 0 ? new ComputedValue(c, false, FactState.KNOWN, reads)
                    : open > 0 ? new ComputedValue(c, null, FactState.UNKNOWN, reads)
                    : new ComputedValue(c, true, FactState.KNOWN, reads);
            default -> new ComputedValue(c, (long) yes, open > 0 ? FactState.LOWER_BOUND : FactState.KNOWN, reads);
        };
    }

    private FactorScore score(Factor f, Map<String, Fact> facts) {
        if (f.when() != null && Conditions.test(f.when(), facts, null).truth() == Truth.FALSE) {
            Factor.Level lowest = f.levels().get(0);
            return new FactorScore(f, 0, lowest, 0, lowest, List.of(), false);
        }
        List<RuleHit> hits = new ArrayList<>();
        int score = 0;
        int potential = 0;
        for (Rule r : q.rules()) {
            if (!r.factor().equals(f.id())) {
                continue;
            }
            if (r.forEach() == null) {
                RuleHit hit = tryRule(r, facts, null);
                if (hit != null) {
                    hits.add(hit);
                }
            } else {
                Fact group = facts.get(r.forEach());
                if (group != null && group.value() instanceof List<?> items) {
                    for (Object o : items) {
                        RuleHit hit = tryRule(r, facts, (ItemFacts) o);
                        if (hit != null) {
                            hits.add(hit);
                        }
                    }
                }
            }
        }
        for (RuleHit h : hits) {
            potential += h.rule().points();
            if (h.certain()) {
                score += h.rule().points();
            }
        }
        return new FactorScore(f, score, f.levelFor(score), potential, f.levelFor(potential), List.copyOf(hits), true);
    }

    private RuleHit tryRule(Rule r, Map<String, Fact> facts, ItemFacts item) {
        Condition c = Conditions.test(r.when(), facts, item);
        return switch (c.truth()) {
            case TRUE -> new RuleHit(r, item == null ? null : item.index(), item == null ? null : item.label(), true, c.reads(), List.of());
            case UNCERTAIN -> new RuleHit(r, item == null ? null : item.index(), item == null ? null : item.label(), false, c.reads(), c.openFacts());
            case FALSE -> null;
        };
    }

    private DeterminationResult determine(Determination d, Map<String, Fact> facts) {
        List<Determination.Case> open = new ArrayList<>();
        Set<FactRead> missing = new LinkedHashSet<>();
        List<FactRead> falseReads = new ArrayList<>();
        Determination.Case decided = null;
        List<FactRead> drivers = List.of();
        for (Determination.Case c : d.cases()) {
            Condition cond = Conditions.test(c.when(), facts, null);
            if (cond.truth() == Truth.TRUE) {
                decided = c;
                drivers = cond.reads();
                break;
            }
            if (cond.truth() == Truth.UNCERTAIN) {
                open.add(c);
                missing.addAll(cond.openFacts());
            } else {
                falseReads.addAll(cond.reads());
            }
        }
        if (decided == null) {
            decided = d.otherwise();
            drivers = distinct(falseReads);
        }
        Outcome leaning = decided.outcome();
        boolean moreSeriousOpen = false;
        for (Determination.Case c : open) {
            moreSeriousOpen |= c.outcome().ordinal() < leaning.ordinal();
        }
        Outcome outcome = moreSeriousOpen && !leaning.equals(Outcome.MUST_DECLARE) ? Outcome.CANNOT_TELL : leaning;
        return new DeterminationResult(d, outcome, decided, leaning, List.copyOf(open), drivers, List.copyOf(missing));
    }

    private static List<FactRead> distinct(List<FactRead> reads) {
        return List.copyOf(reads.size() < 2 ? reads : new LinkedHashSet<>(reads));
    }
}
