package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the exit code of every --fail-on level, with and without a baseline and waivers. */
class ExitCodeMatrixTest {
    @TempDir
    static Path tmp;

    static final String MUST = "name: A\nflagged: yes\ncount_a: 500\ncount_b: 1\ncolour: red\nsince: 2010-01-01\n";
    static final String UNKNOWN = "name: A\nflagged: unknown\ncount_a: 500\ncount_b: 1\ncolour: blue\n";
    static final String NOT = "name: A\nflagged: no\ncount_a: 5\ncount_b: 1\ncolour: blue\n";

    /** profile, fail-on, setting, expected exit code. */
    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        String[][] table = {
            // profile, fail-on,          plain, baseline-same, baseline-was-not, waiver, expired-waiver
            {"MUST", "none", "0", "0", "0", "0", "1"},
            {"MUST", "must-declare", "1", "1", "1", "0", "1"},
            {"MUST", "cannot-tell", "1", "1", "1", "0", "1"},
            {"MUST", "should-consider", "1", "1", "1", "0", "1"},
            {"UNKNOWN", "none", "0", "0", "0", "0", "1"},
            {"UNKNOWN", "must-declare", "0", "0", "0", "0", "1"},
            {"UNKNOWN", "cannot-tell", "1", "1", "1", "0", "1"},
            {"UNKNOWN", "should-consider", "1", "1", "1", "0", "1"},
            {"NOT", "none", "0", "0", "0", "0", "0"},
            {"NOT", "must-declare", "0", "0", "0", "0", "0"},
            {"NOT", "cannot-tell", "0", "0", "0", "0", "0"},
            {"NOT", "should-consider", "0", "0", "0", "0", "0"},
        };
        String[] settings = {"plain", "baseline-same", "baseline-was-not", "waiver", "expired-waiver"};
        for (String[] row : table) {
            for (int i = 0; i < settings.length; i++) {
                rows.add(Arguments.of(row[0], row[1], settings[i], Integer.parseInt(row[2 + i])));
            }
        }
        // --fail-on-changes: only what got worse counts.
        rows.add(Arguments.of("MUST", "must-declare", "changes-same", 0));
        rows.add(Arguments.of("MUST", "must-declare", "changes-was-not", 1));
        rows.add(Arguments.of("UNKNOWN", "cannot-tell", "changes-was-not", 1));
        rows.add(Arguments.of("UNKNOWN", "must-declare", "changes-was-not", 0));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} --fail-on {1} [{2}] → {3}")
    @MethodSource("matrix")
    void exit_code(String profileName, String failOn, String setting, int expected) throws IOException {
        Path q = tmp.resolve("feature.yaml");
        if (!Files.exists(q)) {
            Files.write(q, dev.csreview.Fixtures.resource("/fixtures/feature.yaml"));
        }
        String answers = switch (profileName) {
            case "MUST" -> MUST;
            case "UNKNOWN" -> UNKNOWN;
            default -> NOT;
        };
        Path profile = Files.createTempFile(tmp, profileName, ".yaml");
        Files.writeString(profile, "questionnaire: feature-test\nanswers:\n" + answers.indent(2));
        List<String> args = new ArrayList<>(List.of("assess", "--questionnaire", q.toString(), "--fail-on", failOn, "--date", "2026-06-01"));
        switch (setting) {
            case "baseline-same", "changes-same" -> args.addAll(List.of("--baseline", baseline(q, profile, answers).toString()));
            case "baseline-was-not", "changes-was-not" -> args.addAll(List.of("--baseline", baseline(q, profile, NOT).toString()));
            case "waiver" -> args.addAll(List.of("--waivers", waivers(profile, "2026-12-31").toString()));
            case "expired-waiver" -> args.addAll(List.of("--waivers", waivers(profile, "2026-05-31").toString()));
            default -> { }
        }
        if (setting.startsWith("changes-")) {
            args.add("--fail-on-changes");
        }
        args.add(profile.toString());
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(expected);
        if (setting.equals("expired-waiver") && expected == 1) {
            assertThat(err.toString()).contains("expired on 2026-05-31");
        }
    }

    /** The assessment JSON of {@code answers}, recorded under the profile's name. */
    private static Path baseline(Path q, Path profile, String answers) throws IOException {
        String original = Files.readString(profile);
        Files.writeString(profile, "questionnaire: feature-test\nanswers:\n" + answers.indent(2));
        StringWriter out = new StringWriter();
        Main.run(new String[] {"assess", "--questionnaire", q.toString(), "--format", "json", profile.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        Files.writeString(profile, original);
        Path json = Files.createTempFile(tmp, "baseline", ".json");
        Files.writeString(json, out.toString());
        return json;
    }

    /** Waives every route that could fire, for this profile. */
    private static Path waivers(Path profile, String expires) throws IOException {
        Path w = Files.createTempFile(tmp, "waivers", ".yaml");
        Files.writeString(w, "waivers:\n  - id: route:route\n    profile: " + profile + "\n    reason: filed, awaiting the Office\n    owner: legal\n    expires: " + expires + "\n");
        return w;
    }
}
