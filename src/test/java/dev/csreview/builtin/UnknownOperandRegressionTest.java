package dev.csreview.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.NoteResult;
import dev.csreview.questionnaire.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The two wrong answers of the old, order-dependent "unknown" (an unknown read first decided that a condition was
 * uncertain, whatever the known facts beside it said), kept as regressions.
 */
class UnknownOperandRegressionTest {

    private static String sample(String name) throws IOException {
        return Files.readString(Path.of("samples", name + ".yaml"));
    }

    private static Assessment assess(String yaml) {
        return Builtin.assess(Builtin.questionnaire(Builtin.FINAL), "regression.yaml", yaml);
    }

    private static DeterminationResult route(Assessment a, String id) {
        return a.determinations().stream().filter(d -> d.determination().id().equals(id)).findFirst().orElseThrow();
    }

    private static Optional<NoteResult> note(Assessment a, String id) {
        return a.notes().stream().filter(n -> n.note().id().equals(id)).findFirst();
    }

    @Test
    void a_company_that_is_not_a_ciio_is_outside_art_5_whatever_its_items_leave_unknown() throws IOException {
        String yaml = sample("non-ciio-foreign-cloud").replace("  ciio_likely: no\n", """
                  ciio_likely: yes
                  procurements:
                    - item_name: Analytics cloud
                      item_category: cloud
                      supplier_foreign: yes
                      supplier_country: Ireland
                      serves_cii: unknown
                      supplier_remote_access: unknown
                      supplier_data_access: unknown
                      alternatives: unknown
                      continuity_plan: unknown
                      transparency: unknown
                      undertakings_in_contract: unknown
                      supplier_review_failed: unknown
                      supplier_under_review: unknown
                      supplier_enforcement: unknown
                      prejudged_risk: not_done
                """);
        DeterminationResult art5 = route(assess(yaml), "art5_procurement");
        assertThat(art5.outcome()).isEqualTo(Outcome.NOT_TRIGGERED);
        assertThat(art5.missing()).isEmpty();
    }

    @Test
    void one_million_persons_exported_makes_the_security_assessment_apply_whatever_else_is_unknown() throws IOException {
        String yaml = sample("non-ciio-foreign-cloud")
                .replace("  transfer_persons_ytd: 240000\n", "  transfer_persons_ytd: 1500000\n")
                .replace("  persons_deduplicated: 240000\n", "  persons_deduplicated: 1500000\n")
                .replace("  transfer_important_data: no\n", "  transfer_important_data: unknown\n");
        Assessment a = assess(yaml);
        assertThat(note(a, "export_assessment")).hasValueSatisfying(n -> {
            assertThat(n.certain()).as("the security assessment applies, not 'may apply'").isTrue();
            assertThat(n.missing()).isEmpty();
        });
        assertThat(note(a, "export_contract")).as("the standard contract is for exports below the assessment's thresholds").isEmpty();
    }
}
