package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.calendar.WorkingDays;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Template, HTML and Markdown injection through answers must be inert in every document. */
class InjectionTest {
    static final String HOSTILE = "${env:HOME} ${script:javascript:java.lang.Runtime.getRuntime().exec('id')} {{ 7*7 }} {% if true %}X{% endif %}"
            + " <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) | cell | # heading *em* `code` &amp; ]]> \\u0000";

    private static Map<String, byte[]> build(String company) throws Exception {
        var q = new QuestionnaireCatalog().load(new QuestionnaireCatalog().defaultId(), new QuestionnaireLoader()).questionnaire();
        String yaml = "questionnaire: " + q.id() + "\nanswers:\n  " + q.topLevelQuestions().get(0).id() + ": "
                + dev.csreview.profile.ProfileWriterAccess.quote(company) + "\n";
        // The profile answers only the company name, so it is evaluated leniently (missing answers stay missing).
        var resolver = new dev.csreview.assessment.AnswerResolver(q);
        var loader = new dev.csreview.profile.ProfileLoader();
        var diags = new dev.csreview.diagnostic.Diagnostics();
        var profile = loader.load("hostile.yaml", yaml.getBytes(StandardCharsets.UTF_8), q, diags).orElseThrow();
        Assessment a = new dev.csreview.assessment.Evaluator(q).evaluate(resolver.resolve(profile.answers(), "hostile.yaml", false), "hostile.yaml");
        TemplateSource source = new TemplateSource(q.id(), null);
        PackageSpec spec = PackageSpec.parse("package.yaml", source.readBytes("package.yaml").orElseThrow());
        return new PackageBuilder(spec, new TemplateRenderer(source), null).build(a,
                new PackageRequest(EnumSet.of(PackageRequest.Format.MD, PackageRequest.Format.HTML), EnumSet.of(Lang.ZH, Lang.EN),
                        LocalDate.of(2026, 1, 15), WorkingDays.WEEKDAYS, "test"));
    }

    @Test
    void hostile_company_names_stay_literal_and_inert() throws Exception {
        Map<String, byte[]> files = build(HOSTILE);
        String home = System.getProperty("user.home");
        for (var e : files.entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            assertThat(text).as(e.getKey()).doesNotContain(home + " ").doesNotContain("uid=");
            if (e.getKey().endsWith(".html")) {
                assertThat(text).as(e.getKey()).doesNotContain("<script>alert", "<img src=x", "href=\"javascript:", "{{ 7*7 }}X");
            }
            if (e.getKey().endsWith(".html") && e.getKey().startsWith("01-")) {
                assertThat(text).as(e.getKey()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
                assertThat(text).as(e.getKey()).contains("${env:HOME}", "{{ 7*7 }}", "{% if true %}X{% endif %}");
            }
            if (e.getKey().endsWith(".md") && e.getKey().startsWith("01-")) {
                assertThat(text).as(e.getKey()).contains("\\<script\\>", "\\[click\\](javascript:alert(3))", "\\| cell \\|", "\\# heading \\*em\\*");
                assertThat(text).as(e.getKey()).contains("${env:HOME}", "{{ 7\\*7 }}");
            }
        }
    }

    @Test
    void text_in_the_printed_page_head_cannot_leave_its_css_string() {
        String css = HtmlDocument.cssString("A\"; } body { display: none } </style><script>alert(1)</script>\\");
        assertThat(css).startsWith("\"").endsWith("\"").doesNotContain("</style>", "<script>");
        assertThat(css.substring(1, css.length() - 1)).doesNotContain("\"").doesNotContainPattern("(?<!\\\\)\\\\(?![0-9a-f])");
        assertThat(HtmlDocument.checkBoxes("<li>[ ] a</li><li>[x] b</li>")).isEqualTo("<li class=\"task\">☐ a</li><li class=\"task\">☒ b</li>");
    }

    @Test
    void file_names_from_company_names_are_sanitised() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(FileNames.sanitise("CON")).isEqualTo("_CON");
        assertThat(FileNames.sanitise("示例 科技/有限公司")).isEqualTo("示例-科技-有限公司");
        assertThat(FileNames.sanitise("\u0000\n\t")).isEqualTo("untitled");
        assertThat(FileNames.sanitise("a".repeat(500))).hasSize(80);
        assertThat(FileNames.sanitise(".hidden")).isEqualTo("hidden");
    }
}
