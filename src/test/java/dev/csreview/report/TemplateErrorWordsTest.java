package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** T001 says Pebble's common errors in csreview's words, in both languages, at the template's file:line. */
class TemplateErrorWordsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "¦", quoteCharacter = '`', value = {
        "x\\n{{ nosuch }}                ¦ 2 ¦ unknown variable 'nosuch' (is it misspelt, or not among the data the documents get?) ¦ 未知变量“nosuch”（是否拼写有误，或不在文件所用的数据之中？）",
        "{{ company.nosuch }}            ¦ 1 ¦ 'nosuch' is not an attribute of the value before it ¦ “nosuch”不是其前面的值的属性",
        "{{ company | shout }}         ¦ 1 ¦ unknown filter 'shout' ¦ 未知过滤器“shout”",
        "{{ exec('id') }}                ¦ 1 ¦ unknown function or macro 'exec' ¦ 未知函数或宏“exec”",
        "{% for x in [1] %}never closed  ¦ 1 ¦ a tag that is never closed: the template ends before '{% endfor %}' ¦ 标签没有闭合：模板在“{% endfor %}”之前就结束了",
        "{% frobnicate %}                ¦ 1 ¦ unknown tag 'frobnicate' ¦ 未知标签“frobnicate”",
        "{{ company }                    ¦ 1 ¦ '}' is not expected here ¦ 此处不应出现“}”",
    })
    void says_what_is_wrong_in_our_words(String template, int line, String en, String zh) throws IOException {
        Files.writeString(dir.resolve("t.md.peb"), template.strip().replace("\\n", "\n"));
        TemplateRenderer renderer = new TemplateRenderer(new TemplateSource("cybersecurity-review-2022", dir));
        TemplateRenderer.TemplateException e = catchThrowableOfType(
                () -> renderer.render("t.md.peb", Map.of("company", Map.of("name", "Acme"))), TemplateRenderer.TemplateException.class);
        assertThat(e.template()).endsWith("t.md.peb:" + line);
        assertThat(e.reason(Locale.ENGLISH)).isEqualTo(en.strip());
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo(zh.strip());
    }
}
