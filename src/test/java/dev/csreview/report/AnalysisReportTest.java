package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.profile.Answer;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis report is drafted from the facts: an answered question is stated, never left as a gap in any
 * document of the package; sources given under {@code evidence:} become one numbered exhibit register cited from
 * the form and the report; the per-factor evidence and mitigation suggestions come from package.yaml.
 */
class AnalysisReportTest {
    @TempDir
    Path tmp;

    static Stream<Path> samples() throws Exception {
        return PackageGoldenTest.samples();
    }

    static Assessment assess(String name, byte[] bytes) throws Exception {
        String qid = new dev.csreview.profile.ProfileLoader().questionnaireId(name, bytes).orElseThrow();
        var q = new QuestionnaireCatalog().load(qid, new QuestionnaireLoader()).questionnaire();
        ProfileAssessor.Result r = new ProfileAssessor(q).assess(name, bytes);
        return r.assessment().orElseThrow(() -> new AssertionError(r.diagnostics().toString()));
    }

    private static Map<String, byte[]> markdown(Assessment a) throws Exception {
        TemplateSource source = new TemplateSource(a.questionnaire().id(), null);
        PackageSpec spec = PackageSpec.parse("package.yaml", source.readBytes("package.yaml").orElseThrow());
        a = a.withPlan(new dev.csreview.plan.FilingPlanner(spec, ChinaWorkingDays.builtin()).plan(a, PackageGoldenTest.DATE));
        return new PackageBuilder(spec, new TemplateRenderer(source), null).build(a, new PackageRequest(EnumSet.of(PackageRequest.Format.MD),
                EnumSet.of(Lang.ZH, Lang.EN), PackageGoldenTest.DATE, ChinaWorkingDays.builtin(), "test"));
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void an_answered_question_is_never_a_gap_in_any_document(Path sample) throws Exception {
        Assessment a = assess(sample.toString(), Files.readAllBytes(sample));
        Map<String, byte[]> files = markdown(a);
        List<String> answered = new ArrayList<>();
        for (Question question : a.questionnaire().topLevelQuestions()) {
            Answer ans = a.answers().answers().get(question.id());
            if (ans != null && ans.status().isKnown() && ans.value() != null) {
                answered.add(question.id());
            }
        }
        assertThat(answered).isNotEmpty();
        for (var e : files.entrySet()) {
            if (!e.getKey().endsWith(".md")) {
                continue;
            }
            String doc = new String(e.getValue(), StandardCharsets.UTF_8).replace("\\_", "_");
            for (String id : answered) {
                assertThat(doc).as("%s names answered question %s as a gap", e.getKey(), id)
                        .doesNotContain("问卷 " + id + "】").doesNotContain("question " + id + "]");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void the_report_states_the_facts_in_prose_in_parts_three_to_five(Path sample) throws Exception {
        Assessment a = assess(sample.toString(), Files.readAllBytes(sample));
        String zh = text(markdown(a), "02-国家安全影响分析报告框架.md");
        String parts = zh.substring(zh.indexOf("## 三、"), zh.indexOf("## 六、"));
        // Every answered number of the data section is stated with its unit, as the Chinese text writes it.
        for (String id : List.of("users_registered", "persons_deduplicated", "users_active_12m", "sensitive_pi_persons", "transfer_persons_ytd")) {
            Answer ans = a.answers().answers().get(id);
            if (ans != null && ans.value() instanceof Long n) {
                assertThat(parts).as(id).contains(String.format(java.util.Locale.ROOT, "%,d", n));
            }
        }
        assertThat(parts).doesNotContain("【待补充】（", "{{", "}}");
        // A self-score belongs to part 6, and the facts of 3–5 are stated as the applicant's own.
        assertThat(parts).contains("本公司").doesNotContain("贵公司", "分值");
    }

    @Test
    void evidence_numbers_one_register_cited_from_the_form_and_the_report_and_ticks_the_checklist() throws Exception {
        Path sample = Path.of("samples/us-listing-platform.yaml");
        Map<String, byte[]> files = markdown(assess(sample.toString(), Files.readAllBytes(sample)));
        String form = text(files, "01-申报书草稿.md");
        String report = text(files, "02-国家安全影响分析报告框架.md");
        String checklist = text(files, "03-申报材料清单.md");
        // The VIE chart is a checklist material: its source takes that number (8) and ticks it.
        assertThat(checklist).contains("| 附件7 | ☒ 股权结构图").contains("已有：VIE 协议一揽子文件及股权结构图（2026年6月30日，法务部）");
        assertThat(form).contains("| 协议控制（VIE）架构 | 是（见附件7） |");
        assertThat(report).contains("通过协议控制（VIE）安排由境外主体控制");
        // Two answers from one document share one number after the checklist's own.
        assertThat(form).contains("3,200,000个账户（见附件11）", "2,900,000人（见附件11）");
        assertThat(report).contains("3,200,000个账户（见附件11）").contains("☒ 附件11：用户数据库统计报表（截至2026年9月30日）（2026年10月8日，数据平台部）");
        assertThat(checklist).contains("附件12：数据安全管理制度汇编");
        // Answers the conclusions rest on without a source are listed to be evidenced; those with one are not.
        String toEvidence = checklist.substring(checklist.indexOf("## 待提供依据的陈述"));
        assertThat(toEvidence).contains("过去12个月的活跃用户数").doesNotContain("注册用户账户数");
        String en = text(files, "03-materials-checklist.md");
        assertThat(en).contains("| Exhibit 7 | ☒ Shareholding chart").contains("Exhibit 11: 用户数据库统计报表");
    }

    @Test
    void each_factor_lists_its_evidence_and_the_library_s_measures_for_the_rules_that_fired() throws Exception {
        Path sample = Path.of("samples/us-listing-platform.yaml");
        String report = text(markdown(assess(sample.toString(), Files.readAllBytes(sample))), "02-国家安全影响分析报告框架.md");
        String f6 = report.substring(report.indexOf("### 6.6"), report.indexOf("### 6.7"));
        assertThat(f6).contains("**应附证据**", "☐ 拟提交的首次公开募股（IPO）等上市申请文件", "（附件6）", "☒ 股权结构图")
                .contains("**风险消减措施（建议，供律师斟酌）**", "审计工作底稿及含有个人信息、重要数据的资料留存境内");
        // Measures are chosen by the rules that fired: nothing about supply cuts for a listing without purchases.
        assertThat(report).doesNotContain("备选供应来源");
        String part7 = report.substring(report.indexOf("## 七、"), report.indexOf("## 八、"));
        assertThat(part7).contains("1. ", "审计工作底稿", "《办法》第十六条");
        // "Measures not taken" is worded as such, not as the list of those taken.
        assertThat(report).contains("尚未采取：数据安全负责人和管理机构、安全事件应急预案和演练。");
    }

    @Test
    void evidence_for_a_question_that_does_not_exist_is_an_error_with_a_suggestion() throws Exception {
        String profile = Files.readString(Path.of("samples/us-listing-platform.yaml")).replace("evidence:\n", "evidence:\n  users_registerd: 报表\n  vie_x: [1]\n");
        var q = new QuestionnaireCatalog().load("cybersecurity-review-2022", new QuestionnaireLoader()).questionnaire();
        ProfileAssessor.Result r = new ProfileAssessor(q).assess("p.yaml", profile.getBytes(StandardCharsets.UTF_8));
        assertThat(r.assessment()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("P040");
        assertThat(r.diagnostics().toString()).contains("users_registered");
    }

    @Test
    void evidence_must_name_a_document() throws Exception {
        String profile = Files.readString(Path.of("samples/us-listing-platform.yaml")).replace("evidence:\n", "evidence:\n  sectors: [a, b]\n  is_ciio: {date: 2026-01-01}\n");
        var q = new QuestionnaireCatalog().load("cybersecurity-review-2022", new QuestionnaireLoader()).questionnaire();
        ProfileAssessor.Result r = new ProfileAssessor(q).assess("p.yaml", profile.getBytes(StandardCharsets.UTF_8));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("P041", "S004");
        assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.location()).isNotNull());
    }

    @Test
    void package_yaml_naming_a_rule_factor_or_item_that_does_not_exist_is_refused() throws Exception {
        TemplateSource source = new TemplateSource("cybersecurity-review-2022", null);
        String yaml = new String(source.readBytes("package.yaml").orElseThrow(), StandardCharsets.UTF_8)
                .replace("answers: [export_without_mechanism]", "answers: [export_without_mechanisms]")
                .replace("  f7_other:\n", "  f7_othr:\n")
                .replace("    - item: mlps_record\n", "    - item: mlps_recrd\n")
                .replace("evidenced_by: [export_mechanism_done]", "evidenced_by: [export_mechanism_don]");
        PackageSpec spec = PackageSpec.parse("package.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        var q = new QuestionnaireCatalog().load("cybersecurity-review-2022", new QuestionnaireLoader()).questionnaire();
        List<Diagnostic> found = spec.check(q);
        assertThat(found).extracting(Diagnostic::code).containsOnly("S010");
        assertThat(found.toString()).contains("export_without_mechanism", "f7_other", "mlps_record", "export_mechanism_done");
        assertThat(found).allSatisfy(d -> assertThat(d.location()).isNotNull());
    }
}
