package dev.csreview.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas that `csreview schema` prints accept every real file and agree with the loader's keys. */
class FormatSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema schema(String which) throws IOException {
        try (InputStream in = FormatSchemaTest.class.getResourceAsStream("/dev/csreview/schema/" + which + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Stream<Path> questionnaires() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("questionnaires")); Stream<Path> v = Files.list(Path.of("questionnaires/versions"))) {
            return Stream.of(s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream(),
                    v.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream(),
                    Stream.of(Path.of("src/test/resources/fixtures/feature.yaml"))).flatMap(x -> x);
        }
    }

    static Stream<Path> profiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionnaires")
    void questionnaires_validate(Path file) throws IOException {
        assertThat(schema("questionnaire").validate(new YAMLMapper().readTree(file.toFile()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void profiles_validate(Path file) throws IOException {
        assertThat(schema("profile").validate(new YAMLMapper().readTree(file.toFile()))).isEmpty();
    }

    @Test
    void broken_documents_are_rejected() throws IOException {
        JsonNode good = new YAMLMapper().readTree(Path.of("src/test/resources/fixtures/feature.yaml").toFile());
        JsonSchema s = schema("questionnaire");
        assertThat(s.validate(good.deepCopy().<com.fasterxml.jackson.databind.node.ObjectNode>require().put("bogus", 1))).isNotEmpty();
        JsonNode badCite = good.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) badCite.at("/rules/0/cites")).set(0, JSON.getNodeFactory().textNode("Art. 7"));
        assertThat(s.validate(badCite)).isNotEmpty();
        JsonNode badType = good.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) badType.at("/sections/0/questions/0")).put("type", "number");
        assertThat(s.validate(badType)).isNotEmpty();
    }

    @Test
    void schema_keys_match_the_loader() throws IOException {
        JsonNode q;
        try (InputStream in = FormatSchemaTest.class.getResourceAsStream("/dev/csreview/schema/questionnaire.schema.json")) {
            q = JSON.readTree(in);
        }
        assertThat(keys(q.at("/properties"))).isEqualTo(QuestionnaireLoader.TOP_KEYS);
        assertThat(keys(q.at("/properties/instruments/additionalProperties/properties"))).isEqualTo(QuestionnaireLoader.INSTRUMENT_KEYS);
        assertThat(keys(q.at("/properties/sections/items/properties"))).isEqualTo(QuestionnaireLoader.SECTION_KEYS);
        assertThat(keys(q.at("/$defs/question/properties"))).isEqualTo(QuestionnaireLoader.QUESTION_KEYS);
        assertThat(keys(q.at("/$defs/question/properties/choices/items/properties"))).isEqualTo(QuestionnaireLoader.CHOICE_KEYS);
        assertThat(keys(q.at("/$defs/question/properties/validate/items/properties"))).isEqualTo(QuestionnaireLoader.VALIDATION_KEYS);
        assertThat(keys(q.at("/properties/computed/items/properties"))).isEqualTo(QuestionnaireLoader.COMPUTED_KEYS);
        assertThat(keys(q.at("/properties/factors/items/properties"))).isEqualTo(QuestionnaireLoader.FACTOR_KEYS);
        assertThat(keys(q.at("/properties/factors/items/properties/levels/items/properties"))).isEqualTo(QuestionnaireLoader.LEVEL_KEYS);
        assertThat(keys(q.at("/properties/rules/items/properties"))).isEqualTo(QuestionnaireLoader.RULE_KEYS);
        assertThat(keys(q.at("/properties/determinations/items/properties"))).isEqualTo(QuestionnaireLoader.DETERMINATION_KEYS);
        assertThat(keys(q.at("/properties/determinations/items/properties/cases/items/properties"))).isEqualTo(QuestionnaireLoader.CASE_KEYS);
        assertThat(keys(q.at("/properties/notes/items/properties"))).isEqualTo(QuestionnaireLoader.NOTE_KEYS);
        assertThat(keys(q.at("/$defs/text/properties"))).isEqualTo(QuestionnaireLoader.TEXT_KEYS);
        assertThat(keys(q.at("/properties/migrations/items/properties"))).isEqualTo(QuestionnaireLoader.MIGRATION_KEYS);
        assertThat(keys(q.at("/properties/migrations/items/properties/changes/items/properties"))).isEqualTo(QuestionnaireLoader.CHANGE_KEYS);
        assertThat(keys(q.at("/$defs/question/properties/type/enum"), true)).isEqualTo(new TreeSet<>(QuestionType.ids()));
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private static Set<String> keys(JsonNode array, boolean values) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
