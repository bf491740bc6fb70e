package dev.csreview.report;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactRead;
import dev.csreview.assessment.FactState;
import dev.csreview.assessment.FactorScore;
import dev.csreview.assessment.FilingPlan;
import dev.csreview.assessment.NoteResult;
import dev.csreview.assessment.RuleHit;
import dev.csreview.output.AnswerWording;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.AnswerWords;
import dev.csreview.profile.Item;
import dev.csreview.questionnaire.Choice;
import dev.csreview.questionnaire.Citations;
import dev.csreview.questionnaire.Determination;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The data a document template receives, for one language: plain maps, lists and strings, already in that
 * language, so templates stay simple. Keys are documented in docs/templates.md.
 */
public final class DocumentData {
    private final Assessment a;
    private final Questionnaire q;
    private final Lang lang;
    private final ResourceBundle labels;
    private final AnswerWording wording;
    private final AnswerWords words;

    public DocumentData(Assessment a, Lang lang) {
        this.a = a;
        this.q = a.questionnaire();
        this.lang = lang;
        this.labels = dev.csreview.messages.Messages.bundle("dev.csreview.output.labels", lang.locale());
        this.wording = new AnswerWording(q, lang);
        this.words = AnswerWords.in(lang);
    }

    public Map<String, Object> build(PackageSpec spec, LocalDate date, List<Timeline.Row> timeline, String toolVersion) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", lang.code());
        // Dates as the language writes them (2026年12月4日, 4 December 2026); the ISO form for machines.
        m.put("date", date(date));
        m.put("date_iso", date.toString());
        m.put("tool_version", toolVersion);
        m.put("gap", spec.gap().in(lang));
        Map<String, Object> qn = new LinkedHashMap<>();
        qn.put("id", q.id());
        qn.put("version", q.version());
        qn.put("title", q.title().in(lang));
        qn.put("sha256", q.sha256());
        qn.put("disclaimer", q.disclaimer().in(lang));
        var regulation = q.instruments().get(q.regulation());
        qn.put("regulation", regulation == null ? "" : regulation.name().in(lang));
        qn.put("regulation_number", regulation == null || regulation.number() == null ? "" : regulation.number());
        m.put("questionnaire", qn);
        m.put("profile", a.profileName());
        Answer company = spec.companyQuestion() == null ? null : a.answers().answers().get(spec.companyQuestion());
        m.put("company", company != null && company.value() != null ? String.valueOf(company.value()) : null);
        m.put("worst_outcome", a.worstOutcome().id());
        m.put("routes", routes());
        m.put("applying_routes", routes().stream()
                .filter(r -> !"not_triggered".equals(((Map<?, ?>) r).get("outcome"))).toList());
        m.put("route", routesById());
        List<Object> factors = factors();
        m.put("factors", factors);
        m.put("notes", notes());
        m.put("sections", sections());
        m.put("answer", answerDisplay());
        m.put("answer_value", answerValues());
        m.put("groups", groups());
        m.put("route_items", routeItems());
        m.put("missing", missingFacts());
        m.put("timeline", timelineRows(timeline));
        m.put("timeline_covered", timeline.stream().allMatch(Timeline.Row::calendarCovers));
        putPlan(m);
        new FactSheet(a, lang, labels, words).put(m, spec);
        new Advice(a, lang, labels).put(m, spec.guidance(), factors, (List<?>) m.get("checklist"));
        return m;
    }

    private List<Object> routes() {
        List<Object> out = new ArrayList<>();
        for (DeterminationResult d : a.determinations()) {
            out.add(route(d));
        }
        return out;
    }

    private Map<String, Object> routesById() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (DeterminationResult d : a.determinations()) {
            out.put(d.determination().id(), route(d));
        }
        return out;
    }

    private Map<String, Object> route(DeterminationResult d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.determination().id());
        m.put("title", d.determination().title().in(lang));
        m.put("outcome", d.outcome().id());
        m.put("outcome_label", outcome(d.outcome()));
        m.put("leaning_label", outcome(d.leaning()));
        m.put("reason", dev.csreview.output.RouteReason.in(q, d, lang));
        List<dev.csreview.questionnaire.Citation> cites = new ArrayList<>(d.determination().cites());
        if (d.reasonHolds()) {
            cites.addAll(d.decidingCase().cites());
        }
        m.put("cites", Citations.render(q, cites, lang));
        List<Object> could = new ArrayList<>();
        for (Determination.Case c : d.couldBe()) {
            could.add(Map.of("outcome_label", outcome(c.outcome()), "reason", c.reason().in(lang), "cites", Citations.render(q, c.cites(), lang)));
        }
        m.put("could_be", could);
        m.put("drivers", facts(d.drivers().stream().filter(r -> r.state() == FactState.KNOWN || r.state() == FactState.LOWER_BOUND).toList()));
        m.put("missing", facts(d.missing()));
        // "Cannot tell yet" in a few lines: each fact to find out, and what it could make the outcome.
        List<Object> openFacts = new ArrayList<>();
        for (FactRead r : d.missing().stream().distinct().toList()) {
            openFacts.add(Map.of("name", wording.name(r), "item", r.itemLabel() == null ? "" : r.itemLabel(), "stake", outcome(d.stake(r))));
        }
        m.put("open_facts", openFacts);
        m.put("applies", d.outcome() != Outcome.NOT_TRIGGERED);
        return m;
    }

    private List<Object> factors() {
        List<Object> out = new ArrayList<>();
        for (FactorScore f : a.factors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.factor().id());
            m.put("number", f.factor().number());
            m.put("number_zh", dev.csreview.questionnaire.ChineseNumerals.of(String.valueOf(f.factor().number())));
            m.put("title", f.factor().title().in(lang));
            m.put("description", f.factor().description().in(lang));
            m.put("cites", Citations.render(q, f.factor().cites(), lang));
            m.put("score", f.score());
            m.put("level", f.level().id());
            // Not applicable is not "low": the chart and any template that shows the level say so.
            m.put("level_name", f.applicable() ? f.level().name().in(lang) : label("notApplicable"));
            m.put("potential", f.potential());
            m.put("potential_level_name", f.potentialLevel().name().in(lang));
            m.put("settled", f.isSettled());
            m.put("applicable", f.applicable());
            m.put("max_level_min", f.factor().levels().get(f.factor().levels().size() - 1).min());
            List<Object> hits = new ArrayList<>();
            for (RuleHit h : f.hits()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("why", h.rule().why().in(lang));
                r.put("points", h.rule().points());
                r.put("certain", h.certain());
                r.put("item", h.itemLabel());
                r.put("cites", Citations.render(q, h.rule().cites(), lang));
                r.put("facts", facts(h.drivers().stream().filter(x -> x.state() == FactState.KNOWN).toList()));
                r.put("missing", facts(h.missing()));
                hits.add(r);
            }
            m.put("hits", hits);
            out.add(m);
        }
        return out;
    }

    private List<Object> notes() {
        List<Object> out = new ArrayList<>();
        for (NoteResult n : a.notes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", n.note().title().in(lang));
            m.put("text", n.note().text().in(lang));
            m.put("cites", Citations.render(q, n.note().cites(), lang));
            m.put("certain", n.certain());
            m.put("missing", facts(n.missing()));
            out.add(m);
        }
        return out;
    }

    /** Every asked question with its answer, by section: the facts part of the declaration form. */
    private List<Object> sections() {
        List<Object> out = new ArrayList<>();
        for (Section s : q.sections()) {
            List<Object> rows = new ArrayList<>();
            for (Question question : s.questions()) {
                Answer ans = a.answers().answers().get(question.id());
                if (ans == null || ans.status() == AnswerStatus.NOT_APPLICABLE || question.isGroup()) {
                    continue;
                }
                rows.add(row(question, ans));
            }
            if (!rows.isEmpty()) {
                out.add(Map.of("title", s.title().in(lang), "rows", rows));
            }
        }
        return out;
    }

    private Map<String, Object> row(Question question, Answer ans) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", question.id());
        r.put("question", question.text().in(lang));
        r.put("answer", words.answer(question, ans));
        r.put("known", ans.status().isKnown());
        r.put("cites", Citations.render(q, question.cites(), lang));
        return r;
    }

    private Map<String, Object> answerDisplay() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Question question : q.topLevelQuestions()) {
            Answer ans = a.answers().answers().get(question.id());
            out.put(question.id(), ans == null || !ans.status().isKnown() || question.isGroup() ? null : words.answer(question, ans));
        }
        return out;
    }

    /** Known answers as given (true/false, choice ids, numbers), for templates to test; unknown ones are absent. */
    private Map<String, Object> answerValues() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Question question : q.topLevelQuestions()) {
            Answer ans = a.answers().answers().get(question.id());
            if (ans != null && ans.status().isKnown() && !question.isGroup() && ans.value() != null) {
                out.put(question.id(), ans.value());
            }
        }
        return out;
    }

    /** Group answers as lists of rows, each row a list of field answers, for tables. */
    private Map<String, Object> groups() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Question question : q.topLevelQuestions()) {
            if (!question.isGroup()) {
                continue;
            }
            Answer ans = a.answers().answers().get(question.id());
            List<Object> items = new ArrayList<>();
            if (ans != null) {
                for (Item item : ans.items()) {
                    List<Object> fields = new ArrayList<>();
                    for (Question field : question.fields()) {
                        Answer fa = item.answer(field.id());
                        if (fa.status() != AnswerStatus.NOT_APPLICABLE) {
                            fields.add(row(field, fa));
                        }
                    }
                    items.add(Map.of("index", item.index(), "rows", fields));
                }
            }
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("title", question.text().in(lang));
            g.put("items", items);
            out.put(question.id(), g);
        }
        return out;
    }

    /**
     * For each route, the group records its outcome rests on: those its reasons read (a purchase that made the route
     * apply, or whose unknowns keep it open), each with its answers in words ({@code fields}) and as given
     * ({@code values}). What a document owes per record (a supplier's undertakings) is written only for these.
     */
    private Map<String, Object> routeItems() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (DeterminationResult d : a.determinations()) {
            java.util.Set<Integer> indices = new java.util.TreeSet<>();
            if (d.outcome() != Outcome.NOT_TRIGGERED) {
                collectItems(d.drivers(), indices);
                collectItems(d.missing(), indices);
            }
            List<Object> items = new ArrayList<>();
            for (Question group : q.topLevelQuestions()) {
                Answer ans = group.isGroup() ? a.answers().answers().get(group.id()) : null;
                if (ans == null || !ans.status().isKnown()) {
                    continue;
                }
                for (Item item : ans.items()) {
                    if (!indices.contains(item.index())) {
                        continue;
                    }
                    Map<String, Object> fields = new LinkedHashMap<>();
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (Question field : group.fields()) {
                        Answer fa = item.answer(field.id());
                        fields.put(field.id(), words.answer(field, fa));
                        values.put(field.id(), fa.value());
                    }
                    Answer label = group.itemLabel() == null ? null : item.answer(group.itemLabel());
                    items.add(Map.of("index", item.index(), "label", label == null || label.value() == null ? "" : String.valueOf(label.value()),
                            "fields", fields, "values", values));
                }
            }
            out.put(d.determination().id(), items);
        }
        return out;
    }

    /** The record indices that reads (and the reads computed values rest on) name. */
    private static void collectItems(List<FactRead> reads, java.util.Set<Integer> indices) {
        for (FactRead r : reads) {
            if (r.item() != null) {
                indices.add(r.item());
            }
            collectItems(r.basis(), indices);
        }
    }

    private List<Object> missingFacts() {
        List<Object> out = new ArrayList<>();
        for (Question question : q.topLevelQuestions()) {
            Answer ans = a.answers().answers().get(question.id());
            // An optional question left empty (a form detail, a date not reached yet) is not a fact to find out.
            boolean leftOut = ans != null && ans.status() == AnswerStatus.MISSING && !question.required();
            if (ans != null && ans.status().isUnknown() && !leftOut) {
                out.add(Map.of("id", question.id(), "question", question.text().in(lang),
                        "status", ans.status() == AnswerStatus.UNKNOWN ? words.unknown() : words.unanswered()));
            }
        }
        return out;
    }

    private List<Object> timelineRows(List<Timeline.Row> rows) {
        List<Object> out = new ArrayList<>();
        for (Timeline.Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.step().name().in(lang));
            m.put("note", r.step().note().in(lang));
            m.put("working_days", r.step().days());
            m.put("calendar_months", r.step().months());
            m.put("extension", r.step().extension());
            m.put("start", date(r.start()));
            m.put("due", date(r.due()));
            m.put("due_extended", date(r.dueExtended()));
            m.put("calendar_covers", r.calendarCovers());
            m.put("cites", Citations.renderRefs(q, r.step().cites(), lang));
            out.add(m);
        }
        return out;
    }


    /** The filing plan: {@code plan_warnings} (level, message) and {@code plan_routes} (title, dates in order). */
    private void putPlan(Map<String, Object> m) {
        FilingPlan plan = a.plan();
        List<Object> warnings = new ArrayList<>();
        for (FilingPlan.Warning w : plan.warnings()) {
            warnings.add(Map.of("level", w.level().name().toLowerCase(java.util.Locale.ROOT), "message", w.message().in(lang),
                    "cites", Citations.renderRefs(q, w.cites(), lang)));
        }
        List<Object> routes = new ArrayList<>();
        for (FilingPlan.RoutePlan r : plan.routes()) {
            List<Object> milestones = new ArrayList<>();
            for (FilingPlan.Milestone ms : r.milestones()) {
                milestones.add(Map.of("date", date(ms.date()), "name", ms.name().in(lang), "kind", ms.kind().name().toLowerCase(java.util.Locale.ROOT),
                        "cites", Citations.renderRefs(q, ms.cites(), lang), "weekdays_only", ms.weekdaysOnly()));
            }
            routes.add(Map.of("title", r.routeTitle().in(lang), "planned", date(r.planned()), "filed", r.filed(), "milestones", milestones));
        }
        m.put("plan_warnings", warnings);
        m.put("plan_routes", routes);
    }

    private List<Object> facts(List<FactRead> reads) {
        List<Object> out = new ArrayList<>();
        for (FactRead r : reads.stream().distinct().toList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("name", wording.name(r));
            m.put("item", r.itemLabel());
            m.put("value", wording.value(r));
            m.put("source", r.source() == null ? null : r.source().toString());
            out.add(m);
        }
        return out;
    }

    /** A date as the language writes it (profile/answers {@code date.pattern}). */
    private String date(LocalDate d) {
        return words.date(d);
    }

    private String outcome(Outcome o) {
        return label("outcome." + o.id());
    }

    private String label(String key) {
        return labels.getString(key);
    }
}
