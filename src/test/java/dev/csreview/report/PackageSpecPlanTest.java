package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A consultant's package.yaml whose plan does not hold together is refused when it loads, at the line. */
class PackageSpecPlanTest {
    private static String builtin() {
        return new TemplateSource("cybersecurity-review-2022", null).read("package.yaml").orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            review: [decide, preliminary, replies]|review: [decide, preliminry, replies]|S007
            special: special|special: specail|S007
            notice_starts: preliminary|notice_starts: prelim|S007
            buffer_working_days: 10|buffer_working_days: 99999999|S008
            working_days: 3|working_days: -3|S008
            latest_special: {zh:|latest_specail: {zh:|S004
            """)
    void a_broken_plan_is_refused_with_its_code(String from, String to, String code) {
        String yaml = builtin();
        assertThat(yaml).contains(from);
        byte[] broken = yaml.replace(from, to).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PackageSpec.parse("package.yaml", broken))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).diagnostics()).extracting(Diagnostic::code).contains(code)
                        .allSatisfy(c -> assertThat(c).isNotBlank()))
                .satisfies(e -> assertThat(((InvalidInputException) e).diagnostics()).allSatisfy(d -> assertThat(d.location().line()).isPositive()));
    }

    @ParameterizedTest(name = "the built-in package.yaml loads")
    @CsvSource("cybersecurity-review-2022")
    void the_builtin_plan_loads(String id) throws Exception {
        PackageSpec spec = PackageSpec.parse("package.yaml", builtin().getBytes(StandardCharsets.UTF_8));
        assertThat(spec.plan().wording()).containsKeys(PackageSpec.PLAN_WORDING.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}: from its build-time tree as from its YAML")
    @CsvSource({"cybersecurity-review-2022", "cybersecurity-review-2021-draft"})
    void the_builtin_package_reads_the_same_from_its_tree(String id, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        TemplateSource builtin = new TemplateSource(id, null);
        byte[] bytes = builtin.readBytes(PackageSpec.FILE).orElseThrow();
        assertThat(builtin.builtinTree(PackageSpec.FILE)).as("the build's tree").isNotNull();
        assertThat(PackageSpec.read(builtin)).contains(PackageSpec.parse(builtin.describe(PackageSpec.FILE), bytes));
        // A templates folder's own package.yaml is read from its bytes, never from the built-in tree.
        java.nio.file.Files.write(dir.resolve(PackageSpec.FILE), new String(bytes, StandardCharsets.UTF_8)
                .replace("company_question:", "# changed\ncompany_question:").getBytes(StandardCharsets.UTF_8));
        PackageSpec own = PackageSpec.read(new TemplateSource(id, dir)).orElseThrow();
        assertThat(own).isEqualTo(PackageSpec.parse(dir.resolve(PackageSpec.FILE).toString(),
                java.nio.file.Files.readAllBytes(dir.resolve(PackageSpec.FILE))));
    }
}
