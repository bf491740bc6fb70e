package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The linter's checks of what depends on what: no cycle, no condition on a question asked later. */
final class DependencyChecks {
    private final Questionnaire q;
    private final Diagnostics out;
    private final DeclaredIds ids;

    DependencyChecks(Questionnaire q, Diagnostics out, DeclaredIds ids) {
        this.q = q;
        this.out = out;
        this.ids = ids;
    }

    /** Question conditions and computed values must not depend on themselves, directly or not. */
    void checkCycles() {
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        Map<String, Location> where = new HashMap<>();
        for (Question question : ids.questions()) {
            Set<String> d = new LinkedHashSet<>();
            if (question.when() != null) {
                d.addAll(heads(question.when()));
            }
            Question group = ids.groupOf(question.id());
            if (group != null) {
                d.add(group.id());
            }
            deps.put(question.id(), d);
            where.put(question.id(), question.location());
        }
        for (Computed c : q.computed()) {
            Set<String> d = new LinkedHashSet<>(c.of());
            if (c.expr() != null) {
                d.addAll(heads(c.expr()));
            }
            if (c.group() != null) {
                d.add(c.group());
            }
            deps.put(c.id(), d);
            where.put(c.id(), c.location());
        }
        Set<String> done = new HashSet<>();
        for (String id : deps.keySet()) {
            List<String> stack = new ArrayList<>();
            List<String> cycle = findCycle(id, deps, stack, new HashSet<>(), done);
            if (cycle != null) {
                out.error(where.get(cycle.get(0)), "Q096", String.join(" -> ", cycle));
                return;
            }
        }
        // The interview asks in order: a condition on a later question can only be settled after the fact.
        for (Question question : ids.questions()) {
            if (question.when() == null) {
                continue;
            }
            for (String ref : heads(question.when())) {
                Integer refOrder = ids.order(ref);
                if (ids.question(ref) != null && refOrder != null && refOrder > ids.order(question.id())) {
                    out.warning(question.when().location(), "Q097", question.id(), ref);
                }
            }
        }
    }

    private List<String> findCycle(String id, Map<String, Set<String>> deps, List<String> stack, Set<String> onStack, Set<String> done) {
        if (onStack.contains(id)) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(id), stack.size()));
            cycle.add(id);
            return cycle;
        }
        if (done.contains(id) || !deps.containsKey(id)) {
            return null;
        }
        stack.add(id);
        onStack.add(id);
        for (String next : deps.get(id)) {
            List<String> c = findCycle(next, deps, stack, onStack, done);
            if (c != null) {
                return c;
            }
        }
        stack.remove(stack.size() - 1);
        onStack.remove(id);
        done.add(id);
        return null;
    }

    private static Set<String> heads(Expr e) {
        Set<String> result = new LinkedHashSet<>();
        for (List<String> path : e.references()) {
            String head = path.get(0);
            if ((head.equals("item") || head.equals("unknown")) && path.size() > 1) {
                result.add(path.get(1));
            } else {
                result.add(head);
            }
        }
        return result;
    }
}
