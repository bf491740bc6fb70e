package dev.csreview.interview.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** Word wrap: at spaces in English, between characters in Chinese, never inside a Latin word. */
class WrapTest {

    @Test
    void english_breaks_at_spaces_and_keeps_hyphenated_words_whole() {
        List<String> lines = Wrap.lines("Has the company done the self-classification of its data under the catalogue?", 30, 0);
        assertThat(lines).allSatisfy(l -> assertThat(new AttributedString(l).columnLength()).isLessThanOrEqualTo(30));
        assertThat(String.join(" ", lines)).isEqualTo("Has the company done the self-classification of its data under the catalogue?");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("self-classification"));
    }

    @Test
    void chinese_breaks_between_characters_but_not_before_closing_punctuation() {
        String text = "数据分类分级保护；关系国家安全、国民经济命脉、重要民生、重大公共利益等数据属于国家核心数据，实行更加严格的管理制度（概述）。";
        List<String> lines = Wrap.lines(text, 20, 0);
        assertThat(lines.size()).isGreaterThan(3);
        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(l -> {
            assertThat(new AttributedString(l).columnLength()).isLessThanOrEqualTo(20);
            assertThat(l).doesNotStartWith("，").doesNotStartWith("；").doesNotStartWith("）").doesNotStartWith("。");
        });
    }

    @Test
    void mixed_text_keeps_latin_words_and_indents_later_lines() {
        String text = "  依据：《网络安全审查办法》第七条 Measures Art. 7 and the Cybersecurity Review Office";
        List<String> lines = Wrap.lines(text, 24, 2);
        assertThat(lines).allSatisfy(l -> assertThat(new AttributedString(l).columnLength()).isLessThanOrEqualTo(24));
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("  "));
        for (String word : List.of("Measures", "Cybersecurity", "Review", "Office")) {
            assertThat(lines).as(word).anySatisfy(l -> assertThat(l).contains(word));
        }
    }

    @Test
    void a_word_longer_than_the_line_is_cut_and_short_text_is_untouched() {
        assertThat(Wrap.lines("short", 40, 0)).containsExactly("short");
        List<String> lines = Wrap.lines("x".repeat(25), 10, 0);
        assertThat(lines).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
    }
}
