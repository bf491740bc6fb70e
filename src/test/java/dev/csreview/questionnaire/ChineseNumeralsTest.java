package dev.csreview.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
    @ParameterizedTest
    @CsvSource({
        "1, 一", "5, 五", "10, 十", "11, 十一", "19, 十九", "20, 二十", "21, 二十一", "41, 四十一", "99, 九十九",
        "100, 一百", "101, 一百零一", "110, 一百一十", "115, 一百一十五", "120, 一百二十", "999, 九百九十九",
        "2a, 2a", "0, 0", "1000, 1000", "05, 五", "'', ''"
    })
    void reads_as_chinese_legal_text_does(String number, String chinese) {
        assertThat(ChineseNumerals.of(number)).isEqualTo(chinese);
    }
}
