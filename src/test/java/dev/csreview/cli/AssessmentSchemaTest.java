package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/assessment.schema.json is the one schema of both shapes: a package's assessment.json (one assessment) and
 * {@code assess --format json} (the same assessments in an array). Every golden package and the samples' batch
 * output validate; a field the schema does not document does not.
 */
class AssessmentSchemaTest {
    private static JsonSchema schema;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docs", "assessment.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void every_golden_packages_assessment_json_validates() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/golden"))) {
            files = s.filter(p -> p.getFileName().toString().equals("assessment.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path f : files) {
            // The goldens keep the questionnaire's hash out (PackageGoldenTest); a real one stands in for it here.
            String json = Files.readString(f).replace("\"(questionnaire hash)\"", "\"" + "0".repeat(64) + "\"");
            assertThat(schema.validate(JSON.readTree(json))).as(f.toString()).isEmpty();
        }
    }

    @Test
    void the_samples_batch_output_validates_and_its_entries_are_the_package_shape() throws IOException {
        CliTest.Run r = CliTest.run("assess", "--date", "2026-01-15", "--format", "json", "samples");
        JsonNode doc = JSON.readTree(r.out());
        assertThat(schema.validate(doc)).isEmpty();
        assertThat(doc.get("assessments")).hasSizeGreaterThan(5);
        for (JsonNode a : doc.get("assessments")) {
            assertThat(schema.validate(a)).as("one entry alone is an assessment.json").isEmpty();
        }
        // A profile's evidence: travels with its assessment (us-listing-platform gives some).
        assertThat(r.out()).contains("\"evidence\" : {", "\"document\" : \"VIE 协议一揽子文件及股权结构图\"", "\"holder\" : \"法务部\"");
    }

    @Test
    void profiles_written_for_1_0_0_validate_with_their_migration() throws IOException {
        CliTest.Run r = CliTest.run("assess", "--date", "2026-01-15", "--format", "json", "src/test/resources/versions/samples-1.0.0");
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("assessments").get(0).has("migration")).isTrue();
        assertThat(schema.validate(doc)).isEmpty();
    }

    @Test
    void an_undocumented_field_or_a_wrong_value_fails() throws IOException {
        CliTest.Run r = CliTest.run("assess", "--date", "2026-01-15", "--format", "json", "samples/us-listing-platform.yaml");
        ObjectNode one = (ObjectNode) JSON.readTree(r.out()).get("assessments").get(0);
        ObjectNode extra = one.deepCopy();
        extra.put("undocumented", 1);
        assertThat(schema.validate(extra)).isNotEmpty();
        ObjectNode wrong = one.deepCopy();
        wrong.put("worst_outcome", "maybe");
        assertThat(schema.validate(wrong)).isNotEmpty();
    }
}
