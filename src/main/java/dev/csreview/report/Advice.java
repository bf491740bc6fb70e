package dev.csreview.report;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.FactorScore;
import dev.csreview.assessment.RuleHit;
import dev.csreview.questionnaire.Citations;
import dev.csreview.questionnaire.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The report's suggestions from package.yaml's guidance: per factor the evidence to attach (a checklist item cites
 * its exhibit number and whether it is held) and the library's mitigation measures that answer a rule that fired;
 * all chosen measures once more for the report's section on mitigation ({@code mitigations}).
 */
final class Advice {
    private final Assessment a;
    private final Lang lang;
    private final ResourceBundle labels;

    Advice(Assessment a, Lang lang, ResourceBundle labels) {
        this.a = a;
        this.lang = lang;
        this.labels = labels;
    }

    @SuppressWarnings("unchecked")
    void put(Map<String, Object> m, Guidance guidance, List<Object> factors, List<?> checklist) {
        Map<String, Map<?, ?>> items = new LinkedHashMap<>();
        for (Object o : checklist) {
            Map<?, ?> c = (Map<?, ?>) o;
            items.put(String.valueOf(c.get("id")), c);
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (Object o : factors) {
            Map<String, Object> f = (Map<String, Object>) o;
            FactorScore score = a.factors().stream().filter(x -> x.factor().id().equals(f.get("id"))).findFirst().orElseThrow();
            f.put("evidence", evidence(guidance.evidence().getOrDefault(score.factor().id(), List.of()), items, score.applicable()));
            List<Object> measures = new ArrayList<>();
            Set<String> fired = new LinkedHashSet<>();
            score.hits().stream().map(RuleHit::rule).forEach(r -> fired.add(r.id()));
            for (Guidance.Mitigation x : guidance.mitigations()) {
                if (x.answers().stream().anyMatch(fired::contains)) {
                    measures.add(measure(x));
                    chosen.add(x.id());
                }
            }
            f.put("mitigations", measures);
        }
        List<Object> all = new ArrayList<>();
        for (Guidance.Mitigation x : guidance.mitigations()) {
            if (chosen.contains(x.id())) {
                all.add(measure(x));
            }
        }
        m.put("mitigations", all);
    }

    private List<Object> evidence(List<Guidance.EvidenceHint> hints, Map<String, Map<?, ?>> items, boolean applicable) {
        List<Object> out = new ArrayList<>();
        if (!applicable) {
            return out;
        }
        for (Guidance.EvidenceHint h : hints) {
            Map<String, Object> e = new LinkedHashMap<>();
            if (h.item() != null) {
                Map<?, ?> c = items.get(h.item());
                if (c == null) {
                    continue; // not called for by the routes that apply
                }
                e.put("text", c.get("name"));
                e.put("exhibit", c.get("exhibit"));
                e.put("held", c.get("held"));
                e.put("status", c.get("status"));
                e.put("cites", c.get("cites"));
            } else {
                e.put("text", h.text().in(lang));
                e.put("exhibit", null);
                e.put("held", false);
                e.put("status", labels.getString("checklist.todo"));
                e.put("cites", Citations.renderRefs(a.questionnaire(), h.cites(), lang));
            }
            out.add(e);
        }
        return out;
    }

    private Map<String, Object> measure(Guidance.Mitigation x) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", x.id());
        e.put("text", x.text().in(lang));
        e.put("cites", Citations.renderRefs(a.questionnaire(), x.cites(), lang));
        return e;
    }
}
