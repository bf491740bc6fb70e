package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Chinese documents of every sample's package as counsel reads them: dates written 2026年1月15日, no English
 * abbreviation, one instrument named once per citation group, and each short title introduced at its first use.
 */
class ChineseTypographyTest {
    /** An instrument named again in the same run of citations: 《X》第…、…《X》第 or 《X》第…；《X》第. */
    // An instrument with its edition (《网络安全法》（2016年文本）) is another instrument than the one without it.
    static final Pattern REPEATED = Pattern.compile("(《[^》]{1,40}》(?:（[^）]{1,20}）)?)第[第条项款（）〇零一二三四五六七八九十百、]{1,60}?[、；]\\1(?!（)");
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    static final Pattern ABBREVIATION = Pattern.compile("\\bCIIOs?\\b|\\bCIIs?\\b|\\bCAC\\b|\\bCRO\\b|\\bNDSMR\\b|\\bPIPL\\b|\\bDSL\\b");

    static java.util.stream.Stream<Path> samples() throws Exception {
        return PackageGoldenTest.samples();
    }

    /** The profile's free-text answers (values with a space in them). */
    static java.util.List<String> freeText(Path sample) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(sample).stream().map(l -> l.replaceFirst("^\\s*-?\\s*[a-z_]+:\\s*", "").replaceAll("^\"|\"$", ""))
                .filter(v -> v.contains(" ") && !v.startsWith("#")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void chinese_documents_follow_chinese_legal_style(Path sample) throws Exception {
        for (Map.Entry<String, byte[]> e : PackageGoldenTest.build(sample).entrySet()) {
            String name = e.getKey();
            if (!name.endsWith(".md") || !name.matches("^\\d\\d-\\p{IsHan}.*")) {
                continue;
            }
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            // A free-text answer is quoted as the client wrote it, dates and all.
            for (String answer : freeText(sample)) {
                text = text.replace(answer, "");
            }
            assertThat(ISO_DATE.matcher(text).find()).as("%s %s: ISO date", sample, name).isFalse();
            Matcher abbreviation = ABBREVIATION.matcher(text);
            assertThat(abbreviation.find()).as("%s %s: English abbreviation %s", sample, name, abbreviation.results().map(java.util.regex.MatchResult::group).toList()).isFalse();
            Matcher repeated = REPEATED.matcher(text);
            assertThat(repeated.find()).as("%s %s: instrument named twice in one citation group: %s", sample, name,
                    repeated.results().map(java.util.regex.MatchResult::group).findFirst().orElse("")).isFalse();
            if (text.contains("《办法》")) {
                assertThat(text.indexOf("《网络安全审查办法》（以下简称《办法》）")).as("%s %s: short title introduced before its first use", sample, name)
                        .isGreaterThanOrEqualTo(0).isLessThan(text.indexOf("《办法》"));
                assertThat(text.split("以下简称《办法》", -1)).as("%s %s: introduced once", sample, name).hasSize(2);
                assertThat(text).as("%s %s: not inside the questionnaire's title", sample, name).doesNotContain("（以下简称《办法》）2022");
            }
        }
    }
}
