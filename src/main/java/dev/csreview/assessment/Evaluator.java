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
            facts.put(c.id(), new Fact(v.value(), v.state(), null, distinct(v.reads()), v.open()));
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
                ThreeValued.Value v = Conditions.value(c.expr(), facts, null);
                yield new ComputedValue(c, v.value(), v.state(), v.reads(), v.open());
            }
            case MAX -> {
                Long max = null;
                boolean open = false;
                List<FactRead> reads = new ArrayList<>();
                List<FactRead> unknowns = new ArrayList<>();
                for (String id : c.of()) {
                    Fact f = facts.get(id);
                    if (f == null) {
                        continue;
                    }
                    FactRead read = new FactRead(id, null, null, f.value(), f.state(), f.source(), f.basis(), f.open());
                    reads.add(read);
                    if (f.state().isOpen()) {
                        open = true;
                        unknowns.addAll(read.openFacts());
                    } else {
                        if (f.state() == FactState.LOWER_BOUND) {
                            // At least n: the largest is at least n too, and still waits on what n waits on.
                            open = true;
                            unknowns.addAll(read.openFacts());
                        }
                        if (f.value() instanceof Number n && (max == null || n.longValue() > max)) {
                            max = n.longValue();
                        }
                    }
                }
                FactState state = max == null ? (open ? FactState.UNKNOWN : FactState.NOT_APPLICABLE)
                        : open ? FactState.LOWER_BOUND : FactState.KNOWN;
                yield new ComputedValue(c, max, state, reads, distinct(unknowns));
            }
            case ANY, ALL, COUNT -> overItems(c, facts);
        };
    }

    /**
     * {@code any}: one record that certainly holds decides; {@code all}: one that certainly fails decides; otherwise
     * the uncertain records leave it open, and their unknowns are what could settle it. {@code count} counts the
     * records that hold, a lower bound while some are uncertain.
     */
    private ComputedValue overItems(Computed c, Map<String, Fact> facts) {
        Fact group = facts.get(c.group());
        if (group == null || group.state().isOpen()) {
            FactRead read = new FactRead(c.group(), null, null, null, group == null ? FactState.MISSING : group.state(), group == null ? null : group.source(), List.of());
            return new ComputedValue(c, null, FactState.UNKNOWN, List.of(read), List.of(read));
        }
        List<FactRead> yes = new ArrayList<>();
        List<FactRead> no = new ArrayList<>();
        List<FactRead> uncertain = new ArrayList<>();
        List<FactRead> open = new ArrayList<>();
        int holding = 0;
        boolean anyYes = false;
        boolean anyNo = false;
        List<?> items = group.value() instanceof List<?> l ? l : List.of();
        for (Object o : items) {
            Condition cond = Conditions.test(c.expr(), facts, (ItemFacts) o);
            switch (cond.truth()) {
                case TRUE -> {
                    anyYes = true;
                    holding++;
                    yes.addAll(cond.reads());
                }
                case FALSE -> {
                    anyNo = true;
                    no.addAll(cond.reads());
                }
                case UNCERTAIN -> {
                    uncertain.addAll(cond.reads());
                    open.addAll(cond.openFacts());
                }
            }
        }
        boolean settled = open.isEmpty() && uncertain.isEmpty();
        return switch (c.kind()) {
            case ANY -> anyYes ? new ComputedValue(c, true, FactState.KNOWN, distinct(yes), List.of())
                    : !settled ? new ComputedValue(c, null, FactState.UNKNOWN, distinct(uncertain), distinct(open))
                    : new ComputedValue(c, false, FactState.KNOWN, distinct(no), List.of());
            case ALL -> anyNo ? new ComputedValue(c, false, FactState.KNOWN, distinct(no), List.of())
                    : !settled ? new ComputedValue(c, null, FactState.UNKNOWN, distinct(uncertain), distinct(open))
                    : new ComputedValue(c, true, FactState.KNOWN, distinct(yes), List.of());
            default -> {
                List<FactRead> all = new ArrayList<>(yes);
                all.addAll(uncertain);
                all.addAll(no);
                yield new ComputedValue(c, (long) holding, settled ? FactState.KNOWN : FactState.LOWER_BOUND, distinct(all), distinct(open));
            }
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
            case UNCERTAIN -> new RuleHit(r, item == null ? null : item.index(), item == null ? null : item.label(), false, c.reads(), distinct(c.openFacts()));
            case FALSE -> null;
        };
    }

    /**
     * The first case that holds decides (else {@code otherwise}); a more serious case above it that may hold makes the
     * outcome "cannot tell yet", and its unknowns are the facts to find out. Less serious cases that may hold change
     * nothing (the prudent reading keeps the more serious outcome), so their unknowns are not named.
     */
    private DeterminationResult determine(Determination d, Map<String, Fact> facts) {
        List<Determination.Case> open = new ArrayList<>();
        List<Condition> openConditions = new ArrayList<>();
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
                openConditions.add(cond);
            } else {
                falseReads.addAll(cond.reads());
            }
        }
        if (decided == null) {
            decided = d.otherwise();
            drivers = distinct(falseReads);
        }
        Outcome leaning = decided.outcome();
        Set<FactRead> missing = new LinkedHashSet<>();
        Map<FactRead, Outcome> stakes = new LinkedHashMap<>();
        Set<FactRead> reasonOpen = new LinkedHashSet<>();
        for (int i = 0; i < open.size(); i++) {
            reasonOpen.addAll(openConditions.get(i).openFacts());
            Outcome could = open.get(i).outcome();
            if (could.ordinal() < leaning.ordinal()) {
                for (FactRead f : openConditions.get(i).openFacts()) {
                    missing.add(f);
                    stakes.merge(f, could, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                }
            }
        }
        Outcome outcome = hasMoreSerious(open, leaning) && leaning != Outcome.MUST_DECLARE ? Outcome.CANNOT_TELL : leaning;
        return new DeterminationResult(d, outcome, decided, leaning, List.copyOf(open), drivers, List.copyOf(missing), Map.copyOf(stakes),
                List.copyOf(reasonOpen));
    }

    private static boolean hasMoreSerious(List<Determination.Case> open, Outcome leaning) {
        for (Determination.Case c : open) {
            if (c.outcome().ordinal() < leaning.ordinal()) {
                return true;
            }
        }
        return false;
    }

    private static List<FactRead> distinct(List<FactRead> reads) {
        return List.copyOf(reads.size() < 2 ? reads : new LinkedHashSet<>(reads));
    }
}
