package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/templates.md is the contract for user templates: every key a template receives is in it, and its example renders. */
class TemplatesDocTest {
    @TempDir
    Path tmp;

    private static final Path DOC = Path.of("docs/templates.md");

    private static Assessment sample() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("samples/us-listing-platform.yaml"));
        var q = new QuestionnaireCatalog().load("cybersecurity-review-2022", new QuestionnaireLoader()).questionnaire();
        return new ProfileAssessor(q).assess("samples/us-listing-platform.yaml", bytes).assessment().orElseThrow();
    }

    @Test
    void every_key_a_template_receives_is_documented() throws Exception {
        String doc = Files.readString(DOC);
        TemplateSource source = new TemplateSource("cybersecurity-review-2022", null);
        PackageSpec spec = PackageSpec.parse("package.yaml", source.readBytes("package.yaml").orElseThrow());
        Map<String, Object> data = new DocumentData(sample(), Lang.ZH).build(spec, PackageGoldenTest.DATE, List.of(), "test");
        // What PackageBuilder adds around DocumentData's keys.
        for (String key : List.of("title", "documents", "draft_mark", "page_footer", "brand")) {
            data.put(key, "");
        }
        for (String key : data.keySet()) {
            assertThat(doc).as("docs/templates.md documents %s", key).containsPattern("`" + key + "[`.(<]");
        }
    }

    @Test
    void the_documented_example_override_renders() throws Exception {
        String doc = Files.readString(DOC);
        String example = doc.substring(doc.indexOf("## 十、"), doc.indexOf("```", doc.indexOf("## 十、")));
        TemplateSource builtin = new TemplateSource("cybersecurity-review-2022", null);
        Path zh = Files.createDirectories(tmp.resolve("zh"));
        Files.writeString(zh.resolve("02-analysis-report.md.peb"), builtin.read("zh/02-analysis-report.md.peb").orElseThrow() + "\n" + example,
                StandardCharsets.UTF_8);
        TemplateSource source = new TemplateSource("cybersecurity-review-2022", tmp);
        PackageSpec spec = PackageSpec.parse("package.yaml", source.readBytes("package.yaml").orElseThrow());
        Map<String, byte[]> files = new PackageBuilder(spec, new TemplateRenderer(source), null).build(sample(),
                new PackageRequest(EnumSet.of(PackageRequest.Format.MD), EnumSet.of(Lang.ZH), PackageGoldenTest.DATE, ChinaWorkingDays.builtin(), "test"));
        String report = new String(files.get("02-国家安全影响分析报告框架.md"), StandardCharsets.UTF_8);
        assertThat(report).contains("本所认为，示例科技有限公司", "应当在向境外提交发行上市申请前申报网络安全审查", "3,200,000个账户（见附件11）", "审计工作底稿");
    }
}
