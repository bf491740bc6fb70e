package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: for every profile in samples/, the package's documents are compared byte for byte with
 * src/test/resources/golden/<sample>/. Regenerate with {@code ./mvnw test -Dtest=PackageGoldenTest -Dgolden.update=true}
 * and review the diff.
 */
class PackageGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final LocalDate DATE = LocalDate.of(2026, 1, 15);
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Map<String, byte[]> build(Path sample) throws IOException, InvalidInputException {
        byte[] bytes = Files.readAllBytes(sample);
        String qid = new dev.csreview.profile.ProfileLoader().questionnaireId(sample.toString(), bytes).orElseThrow();
        var q = new QuestionnaireCatalog().load(qid, new QuestionnaireLoader()).questionnaire();
        ProfileAssessor.Result r = new ProfileAssessor(q).assess("samples/" + sample.getFileName(), bytes);
        Assessment a = r.assessment().orElseThrow(() -> new AssertionError(r.diagnostics().toString()));
        TemplateSource source = new TemplateSource(qid, null);
        PackageSpec spec = PackageSpec.parse("package.yaml", source.readBytes("package.yaml").orElseThrow());
        // Planned on the package's date, as assess --out --date does.
        a = a.withPlan(new dev.csreview.plan.FilingPlanner(spec, ChinaWorkingDays.builtin()).plan(a, DATE));
        PackageBuilder builder = new PackageBuilder(spec, new TemplateRenderer(source), GoldenDocx.factory());
        return builder.build(a, new PackageRequest(EnumSet.allOf(PackageRequest.Format.class), EnumSet.of(Lang.ZH, Lang.EN), DATE, ChinaWorkingDays.builtin(), "test"));
    }

    /** The files a golden case keeps: the documents as text (for DOCX, its word/document.xml), plus the JSON. */
    static Map<String, byte[]> comparable(Map<String, byte[]> files) throws IOException {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        for (var e : files.entrySet()) {
            if (e.getKey().endsWith(".docx")) {
                out.put(e.getKey() + ".document.xml", GoldenDocx.documentXml(e.getValue()));
            } else if (e.getKey().equals("assessment.json")) {
                // The questionnaire's hash changes with every edit of its YAML; the goldens are about the documents.
                String json = new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)
                        .replaceAll("\"sha256\" : \"[0-9a-f]{64}\"", "\"sha256\" : \"(questionnaire hash)\"");
                out.put(e.getKey(), json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else if (!e.getKey().equals("manifest.json")) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void package_matches_golden_files(Path sample) throws Exception {
        Map<String, byte[]> files = comparable(build(sample));
        Path dir = GOLDEN.resolve(sample.getFileName().toString().replaceFirst("\\.yaml$", ""));
        if (UPDATE) {
            PackageFolder.deleteTree(dir);
            Files.createDirectories(dir);
            for (var e : files.entrySet()) {
                Files.write(dir.resolve(e.getKey()), e.getValue());
            }
        }
        assertThat(Files.isDirectory(dir)).as("golden folder %s (regenerate with -Dgolden.update=true)", dir).isTrue();
        Set<String> expectedNames = new TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> expectedNames.add(p.getFileName().toString()));
        }
        assertThat(files.keySet()).containsExactlyElementsOf(expectedNames);
        List<String> different = new ArrayList<>();
        for (var e : files.entrySet()) {
            if (!java.util.Arrays.equals(Files.readAllBytes(dir.resolve(e.getKey())), e.getValue())) {
                different.add(e.getKey());
                // Keep what was produced beside the build output, for `diff -r` against the golden folder.
                Path actual = Path.of("target/golden-actual").resolve(dir.getFileName()).resolve(e.getKey());
                Files.createDirectories(actual.getParent());
                Files.write(actual, e.getValue());
            }
        }
        assertThat(different).as("files differing from %s", dir).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void a_second_run_gives_identical_bytes(Path sample) throws Exception {
        Map<String, byte[]> first = build(sample);
        Map<String, byte[]> second = build(sample);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String name : first.keySet()) {
            assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
        }
    }

    @Test
    void no_orphan_golden_folders() throws IOException {
        Set<String> samples = new TreeSet<>();
        samples().forEach(p -> samples.add(p.getFileName().toString().replaceFirst("\\.yaml$", "")));
        try (Stream<Path> s = Files.list(GOLDEN)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).allMatch(samples::contains);
        }
    }

    @Test
    void manifest_hashes_every_file() throws Exception {
        Map<String, byte[]> files = build(samples().findFirst().orElseThrow());
        String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        for (var e : files.entrySet()) {
            if (!e.getKey().equals("manifest.json")) {
                assertThat(manifest).contains("\"" + e.getKey() + "\" : \"" + PackageBuilder.sha256(e.getValue()) + "\"");
            }
        }
    }
}
