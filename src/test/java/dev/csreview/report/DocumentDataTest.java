package dev.csreview.report;

import dev.csreview.calendar.ChinaWorkingDays;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.builtin.Builtin;
import dev.csreview.output.TextReport;
import dev.csreview.profile.ProfileWriterAccess;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What {@link DocumentData} (with its {@link FactSheet} and {@link Exhibits}) hands a template: the keys
 * docs/templates.md promises, answers in the text report's words, each fact known, unknown or not asked, the same
 * map on any JVM default locale and time zone, and user text as plain data.
 */
class DocumentDataTest {
    private static final Questionnaire Q = Builtin.questionnaire(Builtin.FINAL);
    private static final PackageSpec SPEC = Builtin.packageSpec(Builtin.FINAL);

    /** A small profile: the neutral answers with {@code answers} (one {@code id: value} a line) over them, and extra YAML. */
    private static Assessment assess(String answers, String extra) {
        return Builtin.assess(Q, "p.yaml", Builtin.header(Builtin.FINAL) + Builtin.neutralAnswers(answers) + extra);
    }

    private static Assessment sample(String name) throws Exception {
        Path p = Path.of("samples", name);
        return AnalysisReportTest.assess(p.toString(), Files.readAllBytes(p));
    }

    /** The data as a package build gives it: planned and timed on the golden date. */
    private static Map<String, Object> data(Assessment a, Lang lang) {
        Assessment planned = a.withPlan(new dev.csreview.plan.FilingPlanner(SPEC, ChinaWorkingDays.builtin()).plan(a, PackageGoldenTest.DATE));
        List<Timeline.Row> timeline = Timeline.compute(SPEC.timeline(), PackageGoldenTest.DATE, ChinaWorkingDays.builtin());
        return new DocumentData(planned, lang).build(SPEC, PackageGoldenTest.DATE, timeline, "test");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static Map<String, Object> fact(Map<String, Object> data, String question) {
        return map(map(data.get("fact")).get(question));
    }

    // --- docs/templates.md ------------------------------------------------------------------------------------

    /** A table row of docs/templates.md: `key` or `key.<id>` or `key.{a, b}` cells, then the description. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| (`.+?) \\| (.+) \\|$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]*(?:\\.<[a-z]+>)?");
    /** What PackageBuilder adds around DocumentData's keys (documented too, but not this class's). */
    private static final Set<String> ADDED_BY_BUILDER = Set.of("title", "documents", "draft_mark", "page_footer", "brand");

    /** Every key of any map inside {@code o}, at any depth. */
    private static void keysWithin(Object o, Set<String> out) {
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                out.add(String.valueOf(k));
                keysWithin(v, out);
            });
        } else if (o instanceof Collection<?> c) {
            c.forEach(x -> keysWithin(x, out));
        }
    }

    @Test
    void every_key_and_field_the_doc_lists_is_in_the_data() throws Exception {
        // TemplatesDocTest checks the other way (no key undocumented); this checks no documented name is missing.
        List<Map<String, Object>> all = new ArrayList<>();
        for (Path p : PackageGoldenTest.samples().toList()) {
            all.add(data(sample(p.getFileName().toString()), Lang.ZH));
        }
        Matcher row = ROW.matcher(Files.readString(Path.of("docs/templates.md")));
        int rows = 0;
        while (row.find()) {
            Map<String, Set<String>> fields = new LinkedHashMap<>();
            for (Matcher cell = CODE.matcher(row.group(1)); cell.find(); ) {
                String c = cell.group(1);
                String key = c.split("[.]", 2)[0];
                fields.put(key, new LinkedHashSet<>());
                int brace = c.indexOf(".{");
                if (brace > 0) {
                    fields.get(key).addAll(List.of(c.substring(brace + 2, c.length() - 1).split(", ")));
                }
            }
            Set<String> described = new LinkedHashSet<>();
            for (Matcher span = CODE.matcher(row.group(2)); span.find(); ) {
                for (String name : span.group(1).split(", ")) {
                    if (FIELD.matcher(name).matches()) {
                        described.add(name.split("[.]", 2)[0]);
                    }
                }
            }
            for (var e : fields.entrySet()) {
                String key = e.getKey();
                if (ADDED_BY_BUILDER.contains(key)) {
                    continue;
                }
                rows++;
                assertThat(all.get(0)).as("docs/templates.md lists `%s`", key).containsKey(key);
                Set<String> within = new LinkedHashSet<>();
                all.forEach(d -> keysWithin(d.get(key), within));
                assertThat(within).as("the fields docs/templates.md lists for `%s`", key).containsAll(e.getValue());
                // Names in a structured value's description are its fields; a plain value's are example values.
                boolean structured = all.stream().anyMatch(d -> d.get(key) instanceof Map || d.get(key) instanceof Collection);
                if (structured && fields.size() == 1) {
                    assertThat(within).as("the fields docs/templates.md describes for `%s`", key).containsAll(described);
                }
            }
        }
        assertThat(rows).as("rows read from docs/templates.md").isGreaterThan(25);
    }

    // --- answers in words ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Lang.class)
    void answers_are_worded_once_as_the_text_report_words_them(Lang lang) throws Exception {
        Assessment a = sample("us-listing-platform.yaml");
        Map<String, Object> data = data(a, lang);
        boolean zh = lang == Lang.ZH;
        Map<String, Object> answer = map(data.get("answer"));
        assertThat(answer.get("users_registered")).isEqualTo(zh ? "3,200,000个账户" : "3,200,000 accounts");
        assertThat(answer.get("planned_application_date")).isEqualTo(zh ? "2027年3月1日" : "1 March 2027");
        assertThat(answer.get("vie")).isEqualTo(zh ? "是" : "yes");
        assertThat(answer.get("is_ciio")).isEqualTo(zh ? "否" : "no");
        assertThat(answer.get("listing_venue")).isEqualTo(zh ? "美国" : "United States");
        assertThat(data.get("date")).isEqualTo(zh ? "2026年1月15日" : "15 January 2026");
        assertThat(data.get("date_iso")).isEqualTo("2026-01-15");
        assertThat(map(data.get("answer_value"))).containsEntry("users_registered", 3_200_000L).containsEntry("vie", true)
                .containsEntry("listing_venue", "us");
        // Every fact a route rests on reads as the text report reads it: one wording, not two.
        String text = new TextReport(lang).render(a);
        int facts = 0;
        for (Object r : list(data.get("routes"))) {
            for (Object f : list(map(r).get("drivers"))) {
                if (map(f).get("item") == null) {
                    assertThat(text).contains(map(f).get("name") + " — " + map(f).get("value"));
                    facts++;
                }
            }
        }
        assertThat(facts).isGreaterThan(3);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void an_unknown_answer_is_never_worded_as_no(Lang lang) {
        Assessment a = assess("foreign_hosting: unknown\nsecurity_measures: unknown\nusers_registered: unknown", "");
        Map<String, Object> data = data(a, lang);
        String unknown = lang == Lang.ZH ? "不确定" : "unknown";
        for (String id : List.of("foreign_hosting", "security_measures", "users_registered")) {
            Map<String, Object> f = fact(data, id);
            assertThat(f).as(id).containsEntry("known", false).containsEntry("asked", true).containsEntry("yes", false)
                    .containsEntry("no", false).containsEntry("value", null).containsEntry("not_chosen", "");
            assertThat(f.get("text")).as(id).isEqualTo(f.get("gap"));
            assertThat(map(data.get("answer"))).as(id).containsEntry(id, null);
            assertThat(map(data.get("answer_value"))).as(id).doesNotContainKey(id);
            assertThat(sectionRow(data, id)).as(id).containsEntry("answer", unknown).containsEntry("known", false);
        }
        assertThat(list(data.get("missing"))).extracting(m -> map(m).get("id")).contains("foreign_hosting", "security_measures", "users_registered");
        assertThat(list(data.get("missing"))).allSatisfy(m -> assertThat(map(m).get("status")).isIn(unknown, lang == Lang.ZH ? "未回答" : "not answered"));
    }

    private static Map<String, Object> sectionRow(Map<String, Object> data, String id) {
        for (Object s : list(data.get("sections"))) {
            for (Object r : list(map(s).get("rows"))) {
                if (id.equals(map(r).get("id"))) {
                    return map(r);
                }
            }
        }
        throw new AssertionError("no row for " + id);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void a_multiple_choice_lists_the_choices_not_taken_in_words(Lang lang) {
        Map<String, Object> data = data(assess("security_measures: [encryption, mlps]", ""), lang);
        Map<String, Object> f = fact(data, "security_measures");
        boolean zh = lang == Lang.ZH;
        assertThat(f.get("text")).isEqualTo(zh ? "加密（传输和存储）、网络安全等级保护备案和测评"
                : "Encryption (in transit and at rest), Multi-level protection scheme filing and testing");
        assertThat(f.get("not_chosen")).isEqualTo(zh ? "数据分类分级和重要数据识别、访问控制和审计日志、数据安全负责人和管理机构、安全事件应急预案和演练"
                : "Data classification and important-data identification, Access control and audit logs, "
                        + "Data security officer and management body, Incident response plan and drills");
        assertThat(f.get("value")).isEqualTo(List.of("encryption", "mlps"));
        assertThat(fact(data, "vie").get("not_chosen")).as("not a multiple choice").isEqualTo("");
    }

    // --- fact.<question> ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Lang.class)
    void a_fact_is_known_with_its_source_or_a_gap_naming_the_question(Lang lang) {
        String evidence = "evidence:\n  users_registered: {document: 用户统计报表, date: 2026-10-08, holder: 数据平台部}\n"
                + "  persons_deduplicated: {document: 用户统计报表}\n";
        Map<String, Object> data = data(assess("users_registered: 3200000\npersons_deduplicated: unknown\nsensitive_pi: yes", evidence), lang);
        boolean zh = lang == Lang.ZH;

        Map<String, Object> answered = fact(data, "users_registered");
        assertThat(answered).containsEntry("known", true).containsEntry("asked", true).containsEntry("value", 3_200_000L);
        String words = zh ? "3,200,000个账户" : "3,200,000 accounts";
        assertThat(answered.get("text")).isEqualTo(words);
        String source = (String) answered.get("source");
        assertThat(source).matches(zh ? "（见附件\\d+）" : " \\(Exhibit \\d+\\)");
        assertThat(answered.get("said")).isEqualTo(words + source);

        Map<String, Object> unknown = fact(data, "persons_deduplicated");
        String gap = zh ? "【待补充：问卷 persons_deduplicated】" : "[TO BE COMPLETED: question persons_deduplicated]";
        assertThat(unknown).containsEntry("known", false).containsEntry("asked", true).containsEntry("gap", gap)
                .containsEntry("text", gap).containsEntry("said", gap);
        assertThat(unknown.get("source")).as("its document is still an exhibit").isEqualTo(source);

        Map<String, Object> unanswered = fact(data, "sensitive_pi_persons");
        assertThat(unanswered).as("asked (sensitive_pi is yes) but left empty").containsEntry("known", false).containsEntry("asked", true)
                .containsEntry("said", zh ? "【待补充：问卷 sensitive_pi_persons】" : "[TO BE COMPLETED: question sensitive_pi_persons]");

        Map<String, Object> notAsked = fact(data, "listing_venue");
        assertThat(notAsked).as("not asked: no listing is planned").containsEntry("known", false).containsEntry("asked", false)
                .containsEntry("value", null).containsEntry("source", "");

        Map<String, Object> no = fact(data, "listing_planned");
        assertThat(no).containsEntry("known", true).containsEntry("no", true).containsEntry("yes", false).containsEntry("value", false);
    }

    @Test
    void one_document_is_one_exhibit_however_many_answers_it_sources() throws Exception {
        Map<String, Object> data = data(sample("us-listing-platform.yaml"), Lang.ZH);
        Map<String, Object> source = map(data.get("source"));
        // users_registered and persons_deduplicated share a statistics report: one exhibit, cited from both.
        assertThat(source.get("users_registered")).isNotEqualTo("").isEqualTo(source.get("persons_deduplicated"));
        assertThat(source.get("vie")).isNotEqualTo("").isNotEqualTo(source.get("users_registered"));
        assertThat(source.get("listing_venue")).as("no source given").isEqualTo("");
        List<Object> exhibits = list(data.get("exhibits"));
        assertThat(exhibits).extracting(x -> map(x).get("n")).doesNotHaveDuplicates().isSorted();
        long statistics = exhibits.stream().filter(x -> String.valueOf(map(x).get("documents")).contains("用户数据库统计报表")).count();
        assertThat(statistics).as("exhibits holding the statistics report").isEqualTo(1);
        // The checklist's materials are numbered first, in checklist order; other documents after them.
        List<Object> onChecklist = exhibits.stream().filter(x -> (Boolean) map(x).get("on_checklist")).toList();
        assertThat(exhibits.subList(0, onChecklist.size())).isEqualTo(onChecklist);
        // A statement with a source is not one still to evidence; one without is.
        assertThat(list(data.get("to_evidence"))).extracting(x -> map(x).get("id")).doesNotContain("users_registered", "vie")
                .contains("listing_venue");
    }

    private static Map<String, Object> byId(Object items, String id) {
        return list(items).stream().map(DocumentDataTest::map).filter(x -> id.equals(x.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }

    @Test
    void a_checklist_material_with_a_source_is_ticked_and_its_number_cited_for_the_answer() throws Exception {
        Map<String, Object> data = data(sample("us-listing-platform.yaml"), Lang.ZH);
        List<Object> checklist = list(data.get("checklist"));
        assertThat(checklist).extracting(x -> map(x).get("id")).as("only what the routes that apply call for, and only_if known true")
                .contains("declaration_form", "listing_documents", "shareholding_chart").doesNotContain("procurement_documents", "export_filings");
        for (Object x : checklist) {
            int n = (Integer) map(x).get("n");
            assertThat(map(x).get("exhibit")).isEqualTo(n == 0 ? "—" : "附件" + n);
            assertThat(map(data.get("exhibit_of"))).containsEntry((String) map(x).get("id"), map(x).get("exhibit"));
            assertThat(map(x).get("status")).isEqualTo((Boolean) map(x).get("held") ? "☒" : "☐");
            assertThat((String) map(x).get("due")).as("the plan's latest filing date").matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
        }
        assertThat(byId(checklist, "declaration_form")).as("the form itself is no exhibit").containsEntry("n", 0);
        Map<String, Object> chart = byId(checklist, "shareholding_chart");
        assertThat(chart).containsEntry("held", true).containsEntry("documents", "VIE 协议一揽子文件及股权结构图（2026年6月30日，法务部）");
        assertThat(map(data.get("source"))).containsEntry("vie", "（见" + chart.get("exhibit") + "）");
        assertThat(byId(checklist, "business_licence")).containsEntry("held", false).containsEntry("documents", "");

        Map<String, Object> none = data(assess("", ""), Lang.ZH);
        assertThat(none.get("worst_outcome")).isEqualTo("not_triggered");
        assertThat(list(none.get("applying_routes"))).isEmpty();
        assertThat(list(none.get("checklist"))).as("no route applies: nothing to file").isEmpty();
        assertThat(list(none.get("exhibits"))).as("no evidence given").isEmpty();
    }

    // --- determinism --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Lang.class)
    void the_same_assessment_gives_the_same_map_on_any_default_locale_and_time_zone(Lang lang) throws Exception {
        Assessment a = sample("us-listing-platform.yaml");
        Locale locale = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.US);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            Map<String, Object> first = data(a, lang);
            assertThat(data(a, lang)).as("twice in a row").isEqualTo(first);
            for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.GERMANY, new Locale("ar", "EG"), Locale.ROOT)) {
                for (String z : List.of("Pacific/Kiritimati", "America/Los_Angeles")) {
                    Locale.setDefault(l);
                    TimeZone.setDefault(TimeZone.getTimeZone(z));
                    assertThat(data(a, lang)).as("default locale %s, time zone %s", l, z).isEqualTo(first);
                }
            }
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
            TimeZone.setDefault(zone);
        }
    }

    // --- user text is data --------------------------------------------------------------------------------------

    @Test
    void hostile_answer_text_arrives_as_the_same_characters() {
        String hostile = InjectionTest.HOSTILE;
        String quoted = ProfileWriterAccess.quote(hostile);
        Assessment a = assess("company_name: " + quoted + "\nis_ciio: yes\nprocurements:\n"
                + "  - item_name: " + quoted + "\n    item_category: database\n    supplier_name: " + quoted + "\n"
                + "    supplier_foreign: yes\n    serves_cii: yes\n    supplier_remote_access: yes\n    supplier_data_access: no\n"
                + "    alternatives: no\n    continuity_plan: no\n    transparency: no\n    undertakings_in_contract: no\n"
                + "    supplier_review_failed: no\n    supplier_under_review: no\n    supplier_enforcement: no\n    prejudged_risk: not_done\n", "");
        for (Lang lang : Lang.values()) {
            Map<String, Object> data = data(a, lang);
            assertThat(data.get("company")).isEqualTo(hostile);
            assertThat(map(data.get("answer")).get("company_name")).isEqualTo(hostile);
            assertThat(map(data.get("answer_value")).get("company_name")).isEqualTo(hostile);
            assertThat(fact(data, "company_name")).containsEntry("text", hostile).containsEntry("value", hostile);
            assertThat(sectionRow(data, "company_name")).containsEntry("answer", hostile);
            assertThat(fact(data, "procurements")).containsEntry("items", 1);
            Map<String, Object> item = map(list(map(map(data.get("groups")).get("procurements")).get("items")).get(0));
            assertThat(list(item.get("rows"))).extracting(r -> map(r).get("answer")).contains(hostile);
            List<Object> routeItems = new ArrayList<>();
            map(data.get("route_items")).values().forEach(v -> routeItems.addAll(list(v)));
            assertThat(routeItems).as("a supplier record some route rests on").isNotEmpty()
                    .allSatisfy(x -> assertThat(map(x)).containsEntry("label", hostile));
            assertThat(routeItems).allSatisfy(x -> assertThat(map(map(x).get("fields"))).containsEntry("supplier_name", hostile));
        }
    }
}
