package dev.csreview.report;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactRead;
import dev.csreview.assessment.FactState;
import dev.csreview.assessment.FactorScore;
import dev.csreview.assessment.RuleHit;
import dev.csreview.messages.Punctuation;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.AnswerWords;
import dev.csreview.profile.Evidence;
import dev.csreview.questionnaire.Citations;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The facts as documents state them, with their sources: per question a {@code fact} (known or not, the value to
 * test, the words to print, and the marked gap naming the question when it is not known), the exhibit register
 * with the checklist it numbers, where each answer's source is ({@code source}), and the answers the conclusions
 * rest on that still need a source ({@code to_evidence}).
 */
final class FactSheet {
    private final Assessment a;
    private final Questionnaire q;
    private final Lang lang;
    private final ResourceBundle labels;
    private final AnswerWords words;

    FactSheet(Assessment a, Lang lang, ResourceBundle labels, AnswerWords words) {
        this.a = a;
        this.q = a.questionnaire();
        this.lang = lang;
        this.labels = labels;
        this.words = words;
    }

    void put(Map<String, Object> m, PackageSpec spec) {
        List<PackageSpec.ChecklistItem> items = listed(spec);
        List<String> order = q.topLevelQuestions().stream().map(Question::id).toList();
        Exhibits exhibits = new Exhibits(items, a.evidence(), order);
        Map<String, Object> source = new LinkedHashMap<>();
        for (String id : order) {
            Integer n = exhibits.numberOf(id);
            source.put(id, n == null ? "" : label("exhibit.cite").replace("{0}", n.toString()));
        }
        m.put("fact", facts(source));
        m.put("source", source);
        m.put("exhibits", register(exhibits));
        Map<String, Object> exhibitOf = new LinkedHashMap<>();
        for (Exhibits.Exhibit x : exhibits.register()) {
            if (x.item() != null) {
                exhibitOf.put(x.item().id(), exhibit(x.number()));
            }
        }
        m.put("exhibit_of", exhibitOf);
        m.put("checklist", checklist(spec, exhibits));
        m.put("to_evidence", toEvidence(exhibits));
    }

