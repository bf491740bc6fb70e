package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The declaration form speaks as the applicant: addressed to the Review Office, in the sections A–I of
 * declaration-form.md §6.1, with no "贵公司" and no self-score (those belong in the report); a form field the
 * profile answers is never left as a gap.
 */
class DeclarationFormTest {
    @TempDir
    Path tmp;

    static Stream<Path> samples() throws Exception {
        return PackageGoldenTest.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void the_form_is_the_applicant_s_in_sections_a_to_i(Path sample) throws Exception {
        Map<String, byte[]> files = PackageGoldenTest.build(sample);
        String zh = new String(files.get("01-申报书草稿.md"), StandardCharsets.UTF_8);
        String en = new String(files.get("01-declaration-form-draft.md"), StandardCharsets.UTF_8);
        assertThat(zh).contains("网络安全审查办公室：", "本公司").doesNotContain("贵公司", "自评等级", "分值", "可能达到", "自评结论");
        for (String heading : new String[] {"一、申报类型", "二、申报主体", "三、主体属性", "四、申报事项", "五、数据概况", "六、风险要点", "七、承诺", "八、附件", "九、签章"}) {
            assertThat(zh).contains("## " + heading);
        }
        assertThat(en).contains("To: the Cybersecurity Review Office").doesNotContain("Self-assessed", "could reach", "score");
        for (String heading : new String[] {"A. ", "B. ", "C. ", "D. ", "E. ", "F. ", "G. ", "H. ", "I. "}) {
            assertThat(en).contains("## " + heading);
        }
    }

    @Test
    void form_details_answered_in_the_profile_are_never_gaps() throws Exception {
        String profile = Files.readString(Path.of("samples/us-listing-platform.yaml")) + """
                  credit_code: 91440300MA5XXXXXXX
                  registered_address: 深圳市南山区示例路1号
                  legal_representative: 张三
                  contact_person: 李四，法务总监，0755-00000000
                  actual_controller: 王五
                  data_security_officer: 赵六（首席数据官），数据安全委员会
                  data_storage_locations: 深圳、上海自建机房
                  overseas_issuer_exchange: Example Tech Holdings (Cayman)，纳斯达克
                  intermediaries: 承销商 A、审计师 B、律师 C；审计师可接触审计底稿
                """;
        Path p = tmp.resolve("us-listing-platform.yaml");
        Files.writeString(p, profile, StandardCharsets.UTF_8);
        Map<String, byte[]> files = PackageGoldenTest.build(p);
        String zh = new String(files.get("01-申报书草稿.md"), StandardCharsets.UTF_8);
        assertThat(zh).contains("91440300MA5XXXXXXX", "张三", "深圳、上海自建机房", "纳斯达克")
                .doesNotContain("【待补充：见营业执照】", "【待补充：见股东名册", "【待补充：机房", "【待补充：见上市申请文件】", "【待补充：承销商");
    }
}
