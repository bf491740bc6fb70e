package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.questionnaire.Lang;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The commands' own messages: the same keys and arguments in both languages, and the language the run asked for. */
class CliMessagesTest {
    private static ResourceBundle bundle(Lang lang) {
        return HelpLanguage.bundle("dev.csreview.cli.messages", lang);
    }

    private static java.util.Properties file(String name) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = CliMessagesTest.class.getResourceAsStream("/dev/csreview/cli/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void both_languages_have_every_message_with_the_same_arguments() throws java.io.IOException {
        ResourceBundle en = bundle(Lang.EN);
        ResourceBundle zh = bundle(Lang.ZH);
        Set<String> keys = new TreeSet<>(Collections.list(en.getKeys()));
        assertThat(new TreeSet<>(file("messages_zh.properties").stringPropertyNames())).as("no key left to the English parent").isEqualTo(keys);
        for (String key : keys) {
            assertThat(arguments(zh.getString(key))).as(key).isEqualTo(arguments(en.getString(key)));
            // A lone quote would swallow the argument after it (MessageFormat): every argument must show.
            for (Lang lang : Lang.values()) {
                String said = CliMessages.get(lang, key, "A0", "A1", "A2", "A3", "A4", "A5");
                arguments(en.getString(key)).forEach(a -> assertThat(said).as(lang + " " + key).contains("A" + a.charAt(1)));
            }
        }
    }

    /** Usage mistakes found by the commands and their option mixins, with the Chinese each must say. */
    private static final List<List<String>> MISTAKES = List.of(
            List.of("completion 没有 'tcsh' 的补全脚本", "completion", "tcsh"),
            List.of("schema 可取 'questionnaire' 或 'profile'，而不是 'xml'", "schema", "xml"),
            List.of("--doc-lang 可取 zh、en 或 both，而不是 'fr'", "assess", "--out", "never-written", "--doc-lang", "fr", "p.yaml"),
            List.of("未知的文档格式 'odt'", "portfolio", "--out", "never-written", "--formats", "odt", "p.yaml"),
            List.of("--date 的格式为 YYYY-MM-DD，而不是 '2024-13'", "migrate", "--date", "2024-13", "p.yaml"),
            List.of("--date 的格式为 YYYY-MM-DD，而不是 'x'", "interview", "--date", "x"),
            List.of("--templates 须指定模板文件夹", "interview", "--templates", "pom.xml"));

    @Test
    void usage_mistakes_are_told_in_the_language_of_lang() {
        for (List<String> mistake : MISTAKES) {
            List<String> args = new java.util.ArrayList<>(mistake.subList(1, mistake.size()));
            CliTest.Run zh = CliTest.run(java.util.stream.Stream.concat(java.util.stream.Stream.of("--lang", "zh"), args.stream()).toArray(String[]::new));
            String said = mistake.get(0).replaceFirst("^(completion|schema) ", "");
            assertThat(zh.code()).as(args.toString()).isEqualTo(ExitCode.INVALID);
            assertThat(zh.err()).as(args.toString()).startsWith("csreview: ").contains(said);
            args.add(1, "--lang=en");
            CliTest.Run en = CliTest.run(args.toArray(String[]::new));
            assertThat(en.err()).as(args.toString()).startsWith("csreview: ").doesNotContainPattern("\\p{IsHan}");
        }
    }

    /** The environment's language, as a user's shell sets it: a process of its own, since a JVM cannot change its own. */
    @Test
    void without_lang_the_locale_of_the_environment_decides() throws Exception {
        for (String[] args : new String[][] {{"completion", "tcsh"}, {"schema", "xml"}, {"assess", "--out", "never-written", "--doc-lang", "fr", "p.yaml"}}) {
            CliTest.Run zh = inProcess(Map.of("LANG", "zh_CN.UTF-8"), List.of(), args);
            assertThat(zh.code()).isEqualTo(ExitCode.INVALID);
            assertThat(zh.err()).as(String.join(" ", args)).startsWith("csreview: ").containsPattern("\\p{IsHan}");
            assertThat(inProcess(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C.UTF-8"), List.of(), args).err()).as(String.join(" ", args))
                    .startsWith("csreview: ").doesNotContainPattern("\\p{IsHan}");
        }
    }

    /** --lang en on a JVM whose own locale is Chinese: report labels and diagnostics stay English (they did not). */
    @Test
    void lang_en_is_english_on_a_chinese_jvm() throws Exception {
        List<String> chineseJvm = List.of("-Duser.language=zh", "-Duser.country=CN");
        CliTest.Run report = inProcess(Map.of(), chineseJvm, "assess", "--lang", "en", "samples/us-listing-platform.yaml");
        assertThat(report.out()).contains("Profile: ", "Review routes").doesNotContain("档案", "审查情形", "依据");
        CliTest.Run invalid = inProcess(Map.of(), chineseJvm, "validate", "--lang", "en", "src/test/resources/hostile/profile/03-not-yes-no.yaml");
        assertThat(invalid.err()).contains("error[").doesNotContainPattern("\\p{IsHan}");
        CliTest.Run chinese = inProcess(Map.of(), List.of("-Duser.language=en"), "assess", "--lang", "zh", "samples/us-listing-platform.yaml");
        assertThat(chinese.out()).contains("档案", "审查情形");
    }

    private static CliTest.Run inProcess(Map<String, String> env, List<String> jvm, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.csreview.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        pb.environment().putAll(env);
        Process p = pb.start();
        var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        String err = read(p.getErrorStream());
        return new CliTest.Run(p.waitFor(), out.join(), err);
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An expression a questionnaire may not use is named in the reader's language (E005 said it in English). */
    @Test
    void a_refused_expression_is_named_in_chinese() {
        CliTest.Run zh = CliTest.run("validate", "--lang", "zh", "src/test/resources/hostile/questionnaire/e005-null-coalescing.yaml");
        assertThat(zh.err()).contains("error[E005] 表达式中不允许：运算符“??”");
        CliTest.Run en = CliTest.run("validate", "--lang", "en", "src/test/resources/hostile/questionnaire/e005-null-coalescing.yaml");
        assertThat(en.err()).contains("error[E005] not allowed in an expression: the operator '??'");
    }

    @Test
    void a_command_speaks_the_language_of_the_run() {
        assertThat(CliTest.run("timeline", "--lang", "zh").err()).isEqualTo("csreview: timeline 需要 PROFILE 或 --submitted YYYY-MM-DD\n");
        assertThat(CliTest.run("timeline", "--lang", "en").err()).isEqualTo("csreview: timeline needs a PROFILE or --submitted YYYY-MM-DD\n");
        assertThat(CliTest.run("--lang", "en", "timeline", "--submitted", "x").err()).isEqualTo("csreview: --submitted takes YYYY-MM-DD, not 'x'\n");
        assertThat(CliTest.run("--lang", "zh", "questionnaires").out()).contains("  （默认）  ");
    }
}