    /** Per top-level question: known, value (as given), text (in words), said (words and source, or the marked gap). */
    private Map<String, Object> facts(Map<String, Object> source) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Question question : q.topLevelQuestions()) {
            Answer ans = a.answers().answers().get(question.id());
            boolean known = ans != null && ans.status().isKnown() && ans.value() != null;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("known", known);
            f.put("asked", ans == null || ans.status() != AnswerStatus.NOT_APPLICABLE);
            f.put("value", known ? ans.value() : null);
            f.put("yes", known && Boolean.TRUE.equals(ans.value()));
            f.put("no", known && Boolean.FALSE.equals(ans.value()));
            f.put("items", known && question.isGroup() ? ans.items().size() : 0);
            String gap = label("gap.question").replace("{0}", question.id());
            f.put("gap", gap);
            f.put("text", known ? words.answer(question, ans) : gap);
            f.put("said", known ? words.answer(question, ans) + source.get(question.id()) : gap);
            f.put("source", source.get(question.id()));
            // The choices not made, in words: "measures not taken" must not be shown as the list of those taken.
            List<String> notChosen = new ArrayList<>();
            if (known && ans.value() instanceof List<?> chosen && !question.isGroup()) {
                question.choices().stream().filter(c -> !chosen.contains(c.id())).forEach(c -> notChosen.add(c.text().in(lang)));
            }
            f.put("not_chosen", String.join(Punctuation.of(lang.locale()).list(), notChosen));
            out.put(question.id(), f);
        }
        return out;
    }

    /** The checklist items the routes that apply call for (and whose {@code only_if} is known true). */
    private List<PackageSpec.ChecklistItem> listed(PackageSpec spec) {
        Set<String> applying = new java.util.HashSet<>();
        for (DeterminationResult d : a.determinations()) {
            if (d.outcome() != Outcome.NOT_TRIGGERED) {
                applying.add(d.determination().id());
            }
        }
        List<PackageSpec.ChecklistItem> out = new ArrayList<>();
        for (PackageSpec.ChecklistItem item : spec.checklist()) {
            boolean serves = item.routes().isEmpty() ? !applying.isEmpty() : item.routes().stream().anyMatch(applying::contains);
            if (serves && (item.onlyIf() == null || knownTrue(item.onlyIf()))) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * The checklist as a work plan: the materials in {@link #listed} order, numbered as exhibits, ticked when a source
     * is held, due on the earliest latest-filing date of the plan, else a gap to fill.
     */
    private List<Object> checklist(PackageSpec spec, Exhibits exhibits) {
        // Due: the earliest over the routes of each route's latest filing date on the ordinary path (the latest of its
        // latest-filing dates: the extended and special paths ask to file earlier).
        LocalDate due = null;
        for (var r : a.plan().routes()) {
            LocalDate routeLatest = null;
            for (var ms : r.milestones()) {
                if (ms.kind() == dev.csreview.assessment.FilingPlan.Kind.LATEST_FILING && (routeLatest == null || ms.date().isAfter(routeLatest))) {
                    routeLatest = ms.date();
                }
            }
            if (routeLatest != null && (due == null || routeLatest.isBefore(due))) {
                due = routeLatest;
            }
        }
        List<Object> items = new ArrayList<>();
        for (Exhibits.Exhibit x : exhibits.register()) {
            if (x.item() == null) {
                continue;
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("n", x.number());
            c.put("id", x.item().id());
            c.put("name", x.item().name().in(lang));
            c.put("owner", x.item().owner().in(lang));
            c.put("held", x.held());
            c.put("status", label(x.held() ? "checklist.done" : "checklist.todo"));
            c.put("documents", documents(x.documents()));
            c.put("due", due == null ? spec.gap().in(lang) : date(due));
            c.put("exhibit", exhibit(x.number()));
            c.put("cites", Citations.renderRefs(q, x.item().cites(), lang));
            items.add(c);
        }
        return items;
    }

    /** Every exhibit: checklist materials and the other documents the evidence names. */
    private List<Object> register(Exhibits exhibits) {
        List<Object> out = new ArrayList<>();
        for (Exhibits.Exhibit x : exhibits.register()) {
            if (x.number() == 0) {
                continue;
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("n", x.number());
            e.put("exhibit", exhibit(x.number()));
            e.put("id", x.item() == null ? null : x.item().id());
            e.put("name", x.item() != null ? x.item().name().in(lang) : x.documents().get(0).document());
            e.put("held", x.held());
            e.put("status", label(x.held() ? "checklist.done" : "checklist.todo"));
            e.put("documents", documents(x.documents()));
            e.put("on_checklist", x.item() != null);
            out.add(e);
        }
        return out;
    }

    /** "营业执照副本（2025年3月1日，行政部）；…": the documents held, with their dates and holders. */
    private String documents(List<Evidence> docs) {
        List<String> parts = new ArrayList<>();
        for (Evidence e : docs) {
            List<String> about = new ArrayList<>();
            if (e.date() != null) {
                about.add(evidenceDate(e.date()));
            }
            if (e.holder() != null) {
                about.add(e.holder());
            }
            parts.add(about.isEmpty() ? e.document()
                    : e.document() + label("paren.open") + String.join(Punctuation.of(lang.locale()).phrase(), about) + label("paren.close"));
        }
        return String.join(Punctuation.of(lang.locale()).clause(), parts);
    }

    private String evidenceDate(String written) {
        try {
            return date(LocalDate.parse(written));
        } catch (DateTimeParseException e) {
            return written;
        }
    }

    /**
     * The answered questions the conclusions rest on (what decided a route that applies, and what fired a rule)
     * with no source given: statements counsel must still evidence, in questionnaire order.
     */
    private List<Object> toEvidence(Exhibits exhibits) {
        List<Object> out = new ArrayList<>();
        for (String id : dev.csreview.assessment.RestsOn.questions(a)) {
            if (exhibits.numberOf(id) != null) {
                continue;
            }
            Question question = q.questionsById().get(id);
            Answer ans = a.answers().answers().get(id);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", id);
            e.put("question", question.text().in(lang));
            e.put("answer", words.answer(question, ans));
            e.put("cites", Citations.render(q, question.cites(), lang));
            out.add(e);
        }
        return out;
    }

    /** An answer or computed value that is known and true. */
    private boolean knownTrue(String id) {
        for (var c : a.computed()) {
            if (c.computed().id().equals(id)) {
                return Boolean.TRUE.equals(c.value());
            }
        }
        var answer = a.answers().answers().get(id);
        return answer != null && Boolean.TRUE.equals(answer.value());
    }

    /** "附件3"; a dash for a material that is not an exhibit. */
    private String exhibit(int n) {
        return n == 0 ? "—" : label("checklist.exhibit").replace("{0}", Integer.toString(n));
    }

    private String date(LocalDate d) {
        return words.date(d);
    }

    private String label(String key) {
        return labels.getString(key);
    }
}
