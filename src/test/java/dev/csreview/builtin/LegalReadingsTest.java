package dev.csreview.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactorScore;
import dev.csreview.assessment.NoteResult;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.assessment.RuleHit;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Validation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readings of the Measures corrected after an outside review (issue 18, part 2), each shown on the smallest
 * profile that decides it: everything else is answered so that nothing fires.
 */
class LegalReadingsTest {
    private final Questionnaire q = Builtin.questionnaire(Builtin.FINAL);

    private static final String PLATFORM_5M = """
            platform_services: [app]
            users_registered: 5000000
            persons_deduplicated: 4000000
            users_active_12m: 2000000
            """;

    private static String listing(String venue, String route) {
        return "listing_planned: yes\nlisting_venue: " + venue + "\nlisting_route: " + route
                + "\nforeign_application_filed: no\nintermediary_data_access: no\nforeign_regulator_access: no\n";
    }

    @Test
    void taiwan_is_read_like_hong_kong_not_as_abroad() {
        Assessment a = assess(PLATFORM_5M + listing("taiwan", "ipo"));
        DeterminationResult art7 = route(a, "art7_listing_abroad");
        assertThat(art7.outcome()).isEqualTo(Outcome.NOT_TRIGGERED);
        assertThat(art7.decidingCase().reason().en()).contains("Taiwan", "not settled");
        DeterminationResult art216 = route(a, "art2_16_data_processing");
        assertThat(art216.outcome()).isEqualTo(Outcome.SHOULD_CONSIDER);
        assertThat(art216.decidingCase().cites()).extracting(Citation::ref).contains("measures:16", "csrc_trial:9");
        assertThat(note(a, "taiwan_reading")).hasValueSatisfying(n -> assertThat(n.certain()).isTrue());
        // The same platform listing in the United States must declare.
        assertThat(route(assess(PLATFORM_5M + listing("us", "ipo")), "art7_listing_abroad").outcome()).isEqualTo(Outcome.MUST_DECLARE);
    }

    @Test
    void a_company_that_is_no_platform_with_notified_important_data_listing_abroad_should_consider() {
        String manufacturer = "platform_services: [none]\nimportant_data: notified\n" + listing("us", "ipo");
        Assessment a = assess(manufacturer);
        assertThat(route(a, "art7_listing_abroad").outcome()).isEqualTo(Outcome.NOT_TRIGGERED);
        DeterminationResult art216 = route(a, "art2_16_data_processing");
        assertThat(art216.outcome()).isEqualTo(Outcome.SHOULD_CONSIDER);
        assertThat(art216.decidingCase().cites()).extracting(Citation::ref).contains("measures:16", "ndsmr:13");
        assertThat(art216.decidingCase().reason().en()).contains("not a platform operator");
        // Core data decides for anyone, listing or not.
        assertThat(route(assess("platform_services: [none]\ncore_data: yes\n"), "art2_16_data_processing").outcome())
                .isEqualTo(Outcome.SHOULD_CONSIDER);
        // Without a listing, notified important data of a company that is no platform stays a note.
        Assessment noListing = assess("platform_services: [none]\nimportant_data: notified\n");
        assertThat(route(noListing, "art2_16_data_processing").outcome()).isEqualTo(Outcome.NOT_TRIGGERED);
        assertThat(note(noListing, "non_platform_data_review")).isPresent();
    }

