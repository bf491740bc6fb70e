package dev.csreview.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link IndentedPrinter} lays JSON out byte for byte as Jackson's default pretty printer (with \n line ends). */
class JsonTextTest {

    @Test
    void random_trees_are_laid_out_as_by_jacksons_default_printer() throws IOException {
        Random random = new Random(8);
        for (int i = 0; i < 500; i++) {
            Object tree = tree(random, 0);
            String expected = jackson(tree, 0);
            assertThat(JsonText.write(tree)).as("tree %d", i).isEqualTo(expected);
            assertThat(new String(JsonText.itemUtf8(g -> JsonText.value(g, tree)), StandardCharsets.UTF_8)).isEqualTo(jackson(tree, 1));
            assertThat(JsonText.item(tree, 3)).isEqualTo(jackson(tree, 3));
        }
    }

    @Test
    void nesting_deeper_than_the_cached_indentations_is_laid_out_the_same() throws IOException {
        Object tree = "leaf";
        for (int i = 0; i < 40; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level" + i, tree);
            m.put("list", i % 2 == 0 ? List.of() : List.of(Map.of(), 1L));
            tree = m;
        }
        assertThat(JsonText.write(tree)).isEqualTo(jackson(tree, 0));
        assertThat(JsonText.item(tree, 33)).isEqualTo(jackson(tree, 33));
    }

    @Test
    void line_ends_are_newlines_whatever_the_platform() {
        assertThat(JsonText.write(Map.of("a", Map.of("b", 1)))).isEqualTo("{\n  \"a\" : {\n    \"b\" : 1\n  }\n}");
    }

    private static String jackson(Object tree, int nesting) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            DefaultPrettyPrinter printer = new NestedDefault(nesting);
            printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(printer);
            JsonText.value(g, tree); // the same walk over the tree; only the printer differs
        }
        return out.toString();
    }

    private static final class NestedDefault extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        NestedDefault(int nesting) {
            _nesting = nesting;
        }
    }

    private static Object tree(Random random, int depth) {
        int kind = depth > 5 ? 2 + random.nextInt(4) : random.nextInt(6);
        switch (kind) {
            case 0: {
                Map<String, Object> m = new LinkedHashMap<>();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    m.put("k" + i + (random.nextBoolean() ? "键\"" : ""), tree(random, depth + 1));
                }
                return m;
            }
            case 1: {
                List<Object> l = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    l.add(tree(random, depth + 1));
                }
                return l;
            }
            case 2:
                return random.nextBoolean() ? null : random.nextBoolean();
            case 3:
                return (long) random.nextInt(2_000_000) - 1_000_000;
            default:
                return random.nextBoolean() ? "示例 \\ \"q\"\n\t" + random.nextInt(100) : "plain " + random.nextInt(100);
        }
    }
}
