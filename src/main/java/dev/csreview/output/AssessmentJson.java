package dev.csreview.output;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ComputedValue;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactRead;
import dev.csreview.assessment.FactorScore;
import dev.csreview.assessment.NoteResult;
import dev.csreview.assessment.RuleHit;
import dev.csreview.diagnostic.Location;
import dev.csreview.profile.Answer;
import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Determination;
import dev.csreview.questionnaire.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable assessment, schema {@value #SCHEMA} (documented in docs/assessment-json.md). Field
 * order is fixed and nothing depends on time or locale, so CI can diff it.
 */
public final class AssessmentJson {
    public static final String SCHEMA = "csreview-assessment/1";

    /** One assessment as a JSON object tree (maps and lists). */
    public Map<String, Object> tree(Assessment a, String toolVersion) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("tool", tool(toolVersion));
        Map<String, Object> qn = new LinkedHashMap<>();
        qn.put("id", a.questionnaire().id());
        qn.put("version", a.questionnaire().version());
        qn.put("sha256", a.questionnaire().sha256());
        root.put("questionnaire", qn);
        root.put("profile", a.profileName());
        root.put("worst_outcome", a.worstOutcome().id());
        List<Object> determinations = new ArrayList<>();
        for (DeterminationResult d : a.determinations()) {
            determinations.add(determination(d));
        }
        root.put("determinations", determinations);
        List<Object> factors = new ArrayList<>();
        for (FactorScore f : a.factors()) {
            factors.add(factor(f));
        }
        root.put("factors", factors);
        List<Object> notes = new ArrayList<>();
        for (NoteResult n : a.notes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.note().id());
            m.put("applies", n.certain() ? "yes" : "maybe");
            m.put("title", text(n.note().title()));
            m.put("text", text(n.note().text()));
            m.put("cites", cites(n.note().cites()));
            m.put("missing", reads(n.missing()));
            notes.add(m);
        }
        root.put("also_consider", notes);
        List<Object> computed = new ArrayList<>();
        for (ComputedValue c : a.computed()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.computed().id());
            m.put("value", c.value());
            m.put("state", c.state().name().toLowerCase(java.util.Locale.ROOT));
            computed.add(m);
        }
        root.put("computed", computed);
        root.put("answers", answers(a.answers().answers()));
        return root;
    }

    public String render(Assessment a, String toolVersion) {
        return write(tree(a, toolVersion));
    }

    /** Several assessments as one document (batch runs). */
    public String renderAll(List<Assessment> all, String toolVersion) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        List<Object> items = new ArrayList<>();
        for (Assessment a : all) {
            items.add(tree(a, toolVersion));
        }
        root.put("assessments", items);
        return write(root);
    }

    private String write(Object tree) {
        return JsonText.write(tree) + "\n";
    }

    private Map<String, Object> determination(DeterminationResult d) {
        Determination det = d.determination();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", det.id());
        m.put("title", text(det.title()));
        m.put("outcome", d.outcome().id());
        m.put("leaning", d.leaning().id());
        m.put("reason", text(d.decidingCase().reason()));
        List<Citation> cites = new ArrayList<>(det.cites());
        cites.addAll(d.decidingCase().cites());
        m.put("cites", cites(cites));
        List<Object> open = new ArrayList<>();
        for (Determination.Case c : d.openCases()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("outcome", c.outcome().id());
            o.put("reason", text(c.reason()));
            o.put("cites", cites(c.cites()));
            open.add(o);
        }
        m.put("could_be", open);
        m.put("drivers", reads(d.drivers()));
        m.put("missing", reads(d.missing()));
        return m;
    }

    private Map<String, Object> factor(FactorScore f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.factor().id());
        m.put("number", f.factor().number());
        m.put("title", text(f.factor().title()));
        m.put("score", f.score());
        m.put("level", f.level().id());
        m.put("potential_score", f.potential());
        m.put("potential_level", f.potentialLevel().id());
        m.put("cites", cites(f.factor().cites()));
        List<Object> hits = new ArrayList<>();
        for (RuleHit h : f.hits()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rule", h.rule().id());
            r.put("fired", h.certain() ? "yes" : "maybe");
            r.put("points", h.rule().points());
            if (h.item() != null) {
                r.put("item", h.item());
                r.put("item_label", h.itemLabel());
            }
            r.put("why", text(h.rule().why()));
            r.put("cites", cites(h.rule().cites()));
            r.put("drivers", reads(h.drivers()));
            r.put("missing", reads(h.missing()));
            hits.add(r);
        }
        m.put("rules", hits);
        return m;
    }

    private static List<Object> reads(List<FactRead> reads) {
        List<Object> out = new ArrayList<>();
        for (FactRead r : reads.stream().distinct().toList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            if (r.item() != null) {
                m.put("item", r.item());
                m.put("item_label", r.itemLabel());
            }
            m.put("value", plain(r.value()));
            m.put("state", r.state().name().toLowerCase(java.util.Locale.ROOT));
            m.put("source", source(r.source()));
            if (!r.basis().isEmpty()) {
                m.put("computed_from", reads(r.basis()));
            }
            out.add(m);
        }
        return out;
    }

    private static Object plain(Object value) {
        if (value instanceof List<?> l && !l.isEmpty() && !(l.get(0) instanceof String)) {
            return "[" + l.size() + " items]";
        }
        return value;
    }

    private static Object source(Location loc) {
        if (loc == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", loc.file());
        m.put("line", loc.line());
        m.put("column", loc.column());
        return m;
    }

    private static Map<String, Object> answers(Map<String, Answer> answers) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : answers.entrySet()) {
            out.put(e.getKey(), answer(e.getValue()));
        }
        return out;
    }

    private static Map<String, Object> answer(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", a.status().name().toLowerCase(java.util.Locale.ROOT));
        if (a.value() instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Item) {
            List<Object> items = new ArrayList<>();
            for (Item item : a.items()) {
                items.add(answers(item.answers()));
            }
            m.put("items", items);
        } else {
            m.put("value", a.value());
        }
        m.put("source", source(a.source()));
        return m;
    }

    /** The tool block, in a fixed key order (Map.of iterates in a different order in every JVM). */
    public static Map<String, Object> tool(String version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "csreview");
        m.put("version", version);
        return m;
    }

    static List<Object> cites(List<Citation> cites) {
        List<Object> out = new ArrayList<>();
        for (Citation c : cites) {
            out.add(c.ref());
        }
        return out;
    }

    static Map<String, Object> text(Text t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zh", t.zh());
        m.put("en", t.en());
        return m;
    }
}
