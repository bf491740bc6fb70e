package dev.csreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus: each file under src/test/resources/hostile/ starts with
 * {@code # expect: CODE line N} (N = 0 for the whole file, -1 for any line). Loading it must give exactly
 * that diagnostic as an error, and nothing but diagnostics may come out.
 */
class HostileInputTest {
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\w+) line (-?\\d+)");
    private static final Path ROOT = Path.of("src/test/resources/hostile");

    static Stream<Path> questionnaires() throws IOException {
        return corpus("questionnaire");
    }

    static Stream<Path> profiles() throws IOException {
        return corpus("profile");
    }

    private static Stream<Path> corpus(String kind) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(kind))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionnaires")
    void broken_questionnaires_give_their_diagnostic(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            new QuestionnaireLoader().load(file.toString(), bytes);
            fail("accepted " + file);
        } catch (InvalidInputException e) {
            assertExpected(file, bytes, e.diagnostics());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void broken_profiles_give_their_diagnostic(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ProfileAssessor.Result r = new ProfileAssessor(Fixtures.feature()).assess(file.toString(), bytes);
        assertThat(r.assessment()).as("assessment of %s", file).isEmpty();
        assertExpected(file, bytes, r.diagnostics());
    }

    @Test
    void the_corpus_is_large_enough() throws IOException {
        assertThat(questionnaires().count() + profiles().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void non_utf8_encodings_are_refused_with_the_position() {
        String text = "questionnaire: feature-test\nanswers:\n  name: 示例公司\n";
        for (Charset cs : List.of(Charset.forName("GBK"), StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
            ProfileAssessor.Result r = new ProfileAssessor(Fixtures.feature()).assess("p.yaml", text.getBytes(cs));
            assertThat(r.diagnostics()).as(cs.name()).extracting(Diagnostic::code).containsExactly("Y010");
        }
        ProfileAssessor.Result gbk = new ProfileAssessor(Fixtures.feature()).assess("p.yaml", text.getBytes(Charset.forName("GBK")));
        assertThat(gbk.diagnostics().get(0).location().line()).isEqualTo(3);
    }

    @Test
    void a_utf8_bom_is_accepted() {
        byte[] body = "questionnaire: feature-test\nanswers:\n  name: x\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ProfileAssessor.Result r = new ProfileAssessor(Fixtures.feature()).assess("p.yaml", withBom);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("Y010", "Y003");
    }

    @Test
    void deep_nesting_and_huge_files_are_refused() {
        String deep = "answers:\n  name: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        ProfileAssessor.Result r = new ProfileAssessor(Fixtures.feature()).assess("p.yaml", deep.getBytes(StandardCharsets.UTF_8));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsAnyOf("Y007", "Y003");
        byte[] huge = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        r = new ProfileAssessor(Fixtures.feature()).assess("p.yaml", huge);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("Y001");
    }

    @Test
    void empty_and_binary_files_are_refused() {
        assertThat(new ProfileAssessor(Fixtures.feature()).assess("p.yaml", new byte[0]).diagnostics())
                .extracting(Diagnostic::code).containsExactly("Y002");
        assertThat(new ProfileAssessor(Fixtures.feature()).assess("p.yaml", new byte[] {'a', 0, 'b'}).diagnostics())
                .extracting(Diagnostic::code).containsExactly("Y010");
    }

    private static void assertExpected(Path file, byte[] bytes, List<Diagnostic> diagnostics) {
        String first = new String(bytes, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        Matcher m = EXPECT.matcher(first);
        assertThat(m.find()).as("%s has an '# expect:' header", file).isTrue();
        String code = m.group(1);
        int line = Integer.parseInt(m.group(2));
        assertThat(diagnostics).as("%s", file).anySatisfy(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.code()).isEqualTo(code);
            if (line >= 0) {
                assertThat(d.location().line()).isEqualTo(line);
            }
            assertThat(d.message(java.util.Locale.ENGLISH)).doesNotContain("{0}").isNotBlank();
            assertThat(d.message(java.util.Locale.SIMPLIFIED_CHINESE)).doesNotContain("{0}").isNotBlank();
        });
    }
}
