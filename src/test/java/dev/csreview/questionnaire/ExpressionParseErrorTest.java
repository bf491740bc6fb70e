package dev.csreview.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** E004 says in csreview's words why an expression does not parse, and points at the token (column 11 + offset). */
class ExpressionParseErrorTest {
    private static final ExpressionCompiler COMPILER = new ExpressionCompiler();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "(a && n > 1        | 11 | '(' is never closed (a ')' is missing)                   | “(”没有闭合（缺少“)”）",
        "a && n > 1)        | 21 | ')' closes nothing: no opening bracket before it          | “)”没有对应的开括号",
        "(a && n]           | 18 | ']' where '(' is still open                               | 此处是“]”，但“(”尚未闭合",
        "a == 'x            | 16 | a text whose quote ' is never closed                      | 文本的引号 ' 没有闭合",
        "a &&               | 13 | the expression ends after '&&': something must follow it | 表达式在“&&”之后就结束了：其后还应有内容",
        "a b                | 13 | 'b' is not expected here (an operator or comma missing, or one too many?) | 此处不应出现“b”（是否缺少运算符或逗号，或多了一个？）",
        "a && && n          | 16 | '&&' is not expected here (an operator or comma missing, or one too many?) | 此处不应出现“&&”（是否缺少运算符或逗号，或多了一个？）",
        "n = 5              | 11 | 'n' is assigned or changed ('=', '+=', '++'): an expression only reads values | 对“n”赋值或修改（“=”“+=”“++”）：表达式只能读取值",
    })
    void says_what_is_wrong_where(String source, int column, String en, String zh) {
        Diagnostics out = new Diagnostics();
        Location at = new Location("q.yaml", 7, 10);
        // The text stands one column after its opening quote.
        assertThat(COMPILER.compile(source.strip(), at, offset -> new Location("q.yaml", 7, 11 + offset), out)).isEmpty();
        Diagnostic d = out.list().get(0);
        assertThat(d.code()).isEqualTo("E004");
        assertThat(d.location()).isEqualTo(new Location("q.yaml", 7, column));
        assertThat(d.message(Locale.ENGLISH)).isEqualTo("invalid expression: " + en.strip());
        assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("表达式无效：" + zh.strip());
    }

    @org.junit.jupiter.api.Test
    void a_refused_construct_is_pointed_at_too() {
        Diagnostics out = new Diagnostics();
        COMPILER.compile("a || nosuch(1)", new Location("q.yaml", 7, 10), offset -> new Location("q.yaml", 7, 11 + offset), out);
        assertThat(out.list()).extracting(Diagnostic::code, Diagnostic::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("E005", new Location("q.yaml", 7, 16)));
    }
}
