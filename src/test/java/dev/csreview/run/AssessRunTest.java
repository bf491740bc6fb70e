package dev.csreview.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csreview.gate.FailLevel;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assess run without the command line: a request in, a summary out, usage mistakes as RunException. */
class AssessRunTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final Path US = Path.of("samples/us-listing-platform.yaml");
    private static final Path NO_REVIEW = Path.of("samples/ciio-domestic-servers-no-review.yaml");

    private AssessRun.Summary run(AssessRun.Request r) throws IOException, InterruptedException {
        return new AssessRun(RunContext.of(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true), total -> Progress.NONE, "test")
                .run(r);
    }

    private static AssessRun.Request request(List<Path> profiles, List<String> formats, Path outputDir, boolean force, List<FailLevel> failOn,
            Path waivers) {
        return new AssessRun.Request(profiles, false, null, List.of(), new LinkedHashSet<>(formats), outputDir, force, failOn, null, false,
                waivers, null, 1, false, null, null, Lang.EN, Optional.of(LocalDate.of(2026, 1, 15)));
    }

    @Test
    void a_batch_reports_its_worst_unwaived_route_and_the_gate_decides() throws Exception {
        AssessRun.Summary s = run(request(List.of(US, NO_REVIEW), List.of("text"), null, false, List.of(FailLevel.MUST_DECLARE), null));
        assertThat(s.invalid()).isFalse();
        assertThat(s.worst()).isEqualTo(Outcome.MUST_DECLARE);
        assertThat(s.failsGate(List.of(FailLevel.MUST_DECLARE))).isTrue();
        assertThat(s.failsGate(List.of(FailLevel.NONE))).isFalse();
        assertThat(out.toString()).contains("----\n").as("one block per profile, separated");
    }

    @Test
    void a_profile_with_no_route_triggered_passes_every_level() throws Exception {
        AssessRun.Summary s = run(request(List.of(NO_REVIEW), List.of("json"), null, false, List.of(FailLevel.SHOULD_CONSIDER), null));
        assertThat(s.worst()).isEqualTo(Outcome.NOT_TRIGGERED);
        assertThat(s.failsGate(List.of(FailLevel.SHOULD_CONSIDER, FailLevel.CANNOT_TELL))).isFalse();
        assertThat(out.toString()).startsWith("{").endsWith("}\n");
    }

    @Test
    void an_unknown_format_is_refused_before_any_work() {
        assertThatThrownBy(() -> run(request(List.of(US), List.of("xml"), null, false, List.of(), null)))
                .isInstanceOfSatisfying(RunException.class, e -> {
                    assertThat(e.status()).isEqualTo(RunException.Status.INVALID);
                    assertThat(e.getMessage()).contains("xml");
                });
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void two_formats_on_standard_output_are_refused() {
        assertThatThrownBy(() -> run(request(List.of(US), List.of("text", "json"), null, false, List.of(), null)))
                .isInstanceOf(RunException.class);
    }

    @Test
    void a_file_in_the_output_folder_is_kept_without_force() throws Exception {
        Files.writeString(tmp.resolve("csreview.sarif"), "mine");
        assertThatThrownBy(() -> run(request(List.of(US), List.of("sarif"), tmp, false, List.of(), null)))
                .isInstanceOfSatisfying(RunException.class, e -> assertThat(e.getMessage()).contains("csreview.sarif"));
        assertThat(Files.readString(tmp.resolve("csreview.sarif"))).isEqualTo("mine");
        run(request(List.of(US), List.of("sarif"), tmp, true, List.of(), null));
        assertThat(Files.readString(tmp.resolve("csreview.sarif"))).contains("\"version\" : \"2.1.0\"");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly("csreview.sarif");
        }
    }

    @Test
    void an_invalid_profile_makes_the_summary_invalid_and_names_the_file() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "answers:\n  no_such_question: yes\n");
        AssessRun.Summary s = run(request(List.of(bad, US), List.of("text"), null, false, List.of(), null));
        assertThat(s.invalid()).isTrue();
        assertThat(err.toString()).contains("bad.yaml");
        assertThat(out.toString()).as("the valid profile is still reported").contains("us-listing-platform.yaml");
    }

    @Test
    void an_expired_waiver_fails_the_gate_and_a_current_one_answers_the_route() throws Exception {
        Path waivers = tmp.resolve("waivers.yaml");
        Files.writeString(waivers, "waivers:\n  - id: route:art7_listing_abroad\n    profile: " + US + "\n    reason: filed\n    owner: legal\n    expires: 2026-12-31\n");
        AssessRun.Summary current = run(request(List.of(US), List.of("text"), null, false, List.of(FailLevel.MUST_DECLARE), waivers));
        assertThat(current.expiredWaivers()).isEmpty();
        assertThat(out.toString()).contains("Waived").contains("filed (legal, until 2026-12-31)");

        Files.writeString(waivers, "waivers:\n  - id: route:art7_listing_abroad\n    profile: " + US + "\n    reason: filed\n    owner: legal\n    expires: 2025-12-31\n");
        AssessRun.Summary expired = run(request(List.of(US), List.of("text"), null, false, List.of(FailLevel.NONE), waivers));
        assertThat(expired.expiredWaivers()).singleElement().asString().contains("expired on 2025-12-31").contains("owner: legal");
        assertThat(expired.failsGate(List.of(FailLevel.NONE))).as("an expired waiver fails even without --fail-on").isTrue();
        assertThat(err.toString()).contains("csreview: the waiver for route:art7_listing_abroad");
    }

    @Test
    void no_profiles_is_refused_unless_allowed() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("none"));
        assertThatThrownBy(() -> run(request(List.of(empty), List.of("text"), null, false, List.of(), null))).isInstanceOf(RunException.class);
        AssessRun.Request allowed = new AssessRun.Request(List.of(empty), true, null, List.of(), new LinkedHashSet<>(List.of("json")), null, false,
                List.of(), null, false, null, null, 1, false, null, null, Lang.EN, Optional.empty());
        assertThat(run(allowed).invalid()).isFalse();
    }

    @Test
    void the_jobs_do_not_change_what_is_written() throws Exception {
        List<Path> samples;
        try (var s = Files.list(Path.of("samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<String> all = List.of("text", "json", "junit", "sarif");
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        run(new AssessRun.Request(samples, false, null, List.of(), new LinkedHashSet<>(all), one, false, List.of(FailLevel.MUST_DECLARE), null,
                false, null, Path.of("."), 1, false, null, null, Lang.ZH, Optional.of(LocalDate.of(2026, 1, 15))));
        run(new AssessRun.Request(samples, false, null, List.of(), new LinkedHashSet<>(all), two, false, List.of(FailLevel.MUST_DECLARE), null,
                false, null, Path.of("."), 4, false, null, null, Lang.ZH, Optional.of(LocalDate.of(2026, 1, 15))));
        for (String file : List.of("csreview.txt", "csreview.json", "csreview.junit.xml", "csreview.sarif")) {
            assertThat(Files.readString(two.resolve(file))).as(file).isEqualTo(Files.readString(one.resolve(file)));
        }
    }

    @Test
    void each_sink_writes_the_same_bytes_to_a_file_as_to_standard_output() throws Exception {
        for (String format : List.of("text", "json", "junit", "sarif")) {
            out.getBuffer().setLength(0);
            run(request(List.of(US, NO_REVIEW), List.of(format), null, false, List.of(FailLevel.MUST_DECLARE), null));
            String streamed = out.toString();
            Path dir = tmp.resolve(format);
            run(request(List.of(US, NO_REVIEW), List.of(format), dir, false, List.of(FailLevel.MUST_DECLARE), null));
            try (var files = Files.list(dir)) {
                assertThat(Files.readString(files.findFirst().orElseThrow())).as(format).isEqualTo(streamed);
            }
        }
    }

    @Test
    void github_annotations_behind_another_format_come_at_the_end() throws Exception {
        run(request(List.of(US, NO_REVIEW), List.of("github"), null, false, List.of(), null));
        String streamed = out.toString();
        out.getBuffer().setLength(0);
        run(request(List.of(US, NO_REVIEW), List.of("text", "github"), null, false, List.of(), null));
        assertThat(out.toString()).as("all annotations after the text report").endsWith(streamed);
    }
}
