package dev.csreview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action (action.yml) and the GitLab template (ci/csreview.gitlab-ci.yml) run with a local shell: each
 * `run` step or script line as the runner would run it, inputs and variables substituted, on a copy of the samples.
 * The `uses` steps are the runner's own (setup-java: this JDK; upload-sarif: its file must be there).
 */
class CiTemplatesIT {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern EXPR = Pattern.compile("\\$\\{\\{\\s*([a-z.\\-]+)\\s*}}");

    record Ran(int code, String out) {}

    private static Ran bash(String script, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-eo", "pipefail", "-c", script).directory(dir.toFile()).redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("ended: %s", out).isTrue();
        return new Ran(p.exitValue(), out);
    }

    private static Path workspace(Path tmp) throws IOException {
        Path ws = Files.createDirectories(tmp.resolve("workspace/compliance"));
        try (var s = Files.list(ROOT.resolve("samples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, ws.resolve(p.getFileName()));
            }
        }
        return ws.getParent();
    }

    /** ${{ inputs.x }} and ${{ steps.id.outputs.y }} as the runner fills them in. */
    private static String fill(String text, Map<String, String> inputs, Map<String, String> outputs) {
        Matcher m = EXPR.matcher(text);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.startsWith("inputs.") ? inputs.get(name.substring(7))
                    : name.startsWith("steps.") ? outputs.get(name.substring(name.lastIndexOf('.') + 1)) : null;
            assertThat(value).as("expression %s", name).isNotNull();
            m.appendReplacement(s, Matcher.quoteReplacement(value));
        }
        return m.appendTail(s).toString();
    }

    @Test
    void the_github_action_installs_assesses_and_leaves_sarif_for_upload(@TempDir Path tmp) throws Exception {
        JsonNode action = YAML.readTree(ROOT.resolve("action.yml").toFile());
        assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
        Map<String, String> inputs = new HashMap<>();
        action.get("inputs").fields().forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().path("default").asText()));
        inputs.put("paths", "compliance/");
        Path ws = workspace(tmp);
        // As the README lays it out: the waivers beside the profiles, in the folder assessed (not read as a profile).
        Files.writeString(ws.resolve("compliance/waivers.yaml"), """
                waivers:
                  - id: route:art7_listing_abroad
                    profile: compliance/us-listing-platform.yaml
                    reason: declared
                    owner: legal@example.com
                    expires: 2099-01-01
                """);
        inputs.put("waivers", "compliance/waivers.yaml");
        Path githubOutput = tmp.resolve("github_output");
        Map<String, String> outputs = new HashMap<>();
        Ran assess = null;
        boolean uploaded = false;
        for (JsonNode step : action.at("/runs/steps")) {
            if (step.has("uses")) {
                String uses = step.get("uses").asText();
                if (uses.startsWith("github/codeql-action/upload-sarif")) {
                    Path sarif = ws.resolve(fill(step.at("/with/sarif_file").asText(), inputs, outputs));
                    assertThat(sarif).as("the file the upload step names").exists();
                    assertThat(Files.readString(sarif)).contains("\"uriBaseId\" : \"SRCROOT\"", "compliance/");
                    uploaded = true;
                } else {
                    assertThat(uses).startsWith("actions/setup-java@");
                }
                continue;
            }
            assertThat(step.get("shell").asText()).isEqualTo("bash");
            Map<String, String> env = new HashMap<>(Map.of("GITHUB_ACTION_PATH", ROOT.toString(), "GITHUB_OUTPUT", githubOutput.toString(),
                    "RUNNER_TEMP", tmp.toString(), "GITHUB_WORKSPACE", ws.toString()));
            step.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), fill(e.getValue().asText(), inputs, outputs)));
            Ran r = bash(fill(step.get("run").asText(), inputs, outputs), ws, env);
            if (Files.exists(githubOutput)) {
                for (String line : Files.readAllLines(githubOutput)) {
                    outputs.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                }
            }
            if (step.path("name").asText().equals("Assess")) {
                assess = r;
            } else {
                assertThat(r.code()).as("%s: %s", step.path("name").asText(), r.out()).isZero();
            }
        }
        assertThat(outputs.get("csreview")).isEqualTo(tmp.resolve("csreview/bin/csreview").toString());
        assertThat(assess).isNotNull();
        assertThat(assess.code()).as("fail-on must-declare, and a sample must declare: %s", assess.out()).isEqualTo(1);
        assertThat(assess.out()).contains("::error file=compliance/").doesNotContain("waivers.yaml:");
        for (String report : List.of("csreview.json", "csreview.junit.xml", "csreview.sarif")) {
            assertThat(ws.resolve("csreview-out").resolve(report)).exists();
        }
        assertThat(uploaded).isTrue();
    }

    @Test
    void the_gitlab_template_installs_and_assesses_with_its_variables(@TempDir Path tmp) throws Exception {
        JsonNode job = YAML.readTree(ROOT.resolve("ci/csreview.gitlab-ci.yml").toFile()).get(".csreview");
        Map<String, String> env = new HashMap<>();
        job.get("variables").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        // What a project's job sets when it extends .csreview.
        env.putAll(Map.of("CSREVIEW_HOME", ROOT.toString(), "CSREVIEW_PATHS", "compliance/*.yaml", "PREFIX", tmp.resolve("prefix").toString()));
        Path ws = workspace(tmp);
        // The glob names the waivers beside the profiles too: still read as waivers only.
        Files.writeString(ws.resolve("compliance/waivers.yaml"), "waivers: []\n");
        env.put("CSREVIEW_WAIVERS", "compliance/waivers.yaml");
        StringBuilder script = new StringBuilder();
        job.get("script").forEach(line -> script.append(line.asText()).append('\n'));
        Ran r = bash(script.toString(), ws, env);
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("waivers.yaml:");
        String junit = job.at("/artifacts/reports/junit").asText().replace("$CSREVIEW_OUTPUT_DIR", env.get("CSREVIEW_OUTPUT_DIR"));
        assertThat(ws.resolve(junit)).exists();
        assertThat(Files.readString(ws.resolve(junit))).contains("<testsuite");
        assertThat(tmp.resolve("prefix/bin/csreview")).exists();
    }
}
