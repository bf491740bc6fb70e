package dev.csreview.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Y003 says SnakeYAML's problem in csreview's words in both languages, where it is (an unclosed bracket: at the bracket). */
class YamlSyntaxWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a: [x, y              | 1:4  | a list in [ ] that is not closed with ']', or whose items are not separated by ',' | [ ] 中的列表没有用“]”闭合，或各项之间没有用“,”分隔",
        "a: {x: 1              | 1:4  | a mapping in { } that is not closed with '}', or whose entries are not separated by ',' | { } 中的映射没有用“}”闭合，或各项之间没有用“,”分隔",
        "a: : x                | 1:4  | a ':' that YAML cannot read here: quote a value that holds ': ', and line a key up with the keys above it | YAML 无法读取此处的“:”：含有“: ”的值请加引号，键请与上面的键对齐",
        "a: \"x                | 1:4  | a quote that is never closed | 引号没有闭合",
        "a: \"x\\qy\"          | 1:7  | '\\q' is not an escape YAML knows: write '\\\\' for a backslash, or put the text in single quotes | “\\q”不是 YAML 认识的转义：反斜杠请写作“\\\\”，或把文本放在单引号中",
        "a: @x                 | 1:4  | a value cannot start with '@': put the value in quotes | 值不能以“@”开头：请给值加引号",
        "r:\\n  a: x\\n - b    | 3:2  | this line is indented differently from the lines above it: line each key or '-' up with its neighbours | 此行的缩进与上面的行不一致：每个键或“-”请与同级对齐",
        "a: >x                 | 1:5  | `'|' or '>' starts a block of text and must end its line: put the value in quotes` | `“|”或“>”表示文本块的开始，其后必须换行：请给值加引号`",
    })
    void says_the_problem_in_our_words(String yaml, String where, String en, String zh) {
        Diagnostics out = new Diagnostics();
        String text = yaml.strip().replace("\\n", "\n") + "\n";
        assertThat(new YamlReader().read("p.yaml", text.getBytes(StandardCharsets.UTF_8), out)).isEmpty();
        Diagnostic d = out.list().get(0);
        assertThat(d.code()).isEqualTo("Y003");
        String[] lc = where.strip().split(":");
        assertThat(d.location()).isEqualTo(new Location("p.yaml", Integer.parseInt(lc[0]), Integer.parseInt(lc[1])));
        assertThat(d.message(Locale.ENGLISH)).isEqualTo("YAML syntax error: " + en.strip());
        assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("YAML 语法错误：" + zh.strip());
    }
}