    @Test
    void candidate_important_data_at_scale_names_the_identification_step() {
        String knowledgePlatform = """
                platform_services: [website, app, content_social]
                users_registered: 20000000
                persons_deduplicated: 16000000
                users_active_12m: 9000000
                important_data: candidate
                """;
        DeterminationResult art216 = route(assess(knowledgePlatform), "art2_16_data_processing");
        assertThat(art216.outcome()).isEqualTo(Outcome.SHOULD_CONSIDER);
        assertThat(art216.decidingCase().cites()).extracting(Citation::ref).contains("ndsmr:29");
        assertThat(art216.decidingCase().reason().en()).contains("identify", "CNKI");
        // Unknown whether the data may be important: cannot tell, naming it.
        DeterminationResult unknown = route(assess(knowledgePlatform.replace("important_data: candidate", "important_data: unknown")),
                "art2_16_data_processing");
        assertThat(unknown.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(unknown.missing()).extracting(r -> r.id()).contains("important_data");
        // A small platform with candidate data and no listing is not this case.
        String small = knowledgePlatform.replace("20000000", "400000").replace("16000000", "300000").replace("9000000", "100000");
        assertThat(route(assess(small), "art2_16_data_processing").outcome()).isEqualTo(Outcome.NOT_TRIGGERED);
    }

    @Test
    void a_brochure_website_whose_records_are_staff_is_never_art_7_must_declare() {
        String brochure = """
                platform_services: [website]
                platform_users: no
                users_registered: 0
                persons_deduplicated: 2000000
                users_active_12m: 0
                """ + listing("us", "ipo");
        DeterminationResult art7 = route(assess(brochure), "art7_listing_abroad");
        assertThat(art7.outcome()).isEqualTo(Outcome.SHOULD_CONSIDER);
        assertThat(art7.decidingCase().reason().en()).contains("not defined in law", "employees");
        // Not answered whether anyone uses the site: cannot tell, leaning should consider, never must declare.
        DeterminationResult open = route(assess(brochure.replace("platform_users: no\n", "")), "art7_listing_abroad");
        assertThat(open.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(open.leaning()).isEqualTo(Outcome.SHOULD_CONSIDER);
        assertThat(open.missing()).extracting(r -> r.id()).contains("platform_users");
        // Registered users make it a platform with users again.
        String withUsers = brochure.replace("platform_users: no\n", "").replace("users_registered: 0", "users_registered: 3000000");
        assertThat(route(assess(withUsers), "art7_listing_abroad").outcome()).isEqualTo(Outcome.MUST_DECLARE);
    }

    private static String ciioBuying(String serves, String prejudged, String failed, String dataAccess) {
        return "is_ciio: yes\nprocurements:\n"
                + "  - item_name: Item\n    item_category: cloud\n    supplier_foreign: yes\n    serves_cii: " + serves + "\n"
                + "    supplier_remote_access: no\n    supplier_data_access: " + dataAccess + "\n"
                + ("yes".equals(dataAccess) ? "    supplier_data_types: [personal_information]\n" : "")
                + "    alternatives: yes\n    continuity_plan: yes\n    transparency: yes\n    undertakings_in_contract: yes\n"
                + "    supplier_review_failed: " + failed + "\n    supplier_under_review: no\n    supplier_enforcement: no\n"
                + "    prejudged_risk: " + prejudged + "\n";
    }

    @Test
    void a_ciio_purchase_outside_the_cii_not_pre_assessed_is_not_left_at_not_triggered() {
        DeterminationResult art5 = route(assess(ciioBuying("no", "not_done", "no", "yes")), "art5_procurement");
        assertThat(art5.outcome()).isEqualTo(Outcome.SHOULD_CONSIDER);
        assertThat(art5.decidingCase().cites()).extracting(Citation::ref).contains("measures:5", "measures:21");
        assertThat(art5.decidingCase().reason().en()).contains("pre-assessment");
        assertThat(route(assess(ciioBuying("no", "no_effect", "no", "yes")), "art5_procurement").outcome()).isEqualTo(Outcome.NOT_TRIGGERED);
        // The same purchase by a company that is no CIIO: Art. 5 cannot apply.
        assertThat(route(assess(ciioBuying("no", "not_done", "no", "yes").replace("is_ciio: yes", "is_ciio: no")), "art5_procurement").outcome())
                .isEqualTo(Outcome.NOT_TRIGGERED);
    }

    @Test
    void a_supplier_that_failed_review_is_factor_3_high_and_keeps_the_warning_whatever_the_pre_assessment() {
        for (String serves : List.of("yes", "no")) {
            Assessment a = assess(ciioBuying(serves, "affects", "yes", "no"));
            assertThat(factor(a, "3").level().id()).as("serves_cii " + serves).isEqualTo("high");
            DeterminationResult art5 = route(a, "art5_procurement");
            assertThat(art5.outcome()).isEqualTo(Outcome.MUST_DECLARE);
            assertThat(art5.decidingCase().reason().en()).contains("do not buy or keep using");
            assertThat(art5.decidingCase().cites()).extracting(Citation::ref).contains("csl:67", "csl_2016:65");
        }
    }

    @Test
    void factor_5_of_a_procurement_assesses_what_the_purchase_exposes() {
        // A CIIO with a website no one uses, 5 million persons' sensitive data and candidate important data, buying
        // printers that reach no data: the company's data at large is not what this filing is about.
        String company = """
                platform_services: [website]
                platform_users: no
                persons_deduplicated: 5000000
                sensitive_pi: yes
                sensitive_pi_persons: 1000000
                important_data: candidate
                """;
        Assessment printers = assess(company + ciioBuying("no", "no_effect", "no", "no"));
        assertThat(factor(printers, "5").level().id()).isEqualTo("low");
        assertThat(factor(printers, "5").isSettled()).isTrue();
        // A purchase whose foreign supplier reaches personal information scores it.
        Assessment saas = assess(company + ciioBuying("no", "no_effect", "no", "yes"));
        assertThat(factor(saas, "5").certainHits()).extracting(h -> h.rule().id())
                .containsExactlyInAnyOrder("purchase_reaches_personal_information", "purchase_data_to_foreign_supplier");
        // The same company planning a listing: its own data is the object, and scores.
        Assessment listed = assess(company + ciioBuying("no", "no_effect", "no", "no") + listing("hong_kong", "ipo"));
        assertThat(factor(listed, "5").certainHits()).extracting(h -> h.rule().id()).contains("large_pi_volume", "sensitive_pi_held");
    }

    @Test
    void ndsmr_art_28_counts_persons_not_accounts() {
        String accounts = "platform_services: [app]\nusers_registered: 60000000\npersons_deduplicated: 3000000\nusers_active_12m: 2000000\n";
        Assessment a = assess(accounts);
        assertThat(note(a, "ten_million_persons")).isEmpty();
        assertThat(factor(a, "5").hits()).extracting(RuleHit::rule).extracting(r -> r.id()).doesNotContain("very_large_pi_volume");
        Assessment persons = assess(accounts.replace("persons_deduplicated: 3000000", "persons_deduplicated: 10000000"));
        assertThat(note(persons, "ten_million_persons")).hasValueSatisfying(n -> assertThat(n.certain()).isTrue());
        Assessment unknown = assess(accounts.replace("persons_deduplicated: 3000000", "persons_deduplicated: unknown"));
        assertThat(note(unknown, "ten_million_persons")).hasValueSatisfying(n -> assertThat(n.certain()).as("may apply").isFalse());
    }

    @Test
    void a_follow_on_offering_by_a_company_listed_abroad_has_an_answer_of_its_own() {
        Assessment a = assess(PLATFORM_5M + listing("us", "follow_on") + "already_listed: yes\nlisted_before_2022: no\n");
        DeterminationResult art7 = route(a, "art7_listing_abroad");
        assertThat(art7.outcome()).isEqualTo(Outcome.NOT_TRIGGERED);
        assertThat(art7.decidingCase().reason().en()).contains("not a new listing");
        assertThat(note(a, "follow_on")).isPresent();
        assertThat(note(a, "csrc_filing")).isEmpty();
        assertThat(route(a, "art2_16_data_processing").outcome()).isEqualTo(Outcome.SHOULD_CONSIDER);
    }

    static Stream<Arguments> contradictions() {
        return Stream.of(
                Arguments.of("sensitive persons above de-duplicated persons",
                        "persons_deduplicated: 6200000\nsensitive_pi: yes\nsensitive_pi_persons: 6500000\n", "sensitive_pi_persons"),
                Arguments.of("actives above registered", "users_registered: 100\nusers_active_12m: 200\n", "users_active_12m"),
                Arguments.of("registered accounts on a service no one uses",
                        "platform_services: [website]\nplatform_users: no\nusers_registered: 10\n", "users_registered"),
                Arguments.of("active users on a service no one uses",
                        "platform_services: [website]\nplatform_users: no\nusers_registered: 10\nusers_active_12m: 10\n", "users_active_12m"),
                Arguments.of("sensitive exported above persons exported",
                        "persons_deduplicated: 100000\nsensitive_pi: yes\nsensitive_pi_persons: 50000\n" + export("1000", "20000", "no"),
                        "transfer_sensitive_ytd"),
                Arguments.of("sensitive exported without sensitive PI", "persons_deduplicated: 100000\n" + export("5000", "10", "no"),
                        "transfer_sensitive_ytd"),
                Arguments.of("important data exported without important data", "persons_deduplicated: 100000\n" + export("5000", "0", "yes"),
                        "transfer_important_data"),
                Arguments.of("a failed review pre-assessed as no effect", ciioBuying("yes", "no_effect", "yes", "no"), "prejudged_risk"),
                Arguments.of("a follow-on offering by a company not listed", PLATFORM_5M + listing("us", "follow_on"), "already_listed"));
    }

    private static String export(String persons, String sensitive, String important) {
        return "transfers_abroad: yes\ntransfer_persons_ytd: " + persons + "\ntransfer_sensitive_ytd: " + sensitive
                + "\ntransfer_important_data: " + important + "\nexport_mechanism_done: yes\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contradictions")
    void answers_that_contradict_each_other_are_refused(String what, String answers, String question) {
        ProfileAssessor.Result r = new ProfileAssessor(q).assess("c.yaml",
                (Builtin.header(Builtin.FINAL) + Builtin.neutralAnswers(answers)).getBytes(StandardCharsets.UTF_8));
        assertThat(r.assessment()).as(what).isEmpty();
        assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::code).containsOnly("P025");
        assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).extracting(d -> d.args().get(0)).contains(question);
    }

