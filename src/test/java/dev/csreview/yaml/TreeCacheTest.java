package dev.csreview.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TreeCacheTest {
    private static final QuestionnaireCatalog CATALOG = new QuestionnaireCatalog();
    private static final byte[] H = "h".getBytes();

    static java.util.List<String> builtins() {
        return CATALOG.ids();
    }

    private static YNode parse(String id) {
        byte[] bytes = CATALOG.bytes(id).orElseThrow();
        return new YamlReader().read("builtin:" + id, bytes, new Diagnostics()).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void the_build_wrote_a_current_tree_for_every_builtin_questionnaire(String id) {
        byte[] bytes = CATALOG.bytes(id).orElseThrow();
        byte[] tree = CATALOG.tree(id).orElseThrow(() -> new AssertionError("no " + id + ".yaml.tree in the build: exec-maven-plugin did not run"));
        assertThat(TreeCache.decode(tree, bytes, "builtin:" + id)).contains(new TreeCache.Cached(parse(id), TreeCache.sha256(bytes)));
    }

    @ParameterizedTest
    @ValueSource(strings = {dev.csreview.calendar.WorkingDayCalendarLoader.BUILTIN_RESOURCE,
            "/questionnaires/templates/cybersecurity-review-2022/package.yaml",
            "/questionnaires/templates/cybersecurity-review-2021-draft/package.yaml"})
    void the_build_wrote_a_current_tree_for_every_other_builtin_yaml_file(String resource) throws Exception {
        byte[] bytes;
        byte[] tree;
        try (var in = TreeCacheTest.class.getResourceAsStream(resource); var t = TreeCacheTest.class.getResourceAsStream(resource + ".tree")) {
            assertThat(t).as("%s.tree in the build", resource).isNotNull();
            bytes = in.readAllBytes();
            tree = t.readAllBytes();
        }
        YNode parsed = new YamlReader().read(resource, bytes, new Diagnostics()).orElseThrow();
        assertThat(TreeCache.decode(tree, bytes, resource)).contains(new TreeCache.Cached(parsed, TreeCache.sha256(bytes)));
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void a_tree_round_trips_with_every_location(String id) {
        YNode root = parse(id);
        byte[] bytes = CATALOG.bytes(id).orElseThrow();
        assertThat(TreeCache.decode(TreeCache.encode(root, bytes), bytes, "builtin:" + id).map(TreeCache.Cached::root)).contains(root);
    }

    @Test
    void a_tree_made_from_other_bytes_is_not_used() {
        YNode root = parse(CATALOG.defaultId());
        byte[] tree = TreeCache.encode(root, "old".getBytes());
        assertThat(TreeCache.decode(tree, "old".getBytes(), "q")).isPresent();
        assertThat(TreeCache.decode(tree, "new".getBytes(), "q")).as("same length, other bytes").isEmpty();
        assertThat(TreeCache.decode(tree, "older".getBytes(), "q")).isEmpty();
        assertThat(TreeCache.decode(null, "x".getBytes(), "q")).isEmpty();
    }

    @Test
    void a_damaged_tree_is_ignored_never_thrown() {
        YNode root = parse(CATALOG.defaultId());
        byte[] tree = TreeCache.encode(root, H);
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            byte[] damaged = i % 2 == 0 ? Arrays.copyOf(tree, random.nextInt(tree.length)) : tree.clone();
            if (i % 2 == 1) {
                for (int k = 0; k < 4; k++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
            }
            var decoded = TreeCache.decode(damaged, H, "q"); // no exception, no OutOfMemoryError
            if (i % 2 == 0) {
                assertThat(decoded).as("a cut-off tree, %d of %d bytes", damaged.length, tree.length).isEmpty();
            }
        }
    }

    @Test
    void a_damaged_tree_nested_too_deep_is_ignored() {
        YNode deep = new YNode.Scalar(new dev.csreview.diagnostic.Location("q", 1, 1), "x", YNode.ScalarKind.STRING);
        for (int i = 0; i < YamlReader.MAX_DEPTH + 10; i++) {
            deep = new YNode.Seq(new dev.csreview.diagnostic.Location("q", 1, 1), java.util.List.of(deep));
        }
        byte[] tree = TreeCache.encode(deep, H);
        assertThat(TreeCache.decode(tree, H, "q")).isEmpty();
    }

    @Test
    void the_loader_gives_the_same_questionnaire_with_a_tree_a_stale_tree_or_none() throws Exception {
        String id = CATALOG.defaultId();
        byte[] bytes = CATALOG.bytes(id).orElseThrow();
        var parsed = new QuestionnaireLoader().load("builtin:" + id, bytes, null).questionnaire();
        var cached = new QuestionnaireLoader().load("builtin:" + id, bytes, CATALOG.tree(id).orElseThrow()).questionnaire();
        var stale = new QuestionnaireLoader().load("builtin:" + id, bytes, TreeCache.encode(parse(id), "stale".getBytes())).questionnaire();
        assertThat(cached.sha256()).isEqualTo(parsed.sha256()).isEqualTo(stale.sha256());
        assertThat(cached.toString()).isEqualTo(parsed.toString()).isEqualTo(stale.toString());
    }
}
