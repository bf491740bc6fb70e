package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A waiver that can waive nothing (a misspelt route or factor id, a profile the run did not assess) is warned about
 * at its line with the nearest name; the finding it meant stays unwaived, so --fail-on still fails.
 */
class WaiverWarningsTest {
    private static final String SAMPLE = "samples/us-listing-platform.yaml";

    @TempDir
    Path tmp;

    private Path waivers(String id, String profile) throws IOException {
        Path w = tmp.resolve("waivers.yaml");
        Files.writeString(w, "waivers:\n  - id: " + id + "\n" + (profile == null ? "" : "    profile: " + profile + "\n")
                + "    reason: filed\n    owner: legal\n    expires: 2027-01-01\n");
        return w;
    }

    @Test
    void a_misspelt_route_id_is_warned_with_did_you_mean_and_waives_nothing() throws IOException {
        Path w = waivers("route:art7_listng_abroad", null);
        CliTest.Run r = CliTest.run("--lang", "en", "assess", "--date", "2026-06-01", "--waivers", w.toString(), "--fail-on", "must-declare", SAMPLE);
        assertThat(r.err()).contains(w + ":2:9: warning[W004] waiver 'route:art7_listng_abroad' names no route or factor",
                "did you mean 'route:art7_listing_abroad'?");
        assertThat(r.code()).as("the route is not waived: the gate still fails").isEqualTo(ExitCode.THRESHOLD);
        CliTest.Run zh = CliTest.run("--lang", "zh", "assess", "--date", "2026-06-01", "--waivers", w.toString(), SAMPLE);
        assertThat(zh.err()).contains("warning[W004]", "不对应本次评估所用问卷");
    }

    @Test
    void a_misspelt_factor_id_and_a_profile_named_without_its_folder_are_warned() throws IOException {
        Path w = waivers("factor:data_volume_typo", "us-listing-platform.yaml");
        CliTest.Run r = CliTest.run("--lang", "en", "assess", "--date", "2026-06-01", "--waivers", w.toString(), SAMPLE);
        assertThat(r.err()).contains("warning[W004] waiver 'factor:data_volume_typo'", "warning[W005]",
                "did you mean '" + SAMPLE + "'?");
    }

    @Test
    void a_waiver_that_matches_is_not_warned() throws IOException {
        Path w = waivers("route:art7_listing_abroad", SAMPLE);
        CliTest.Run r = CliTest.run("--lang", "en", "assess", "--date", "2026-06-01", "--waivers", w.toString(), "--fail-on", "must-declare", SAMPLE);
        assertThat(r.err()).doesNotContain("W004", "W005");
        assertThat(r.code()).isZero();
    }
}
