package dev.csreview.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.csreview.Fixtures;
import dev.csreview.assessment.Assessment;
import dev.csreview.questionnaire.Lang;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SARIF validates against the published 2.1.0 schema; JUnit XML is well-formed with the structure CI tools read. */
class MachineOutputSchemaTest {
    private static final String ANSWERS = """
            name: "Acme <&> \\"quoted\\""
            flagged: unknown
            count_a: 500
            count_b: 1
            colour: red
            items:
              - label: Router
                risky: yes
                why_risky: remote
            """;

    private static Map<String, List<Finding>> findings() {
        Assessment a = Fixtures.assessOk(ANSWERS);
        Map<String, List<Finding>> m = new LinkedHashMap<>();
        List<Finding> fs = new Findings(Lang.EN).of(a);
        fs = List.of(fs.get(0).waived("accepted (legal, until 2030-01-01)"), fs.get(1));
        m.put(a.profileName(), fs);
        return m;
    }

    @Test
    void sarif_is_valid_against_the_2_1_0_schema() throws Exception {
        String sarif = SarifReport.render(findings().values().stream().flatMap(List::stream).toList(), "test", java.nio.file.Path.of("").toAbsolutePath());
        JsonSchema schema;
        try (InputStream in = MachineOutputSchemaTest.class.getResourceAsStream("/schemas/sarif-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        JsonNode doc = new ObjectMapper().readTree(sarif);
        Set<ValidationMessage> errors = schema.validate(doc);
        assertThat(errors).isEmpty();
        assertThat(doc.at("/runs/0/results/0/suppressions/0/kind").asText()).isEqualTo("external");
    }

    @Test
    void junit_xml_is_well_formed_with_suites_cases_and_failures() throws Exception {
        String xml = new JunitReport(f -> true).render(findings());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(1);
        Element suite = (Element) suites.item(0);
        int cases = suite.getElementsByTagName("testcase").getLength();
        assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases);
        assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(suite.getElementsByTagName("failure").getLength());
        assertThat(Integer.parseInt(suite.getAttribute("skipped"))).isEqualTo(suite.getElementsByTagName("skipped").getLength());
        assertThat(suite.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }
}
