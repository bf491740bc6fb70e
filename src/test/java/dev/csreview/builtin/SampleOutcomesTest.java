package dev.csreview.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactorScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each sample profile is there to show, fixed by hand from its header comment: the outcome of every route
 * (Art. 5, Art. 7, Arts. 2/16) and the level of each Article 10 factor, 1 to 7. The package golden files fix the
 * full documents; this table says why they are right.
 */
class SampleOutcomesTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                // sample, art5, art7, art2/16, factor levels 1..7 (L/M/H; - not applicable: nothing bought, or nothing for the CII)
                Arguments.of("us-listing-platform", "not_triggered", "must_declare", "not_triggered", "----MHL"),
                Arguments.of("hk-listing-platform", "not_triggered", "not_triggered", "should_consider", "----MML"),
                Arguments.of("below-threshold-us-listing", "not_triggered", "not_triggered", "not_triggered", "----LHL"),
                Arguments.of("ciio-foreign-database", "must_declare", "not_triggered", "cannot_tell", "HHHMHLL"),
                Arguments.of("non-ciio-foreign-cloud", "not_triggered", "not_triggered", "not_triggered", "----HLL"),
                Arguments.of("data-rich-no-listing", "not_triggered", "not_triggered", "should_consider", "----HLL"),
                Arguments.of("unknown-user-count", "not_triggered", "cannot_tell", "cannot_tell", "----MLL"),
                Arguments.of("ciio-domestic-servers-no-review", "not_triggered", "not_triggered", "not_triggered", "LLLLLLL"),
                Arguments.of("listed-before-2022", "not_triggered", "not_triggered", "should_consider", "----MHL"),
                Arguments.of("taiwan-listing-platform", "not_triggered", "not_triggered", "should_consider", "----MHL"),
                Arguments.of("brochure-website-us-listing", "not_triggered", "should_consider", "not_triggered", "----MHL"),
                Arguments.of("ciio-saas-outside-cii", "should_consider", "not_triggered", "not_triggered", "----MLL"),
                Arguments.of("knowledge-platform-candidate-data", "not_triggered", "not_triggered", "should_consider", "----HLL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sample_shows_what_its_comment_says(String sample, String art5, String art7, String art216, String levels) throws IOException {
        Assessment a = assess(sample);
        Map<String, String> outcomes = a.determinations().stream()
                .collect(Collectors.toMap(r -> r.determination().id(), r -> r.outcome().name().toLowerCase(), (x, y) -> x, LinkedHashMap::new));
        assertThat(outcomes).containsExactly(
                Map.entry("art5_procurement", art5), Map.entry("art7_listing_abroad", art7), Map.entry("art2_16_data_processing", art216));
        String actual = a.factors().stream().map(f -> f.applicable() ? f.level().id().substring(0, 1).toUpperCase() : "-")
                .collect(Collectors.joining());
        assertThat(actual).as("factor levels 1..7").isEqualTo(levels);
    }

    @Test
    void every_sample_is_in_the_table_and_the_table_covers_the_issue_list() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".yaml", "")))
                    .containsExactlyInAnyOrderElementsOf(samples().map(a -> (String) a.get()[0]).toList());
        }
        assertThat(samples()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void the_unknown_user_count_names_the_counts_to_find_out() throws IOException {
        DeterminationResult art7 = assess("unknown-user-count").determinations().get(1);
        assertThat(art7.leaning().name()).isEqualTo("NOT_TRIGGERED");
        assertThat(art7.missing()).extracting(r -> r.id()).contains("users_registered", "persons_deduplicated");
    }

    @Test
    void every_sample_header_cites_an_article() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p : files.toList()) {
                String header = Files.readString(p).lines().takeWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
                // A citation names an instrument of the questionnaire and an article: "10:30" or "note:1" is not one.
                assertThat(header).as(p.toString()).containsPattern("\\b(" + String.join("|", instruments()) + "):[0-9]+\\b");
            }
        }
    }

    @Test
    void a_factor_is_not_applicable_only_when_that_is_known() throws IOException {
        // The bank's database serves the CII: with that unknown, factors (1)-(4) are still scored (unknown is not
        // "no"); with neither item serving the CII nor found to affect national security, none of them applies.
        String bank = Files.readString(Path.of("samples/ciio-foreign-database.yaml"));
        Assessment unknown = Builtin.assess(Builtin.questionnaire(Builtin.FINAL), "u.yaml", bank.replace("serves_cii: yes", "serves_cii: unknown"));
        assertThat(unknown.factors().subList(0, 4)).allMatch(FactorScore::applicable);
        assertThat(unknown.factors().get(0).potential()).isPositive();
        Assessment none = Builtin.assess(Builtin.questionnaire(Builtin.FINAL), "n.yaml", bank.replace("serves_cii: yes", "serves_cii: no"));
        assertThat(none.factors().subList(0, 4)).extracting(FactorScore::applicable).containsExactly(false, false, false, false);
        Assessment affects = Builtin.assess(Builtin.questionnaire(Builtin.FINAL), "a.yaml",
                bank.replace("serves_cii: yes", "serves_cii: no").replace("prejudged_risk: not_done", "prejudged_risk: affects"));
        assertThat(affects.factors().subList(0, 4)).as("an item found to affect national security: (3) and (4) apply")
                .extracting(FactorScore::applicable).containsExactly(false, false, true, true);
    }

    /** The instrument ids of the built-in questionnaire (measures, cii_regs, …). */
    private static java.util.Set<String> instruments() {
        return Builtin.questionnaire(Builtin.FINAL).instruments().keySet();
    }

    private static Assessment assess(String sample) throws IOException {
        Path p = Path.of("samples", sample + ".yaml");
        return Builtin.assess(Builtin.questionnaire(Builtin.FINAL), p.toString(), Files.readString(p));
    }
}
