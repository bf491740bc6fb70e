package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The samples' SARIF, as code scanning reads it: valid 2.1.0, paths relative to the source root, rules in words. */
class SarifSamplesTest {

    @Test
    void the_samples_sarif_validates_with_relative_uris_and_described_rules() throws Exception {
        CliTest.Run r = CliTest.run("assess", "--date", "2026-01-15", "--format", "sarif", "--source-root", ".", "samples");
        JsonNode doc = new ObjectMapper().readTree(r.out());
        try (InputStream in = SarifSamplesTest.class.getResourceAsStream("/schemas/sarif-2.1.0.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(doc)).isEmpty();
        }
        JsonNode run = doc.at("/runs/0");
        assertThat(run.at("/originalUriBaseIds/SRCROOT/uri").asText()).isEqualTo(Path.of("").toAbsolutePath().toUri().toString());
        assertThat(run.get("results")).isNotEmpty();
        for (JsonNode result : run.get("results")) {
            JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
            assertThat(artifact.get("uri").asText()).startsWith("samples/");
            assertThat(artifact.get("uriBaseId").asText()).isEqualTo("SRCROOT");
        }
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            assertThat(rule.at("/shortDescription/text").asText()).as(rule.get("id").asText())
                    .isNotEqualTo(rule.get("id").asText()).doesNotStartWith("route ").doesNotStartWith("factor ");
            assertThat(rule.at("/help/markdown").asText()).contains(rule.get("id").asText());
        }
    }
}
