package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code diff --questionnaire 1.0.0 2.0.0} over the samples names each changed outcome and its reason, per client. */
class DiffReadingsTest {
    static final String OLD = "cybersecurity-review-2022@1.0.0";
    static final String NEW = "cybersecurity-review-2022";

    @Test
    void each_changed_route_factor_and_note_is_named_with_its_reason_per_client() {
        CliTest.Run run = CliTest.run("diff", "--questionnaire", OLD, NEW, "samples");
        // A route got more serious for some client, but one client (Taiwan) could not be read under 1.0.0: not compared,
        // so the run says so and exits 2, as assess does for a profile it cannot read.
        assertThat(run.err()).isEqualTo("csreview: 1 profile(s) could not be read under 1.0.0 (named above): not compared" + System.lineSeparator());
        assertThat(run.code()).isEqualTo(2);
        String out = run.out();
        assertThat(section(out, "samples/brochure-website-us-listing.yaml"))
                .contains("route Listing abroad by a network platform operator (Art. 7): MUST DECLARE → SHOULD CONSIDER DECLARING")
                .contains("Now: \"Network platform operator\" is not defined in law")
                .contains("Before: A network platform operator holding personal information of more than 1,000,000 users");
        assertThat(section(out, "samples/ciio-saas-outside-cii.yaml"))
                .contains("route Procurement by a CIIO (Art. 5): NOT TRIGGERED → SHOULD CONSIDER DECLARING  ▲")
                .contains("Now: An item outside the CII has not been pre-assessed.");
        assertThat(section(out, "samples/ciio-foreign-database.yaml"))
                .contains("NOT TRIGGERED → CANNOT TELL YET")
                .contains("Could be SHOULD CONSIDER DECLARING:")
                .contains("+ A foreign supplier can reach the data: a risk of illegal export (Core banking database (foreign vendor))");
        assertThat(section(out, "samples/us-listing-platform.yaml")).contains("no route, factor or note changes")
                .contains("set aside under 1.0.0: platform_users");
        // Taiwan was no choice in 1.0.0: the client is named, not skipped, and why.
        assertThat(section(out, "samples/taiwan-listing-platform.yaml"))
                .contains("cannot be read under 1.0.0: samples/taiwan-listing-platform.yaml:33:18: question listing_venue: taiwan is not one of its choices");
    }

    @Test
    void the_copy_of_the_samples_as_written_for_1_0_0_compares_the_same_way() {
        CliTest.Run run = CliTest.run("diff", "--questionnaire", OLD, NEW, MigrateCommandTest.OLD_SAMPLES.toString());
        // Taiwan, again, cannot be read under 1.0.0: named on standard output, counted on standard error.
        assertThat(run.err()).contains("1 profile(s) could not be read under 1.0.0");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("MUST DECLARE → SHOULD CONSIDER DECLARING");
    }

    @Test
    void an_unknown_reading_is_a_usage_error() {
        CliTest.Run run = CliTest.run("diff", "--questionnaire", "cybersecurity-review-2022@0.1.0", NEW, "samples");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("F002");
    }

    @Test
    void portfolio_compare_with_marks_the_clients_whose_outcome_changed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path out = tmp.resolve("pf");
        CliTest.Run run = CliTest.run("portfolio", "--compare-with", OLD, "--out", out.toString(), "--date", "2026-01-15",
                "--formats", "md", "samples");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 of 13 clients: routes, factors or notes differ from version 1.0.0");
        String csv = java.nio.file.Files.readString(out.resolve("portfolio.csv"));
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",reading_change");
        assertThat(csv).contains("route:art7_listing_abroad must_declare->should_consider")
                .contains("route:art5_procurement not_triggered->should_consider")
                .contains(",unreadable_under_1.0.0");
        assertThat(java.nio.file.Files.readString(out.resolve("reading-changes.txt")))
                .contains("samples/brochure-website-us-listing.yaml: 1.0.0 → 2.0.0")
                .doesNotContain("samples/us-listing-platform.yaml");
        // The overview marks the same clients, and says where the reasons are.
        String html = java.nio.file.Files.readString(out.resolve("portfolio.html"));
        assertThat(html).contains("<th>Reading change</th>", "reading-changes.txt");
        assertThat(html.split("<td class=\"changed\" title=\"[^\"]+\">changed</td>", -1)).hasSize(6);
    }

    private static String section(String out, String profile) {
        int start = out.indexOf(profile + ": 1.0.0 → 2.0.0");
        assertThat(start).as(profile).isNotNegative();
        int end = out.indexOf("\nsamples/", start + 1);
        return out.substring(start, end < 0 ? out.length() : end);
    }
}
