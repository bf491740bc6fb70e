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
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

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
            List.of("--date 应为 2000-01-01 至 2099-12-31 之间的日期（YYYY-MM-DD），而不是 '2024-13'", "migrate", "--date", "2024-13", "p.yaml"),
            List.of("--date 应为 2000-01-01 至 2099-12-31 之间的日期（YYYY-MM-DD），而不是 'x'", "interview", "--date", "x"),
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

    /**
     * A file name the JVM cannot make a path of, in any path option or parameter (picocli converts them before a
     * command runs): exit 2 and one line saying why, in the run's language, never picocli's "cannot convert …
     * (java.nio.file.InvalidPathException …)" with the usage after it. Under LANG=C a Chinese name is the usual case.
     */
    @Test
    void a_file_name_no_path_can_be_made_of_is_one_line_and_exit_2() throws Exception {
        for (String[] args : new String[][] {{"assess", "中文档案.yaml"}, {"assess", "--baseline", "基线.json", "p.yaml"}, {"diff", "甲.json", "乙.json"}}) {
            CliTest.Run c = inProcess(Map.of("LANG", "C"), List.of(), args);
            assertThat(c.code()).as(c.err()).isEqualTo(ExitCode.INVALID);
            assertThat(c.err()).startsWith("csreview: cannot make a file name of ").contains("LC_ALL=C.UTF-8")
                    .doesNotContain("InvalidPathException", "Usage:").hasLineCount(1);
        }
        CliTest.Run zh = inProcess(Map.of("LANG", "C"), List.of(), "--lang", "zh", "assess", "中文档案.yaml");
        assertThat(zh.err()).startsWith("csreview: 无法以本区域设置的字符集").hasLineCount(1);
        // Under UTF-8 only a NUL byte cannot be in a file name.
        for (String[] args : new String[][] {{"assess", "a\0b"}, {"assess", "--out", "a\0b", "p.yaml"}, {"portfolio", "--out", "x", "a\0b"}}) {
            CliTest.Run nul = CliTest.run(args);
            assertThat(nul.code()).isEqualTo(ExitCode.INVALID);
            assertThat(nul.err()).isEqualTo("csreview: cannot use \"a\\0b\" as a file name: it holds a character no file name can (a NUL byte)\n");
        }
        assertThat(CliTest.run("--lang", "zh", "assess", "a\0b").err()).startsWith("csreview: 无法将 \"a\\0b\" 用作文件名");
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
        assertThat(CliTest.run("--lang", "en", "timeline", "--submitted", "x").err()).isEqualTo("csreview: --submitted takes a date YYYY-MM-DD from 2000-01-01 to 2099-12-31, not 'x'\n");
        assertThat(CliTest.run("--lang", "zh", "questionnaires").out()).contains("  （默认）  ");
    }

    /**
     * Option values the converters refuse: the reason is csreview's, in the run's language (the --lang given anywhere,
     * as picocli's own words around it), exit 2. A value with a line break was English in Chinese output (the
     * patterns that translated these did not match across lines).
     */
    private static final List<List<String>> REFUSED = List.of(
            List.of("选项 '--jobs' 的值无效：'0' 至少应为 1", "Invalid value for option '--jobs': '0' must be at least 1", "--jobs", "0"),
            List.of("选项 '--jobs' 的值无效：'x' 不是整数", "Invalid value for option '--jobs': 'x' is not a whole number", "--jobs", "x"),
            List.of("选项 '--jobs' 的值无效：'0\n' 至少应为 1", "Invalid value for option '--jobs': '0\n' must be at least 1", "--jobs", "0\n"),
            List.of("选项 '--lang' 的值无效：'xx' 不是 csreview 支持的语言：zh 或 en",
                    "Invalid value for option '--lang': 'xx' is not a language csreview speaks: zh or en", "--lang", "xx"),
            List.of("选项 '--lang' 的值无效：'x\ny' 不是 csreview 支持的语言：zh 或 en",
                    "Invalid value for option '--lang': 'x\ny' is not a language csreview speaks: zh or en", "--lang", "x\ny"),
            List.of("选项 '--fail-on' 的值无效：'nonsense' 不是有效的级别（must-declare, cannot-tell, should-consider, late, none）",
                    "Invalid value for option '--fail-on' (LEVEL): 'nonsense' is not a level (must-declare, cannot-tell, should-consider, late, none)",
                    "--fail-on", "nonsense"),
            List.of("选项 '--fail-on' 的值无效：'must-declar' 不是有效的级别（must-declare, cannot-tell, should-consider, late, none）；您是否要输入 'must-declare'？",
                    "Invalid value for option '--fail-on' (LEVEL): 'must-declar' is not a level (must-declare, cannot-tell, should-consider, late, none); did you mean 'must-declare'?",
                    "--fail-on", "must-declar"));

    @Test
    void refused_option_values_are_told_in_the_language_of_lang() {
        for (List<String> refused : REFUSED) {
            String option = refused.get(2);
            String value = refused.get(3);
            for (Lang lang : Lang.values()) {
                String said = refused.get(lang == Lang.ZH ? 0 : 1);
                CliTest.Run r = CliTest.run("--lang", lang.name().toLowerCase(java.util.Locale.ROOT), "assess", "p.yaml", option, value);
                assertThat(r.code()).as(said).isEqualTo(ExitCode.INVALID);
                assertThat(r.err()).as(lang + " " + option).startsWith(said + "\n" + (lang == Lang.ZH ? "用法：" : "Usage: "));
            }
        }
    }

    /** A file that is not an assessment JSON (diff, --baseline): J001's reason is csreview's, in the run's language. */
    @Test
    void why_a_json_file_is_not_an_assessment_is_told_in_the_language_of_lang() throws java.io.IOException {
        java.nio.file.Path list = java.nio.file.Files.writeString(tmp.resolve("list.json"), "[]");
        java.nio.file.Path broken = java.nio.file.Files.writeString(tmp.resolve("broken.json"), "{\"schema\": ");
        assertThat(CliTest.run("diff", "--lang", "zh", list.toString(), list.toString()).err())
                .startsWith(list + ": error[J001] 不是评估 JSON 文件：不是评估 JSON 文档\n");
        assertThat(CliTest.run("diff", "--lang", "en", list.toString(), list.toString()).err())
                .startsWith(list + ": error[J001] not an assessment JSON file: not an assessment JSON document\n");
        // A syntax error is located like any input (file:line:column), in csreview's words, without the parser's "[Source: …]".
        assertThat(CliTest.run("diff", "--lang", "zh", broken.toString(), list.toString()).err())
                .isEqualTo(broken + ":1:12: error[J001] 不是评估 JSON 文件：JSON 未写完便已结束（文件是否被截断？）\n");
        assertThat(CliTest.run("diff", "--lang", "en", broken.toString(), list.toString()).err())
                .isEqualTo(broken + ":1:12: error[J001] not an assessment JSON file: the JSON ends before it is complete (is the file cut short?)\n");
        java.nio.file.Path garbled = java.nio.file.Files.writeString(tmp.resolve("garbled.json"), "{\n  \"schema\": nope }");
        assertThat(CliTest.run("diff", "--lang", "en", garbled.toString(), list.toString()).err())
                .isEqualTo(garbled + ":2:13: error[J001] not an assessment JSON file: not valid JSON here\n");
        CliTest.Run baseline = CliTest.run("assess", "--lang", "zh", "--baseline", list.toString(), "samples/us-listing-platform.yaml");
        assertThat(baseline.code()).isEqualTo(ExitCode.INVALID);
        assertThat(baseline.err()).isEqualTo(list + ": error[J001] 不是评估 JSON 文件：不是评估 JSON 文档\n");
        CliTest.Run truncated = CliTest.run("assess", "--lang", "en", "--baseline", broken.toString(), "samples/us-listing-platform.yaml");
        assertThat(truncated.code()).isEqualTo(ExitCode.INVALID);
        assertThat(truncated.err()).startsWith(broken + ":1:12: error[J001] not an assessment JSON file: the JSON ends before it is complete")
                .doesNotContain("Source", "Unexpected");
    }

    /** A user's template csreview refuses (T001): the reason is csreview's, in the run's language; the code stays. */
    @Test
    void why_a_template_is_refused_is_told_in_the_language_of_lang() throws java.io.IOException {
        java.nio.file.Path linkedOut = java.nio.file.Files.createDirectories(tmp.resolve("linked/en"));
        java.nio.file.Path linked = java.nio.file.Files.createSymbolicLink(linkedOut.resolve("00-index.md.peb"), java.nio.file.Path.of("/etc/hostname"));
        assertThat(refusedTemplate(linkedOut.getParent(), Lang.ZH)).isEqualTo(linked + ": error[T001] 不是模板文件夹中的普通文件（而是指向文件夹外的符号链接、设备或管道）\n");
        assertThat(refusedTemplate(linkedOut.getParent(), Lang.EN))
                .isEqualTo(linked + ": error[T001] not a regular file inside the templates folder (a symbolic link leading out of it, a device or a pipe)\n");
        java.nio.file.Path ranges = java.nio.file.Files.createDirectories(tmp.resolve("ranges/en"));
        java.nio.file.Path range = java.nio.file.Files.writeString(ranges.resolve("00-index.md.peb"), "{% for i in 0..5000 %}{% for j in 0..5000 %}{% endfor %}{% endfor %}x");
        assertThat(refusedTemplate(ranges.getParent(), Lang.ZH)).isEqualTo(range + ":1: error[T001] range() 将生成 5001 个数字；一个模板总共至多可生成 1000000 个数字\n");
        assertThat(refusedTemplate(ranges.getParent(), Lang.EN))
                .isEqualTo(range + ":1: error[T001] range() would make 5001 numbers; a template may make at most 1000000 in all\n");
    }

    /** What a package with the templates in {@code folder} prints, exit 2. */
    private String refusedTemplate(java.nio.file.Path folder, Lang lang) {
        CliTest.Run r = CliTest.run("assess", "--lang", lang.name().toLowerCase(java.util.Locale.ROOT), "--out", tmp.resolve("out").toString(),
                "--formats", "md", "--doc-lang", "en", "--templates", folder.toString(), "--date", "2026-01-15", "samples/us-listing-platform.yaml");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INVALID);
        return r.err();
    }

    /** A firm's reference .docx that inflates past the bound (B004): the reason is csreview's, in the run's language. */
    @Test
    void why_a_reference_docx_is_refused_is_told_in_the_language_of_lang() throws java.io.IOException {
        java.nio.file.Path bomb = tmp.resolve("bomb.docx");
        try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] spaces = " ".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i < 65; i++) {
                zip.write(spaces);
            }
        }
        for (Lang lang : Lang.values()) {
            CliTest.Run r = CliTest.run("assess", "--lang", lang.name().toLowerCase(java.util.Locale.ROOT), "--out", tmp.resolve("out").toString(),
                    "--formats", "docx", "--reference-docx", bomb.toString(), "--date", "2026-01-15", "samples/us-listing-platform.yaml");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INVALID);
            assertThat(r.err()).contains("error[B004]", lang == Lang.ZH ? "：不是 zip 文件（解压后超过 64 MiB）\n" : ": not a zip file (it inflates to more than 64 MiB)\n");
        }
    }
}
