package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion scripts for bash, zsh and fish and the manual pages, run in the real shells and man where present. */
class ShellFilesTest {
    @TempDir
    static Path tmp;

    private static Path share;

    @BeforeAll
    static void write() throws IOException {
        ShellFiles.write(tmp);
        share = tmp.resolve("share");
    }

    record Out(int code, String text) {}

    private static Out sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Out(p.exitValue(), text);
    }

    private static boolean has(String program) {
        return Files.isExecutable(Path.of("/usr/bin", program)) || Files.isExecutable(Path.of("/bin", program));
    }

    /** What bash completes after {@code words} (the last one being typed). */
    private static String bashCompletes(String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append('\'');
        }
        return sh("bash", "-c", "source '" + share.resolve("bash-completion/completions/csreview") + "'; COMP_WORDS=(" + array
                + "); COMP_CWORD=" + (words.length - 1) + "; _complete_csreview 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"").text();
    }

    @Test
    void bash_registers_the_completion_and_offers_subcommands_formats_and_questionnaire_ids() throws Exception {
        Assumptions.assumeTrue(has("bash"));
        Out registered = sh("bash", "-c", "source '" + share.resolve("bash-completion/completions/csreview") + "'; complete -p csreview");
        assertThat(registered.code()).as(registered.text()).isZero();
        assertThat(registered.text()).contains("-F _complete_csreview csreview");
        assertThat(bashCompletes("csreview", "")).contains("assess", "interview", "diff", "completion");
        assertThat(bashCompletes("csreview", "assess", "--format", "").lines().toList()).containsExactlyInAnyOrder("text", "json", "junit", "sarif", "github");
        assertThat(bashCompletes("csreview", "assess", "--formats", "").lines().toList()).containsExactlyInAnyOrder("md", "html", "docx", "pdf");
        assertThat(bashCompletes("csreview", "interview", "--questionnaire", "")).contains("cybersecurity-review-2022");
        assertThat(bashCompletes("csreview", "completion", "")).contains("bash", "zsh", "fish");
    }

    @Test
    void no_two_options_of_a_command_share_a_candidate_list_in_the_bash_script() {
        // picocli names each list after the option's parameter label: two options with one label (--format and
        // --formats were both FORMAT) silently complete one with the other's values.
        Matcher m = Pattern.compile("function (_picocli_\\w+)\\(\\) \\{(.*?)\\n}", Pattern.DOTALL).matcher(ShellCompletion.bash());
        int functions = 0;
        while (m.find()) {
            functions++;
            Set<String> seen = new HashSet<>();
            Matcher v = Pattern.compile("local (\\w+_option_args)=").matcher(m.group(2));
            while (v.find()) {
                assertThat(seen.add(v.group(1))).as("%s declares %s twice", m.group(1), v.group(1)).isTrue();
            }
        }
        assertThat(functions).isGreaterThan(5);
    }

    @Test
    void zsh_autoloads_the_function_file() throws Exception {
        Assumptions.assumeTrue(has("zsh"));
        Path file = share.resolve("zsh/site-functions/_csreview");
        assertThat(Files.readString(file)).startsWith("#compdef csreview\n");
        assertThat(sh("zsh", "-n", file.toString()).code()).isZero();
        Out comps = sh("zsh", "-f", "-c", "fpath=('" + file.getParent() + "' $fpath); autoload -U compinit; compinit -u -d '" + tmp.resolve("zcomp")
                + "'; print -r -- ${_comps[csreview]}");
        assertThat(comps.text().strip()).isEqualTo("_csreview");
        Out sourced = sh("zsh", "-f", "-c", "autoload -U compinit; compinit -u -d '" + tmp.resolve("zcomp2") + "'; source '" + file + "'; print -r -- ${_comps[csreview]}");
        assertThat(sourced.text()).as("sourcing from .zshrc works too").contains("_complete_csreview");
    }

    @Test
    void fish_completes_subcommands_and_option_values() throws Exception {
        Assumptions.assumeTrue(has("fish"));
        Path file = share.resolve("fish/vendor_completions.d/csreview.fish");
        assertThat(sh("fish", "-n", file.toString()).code()).isZero();
        Out formats = sh("fish", "-c", "source '" + file + "'; complete -C 'csreview assess --format '");
        assertThat(formats.text().lines().map(l -> l.split("\t")[0]).toList()).containsExactlyInAnyOrder("text", "json", "junit", "sarif", "github");
        Out subs = sh("fish", "-c", "source '" + file + "'; complete -C 'csreview '");
        assertThat(subs.text()).contains("assess\t", "interview\t", "completion\t");
    }

    @Test
    void the_manual_names_every_subcommand_and_each_has_a_page() throws Exception {
        Path man1 = share.resolve("man/man1");
        List<String> subcommands = new ArrayList<>(Main.SUBCOMMANDS.keySet());
        subcommands.remove("help");
        for (String sub : subcommands) {
            assertThat(man1.resolve("csreview-" + sub + ".1")).exists();
        }
        Assumptions.assumeTrue(has("man"));
        ProcessBuilder pb = new ProcessBuilder("man", "-l", man1.resolve("csreview.1").toString()).redirectErrorStream(true);
        pb.environment().putAll(Map.of("MANWIDTH", "100", "MANPAGER", "cat", "PAGER", "cat"));
        Process p = pb.start();
        String page = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(page).contains("NAME", "SYNOPSIS", "COMMANDS", "EXIT STATUS");
        for (String sub : subcommands) {
            assertThat(page).as(sub).containsPattern("(?m)^ {7}" + Pattern.quote(sub) + "\\b");
        }
        Out assess = sh("man", "-l", man1.resolve("csreview-assess.1").toString());
        assertThat(assess.text()).contains("--fail-on", "--baseline", "PROFILE");
    }

    @Test
    void completion_command_prints_each_script_and_refuses_another_shell() {
        for (String shell : ShellCompletion.SHELLS) {
            CliTest.Run r = CliTest.run("completion", shell);
            assertThat(r.code()).as(shell).isZero();
            assertThat(r.out()).as(shell).contains("csreview");
        }
        CliTest.Run bad = CliTest.run("completion", "tcsh");
        assertThat(bad.code()).isEqualTo(ExitCode.INVALID);
        assertThat(bad.err()).contains("bash, zsh or fish");
    }
}
