package dev.csreview.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Streaming items rendered one by one (on workers) gives the same bytes as writing the whole tree. */
class JsonTextStreamTest {

    @Test
    void streamed_items_equal_the_whole_tree() {
        List<Object> items = List.of(item("a", 1), item("示例 \"quoted\"", 2), item("c", 3));
        assertThat(streamed(items)).isEqualTo(whole(items));
    }

    @Test
    void an_empty_stream_equals_an_empty_array() {
        assertThat(streamed(List.of())).isEqualTo(whole(List.of()));
    }

    private static Map<String, Object> item(String name, int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profile", name);
        m.put("levels", List.of(n, n + 1));
        m.put("nested", Map.of("empty", List.of(), "x", Map.of()));
        m.put("none", null);
        return m;
    }

    private static String whole(List<Object> items) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "s/1");
        root.put("assessments", items);
        return JsonText.write(root);
    }

    private static String streamed(List<Object> items) {
        StringWriter w = new StringWriter();
        try (JsonText.ArrayStream s = new JsonText.ArrayStream(w, "s/1", "assessments")) {
            items.forEach(i -> s.addRendered(JsonText.item(i, 1)));
        }
        return w.toString();
    }
}
