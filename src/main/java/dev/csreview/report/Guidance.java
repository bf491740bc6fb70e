package dev.csreview.report;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.Factor;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Rule;
import dev.csreview.questionnaire.Text;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis report suggests per Article 10 factor, read from {@code package.yaml}: the evidence to attach
 * ({@code factor_evidence}: a checklist item, whose exhibit number it then cites, or a text) and the library of
 * mitigation measures ({@code mitigations}), each shown where a rule it answers fired. Suggestions for counsel.
 */
public record Guidance(Map<String, List<EvidenceHint>> evidence, List<Mitigation> mitigations) {

    public static final Guidance NONE = new Guidance(Map.of(), List.of());

    /** Evidence to attach for a factor: a checklist item by id, or a text with its citations. */
    public record EvidenceHint(String item, Text text, List<String> cites, Location at) {}

    /** A measure from the library, suggested where one of the rules in {@code answers} fired (certainly or possibly). */
    public record Mitigation(String id, List<String> answers, Text text, List<String> cites, Location at) {}

    static final Set<String> HINT_KEYS = Set.of("item", "text", "cites");
    static final Set<String> MITIGATION_KEYS = Set.of("id", "answers", "text", "cites");

    static Guidance parse(Fields f, Diagnostics out) {
        Map<String, List<EvidenceHint>> evidence = new LinkedHashMap<>();
        YNode byFactor = f.node("factor_evidence");
        if (byFactor instanceof YNode.Mapping m) {
            Fields holder = Fields.of(m, "factor_evidence", m.entries().keySet(), out).orElseThrow();
            for (var e : m.entries().entrySet()) {
                List<EvidenceHint> hints = new ArrayList<>();
                for (YNode n : holder.list(e.getKey())) {
                    Fields.of(n, Diagnostic.Term.of("evidence hint"), HINT_KEYS, out).ifPresent(h -> {
                        if (h.has("item") == h.has("text")) {
                            out.error(h.location(), "S009", e.getKey());
                        }
                        hints.add(new EvidenceHint(h.string("item").orElse(null), PackageSpec.text(h, "text", out), h.strings("cites"), h.location()));
                    });
                }
                evidence.put(e.getKey(), List.copyOf(hints));
            }
        } else if (byFactor != null && !Fields.isNull(byFactor)) {
            out.error(byFactor.location(), "S001", "factor_evidence", byFactor.kindName());
        }
        List<Mitigation> mitigations = new ArrayList<>();
        for (YNode n : f.list("mitigations")) {
            Fields.of(n, Diagnostic.Term.of("mitigation"), MITIGATION_KEYS, out).ifPresent(x -> mitigations.add(new Mitigation(x.requiredString("id").orElse(""),
                    x.strings("answers"), PackageSpec.text(x, "text", out), x.strings("cites"), x.location())));
        }
        return new Guidance(Map.copyOf(evidence), List.copyOf(mitigations));
    }

    /**
     * The ids this guidance names that {@code q} or the checklist does not have (a factor, a rule, a checklist item):
     * a typo would drop a suggestion silently, so it is an error when the package is built.
     */
    public List<Diagnostic> check(Questionnaire q, Set<String> checklistIds) {
        Diagnostics out = new Diagnostics();
        Set<String> factors = new LinkedHashSet<>();
        q.factors().stream().map(Factor::id).forEach(factors::add);
        Set<String> rules = new LinkedHashSet<>();
        q.rules().stream().map(Rule::id).forEach(rules::add);
        for (var e : evidence.entrySet()) {
            for (EvidenceHint h : e.getValue()) {
                if (!factors.contains(e.getKey())) {
                    out.error(h.at(), "S010", "factor", e.getKey(), new Diagnostic.Hint(Fields.didYouMean(e.getKey(), factors)));
                }
                if (h.item() != null && !checklistIds.contains(h.item())) {
                    out.error(h.at(), "S010", Diagnostic.Term.of("checklist item"), h.item(), new Diagnostic.Hint(Fields.didYouMean(h.item(), checklistIds)));
                }
            }
        }
        for (Mitigation m : mitigations) {
            for (String rule : m.answers()) {
                if (!rules.contains(rule)) {
                    out.error(m.at(), "S010", "rule", rule, new Diagnostic.Hint(Fields.didYouMean(rule, rules)));
                }
            }
        }
        return out.list();
    }
}
