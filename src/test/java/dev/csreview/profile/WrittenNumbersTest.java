package dev.csreview.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole numbers as counsel types them, in profiles and the interview: grouped, full-width or scaled. */
class WrittenNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            3200000;        3200000
            3,200,000;      3200000
            ３，２００，０００;  3200000
            650万;          6500000
            650 万;         6500000
            650万人;        6500000
            ６５０万;        6500000
            1.2亿;          120000000
            １．２亿;        120000000
            6.5m;           6500000
            6.5M;           6500000
            6.5 million;    6500000
            6.5 Million;    6500000
            12k;            12000
            1,200万;        12000000
            2.5bn;          2500000000
            0.5万;          5000
            99999999999999999999999; 99999999999999999999999
            """)
    void reads_grouped_full_width_and_scaled_numbers(String written, String digits) {
        assertThat(WrittenNumbers.digits(written)).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.5", "6,5m", "6.5555555m", "1.23456789万", "③", "3²", "6.5 mio", "万", "m", "1,20万", "abc"})
    void refuses_what_is_ambiguous_or_not_whole(String written) {
        assertThat(WrittenNumbers.digits(written)).isNull();
    }
}