    @Test
    void counts_that_may_differ_in_whom_they_count_are_not_refused() {
        // Employees are not in the persons count, but their data may go abroad (HR to a foreign parent).
        assess("persons_deduplicated: 1000\nsensitive_pi: yes\nsensitive_pi_persons: 0\n" + export("5000", "3000", "no"));
    }

    @Test
    void every_validate_message_is_in_both_languages() {
        List<Question> all = q.questionsById().values().stream()
                .flatMap(question -> Stream.concat(Stream.of(question), question.fields().stream())).toList();
        List<Validation> rules = all.stream().flatMap(question -> question.validations().stream()).toList();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(9);
        assertThat(rules).allSatisfy(v -> {
            assertThat(v.message().zh()).isNotBlank();
            assertThat(v.message().en()).isNotBlank();
        });
    }

    @Test
    void the_cybersecurity_law_is_cited_by_its_2025_numbers_with_the_2016_number_beside() {
        List<Citation> cites = BuiltinQuestionnairesTest.citations(q);
        assertThat(cites).extracting(Citation::ref).doesNotContain("csl:35", "csl:65").contains("csl:37", "csl:67");
        assertThat(cites).filteredOn(c -> c.instrument().equals("csl_2016")).extracting(Citation::ref).containsOnly("csl_2016:35", "csl_2016:65");
        assertThat(q.instruments().get("csl").effective()).isEqualTo("2026-01-01");
    }

    private Assessment assess(String answers) {
        return Builtin.assess(q, "p.yaml", Builtin.header(Builtin.FINAL) + Builtin.neutralAnswers(answers));
    }

    private static DeterminationResult route(Assessment a, String id) {
        return a.determinations().stream().filter(r -> r.determination().id().equals(id)).findFirst().orElseThrow();
    }

    private static FactorScore factor(Assessment a, String number) {
        return a.factors().stream().filter(f -> f.factor().number().equals(number)).findFirst().orElseThrow();
    }

    private static Optional<NoteResult> note(Assessment a, String id) {
        return a.notes().stream().filter(n -> n.note().id().equals(id)).findFirst();
    }
}
