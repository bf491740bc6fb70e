package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.questionnaire.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** --help and usage errors follow --lang and the locale: Chinese complete, English as it was. */
class HelpLanguageTest {
    /** Today's English help of every command, as printed before the Chinese bundle existed. */
    static final Path ENGLISH = Path.of("src/test/resources/help/en.txt");

    private static List<String> commands() {
        List<String> names = new ArrayList<>();
        names.add("");
        names.addAll(Main.SUBCOMMANDS.keySet());
        return names;
    }

    /** Every command of the tree, the root first, with the Chinese bundle as {@code --lang zh} gives it. */
    private static List<CommandSpec> chineseSpecs() {
        return specs(Lang.ZH);
    }

    private static List<CommandSpec> specs(Lang lang) {
        CommandLine root = Main.commandLine(null);
        root.setResourceBundle(HelpLanguage.bundle(lang));
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(root.getCommandSpec());
        root.getSubcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
        return specs;
    }

    private static boolean chinese(String[] lines) {
        return String.join("", lines).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static List<ArgSpec> args(CommandSpec spec) {
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        return args;
    }

    @Test
    void every_description_of_every_command_has_a_chinese_text() {
        List<String> english = new ArrayList<>();
        for (CommandSpec spec : chineseSpecs()) {
            String[] about = spec.usageMessage().description().length > 0 ? spec.usageMessage().description() : spec.usageMessage().header();
            if (!chinese(about)) {
                english.add(spec.qualifiedName() + ": " + String.join(" ", about));
            }
            for (ArgSpec arg : args(spec)) {
                if (!arg.hidden() && !chinese(arg.description())) {
                    english.add(spec.qualifiedName() + " " + name(arg) + ": " + String.join(" ", arg.description()));
                }
            }
        }
        assertThat(english).as("descriptions without a Chinese text in help_zh.properties").isEmpty();
    }

    @Test
    void every_command_and_option_has_an_english_text_and_chinese_has_as_many_lines() {
        for (CommandSpec spec : specs(Lang.EN)) {
            assertThat(spec.usageMessage().description().length + spec.usageMessage().header().length).as(spec.qualifiedName()).isPositive();
            for (ArgSpec arg : args(spec)) {
                assertThat(arg.description()).as(spec.qualifiedName() + " " + name(arg)).isNotEmpty();
            }
        }
        // Picocli joins key, key.0, key.1 … across the parent bundle: a line count differing between them mixes languages.
        ResourceBundle en = HelpLanguage.bundle(Lang.EN);
        ResourceBundle zh = HelpLanguage.chinese();
        for (String key : Collections.list(zh.getKeys())) {
            String base = key.replaceFirst("\\.\\d+$", "");
            long zhLines = Collections.list(zh.getKeys()).stream().filter(k -> k.equals(base) || k.matches(java.util.regex.Pattern.quote(base) + "\\.\\d+")).count();
            long enLines = en.keySet().stream().filter(k -> k.equals(base) || k.matches(java.util.regex.Pattern.quote(base) + "\\.\\d+")).count();
            if (enLines > 0) {
                assertThat(zhLines).as(base).isEqualTo(enLines);
            }
        }
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : ((PositionalParamSpec) arg).paramLabel();
    }

    @Test
    void every_key_of_the_chinese_bundle_is_one_picocli_looks_up() {
        Set<String> known = new HashSet<>();
        for (CommandSpec spec : chineseSpecs()) {
            String q = spec.qualifiedName(".");
            for (String section : List.of("usage.description", "usage.header", "usage.exitCodeList", "usage.exitCodeListHeading")) {
                known.add(q + "." + section);
            }
            for (ArgSpec arg : args(spec)) {
                List<String> keys = new ArrayList<>();
                if (arg instanceof OptionSpec o) {
                    for (String n : o.names()) {
                        keys.add(n.replaceFirst("^-+", ""));
                    }
                    if (o.descriptionKey() != null) {
                        keys.add(o.descriptionKey());
                    }
                } else {
                    PositionalParamSpec p = (PositionalParamSpec) arg;
                    keys.add(p.paramLabel() + "[" + p.index() + "]");
                }
                keys.forEach(k -> {
                    known.add(k);
                    known.add(q + "." + k);
                });
            }
        }
        ResourceBundle bundle = HelpLanguage.chinese();
        List<String> stray = new ArrayList<>();
        for (String key : Collections.list(bundle.getKeys())) {
            String base = key.replaceFirst("\\.\\d+$", "");
            if (!key.startsWith("error.") && !key.startsWith("usage.") && !known.contains(base)) {
                stray.add(key);
            }
        }
        assertThat(stray).as("keys no command or option has (a typo is English help)").isEmpty();
    }

    @Test
    void lang_zh_prints_every_command_help_in_chinese_before_or_after_the_command() {
        for (CommandSpec spec : chineseSpecs()) {
            String name = spec.parent() == null ? "" : spec.name();
            CliTest.Run before = run("--lang", "zh", name, "--help");
            CliTest.Run after = run(name, "--help", "--lang=zh");
            assertThat(before.code()).as(name).isZero();
            assertThat(before.out()).as(name).contains("用法：csreview").isEqualTo(after.out());
            for (ArgSpec arg : args(spec)) {
                if (!arg.hidden() && arg.description().length > 0) {
                    String start = arg.description()[0];
                    assertThat(before.out()).as(name + " " + name(arg)).contains(start.substring(0, Math.min(8, start.length())));
                }
            }
        }
    }

    private static CliTest.Run run(String... args) {
        return CliTest.run(java.util.Arrays.stream(args).filter(a -> !a.isEmpty()).toArray(String[]::new));
    }

    /**
     * The top-level --help lists each command with its summary (its header, else its description's first line):
     * every one a whole sentence in both languages, not a line cut where the description wraps.
     */
    @Test
    void every_command_summary_is_a_whole_sentence_in_both_languages() {
        for (Lang lang : Lang.values()) {
            List<CommandSpec> specs = specs(lang);
            for (CommandSpec spec : specs.subList(1, specs.size())) {
                String[] header = spec.usageMessage().header();
                String[] description = spec.usageMessage().description();
                String summary = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
                assertThat(summary.replace("%n", "").strip()).as(lang + " " + spec.name()).isNotEmpty().matches("(?s).*[.!?。！？]");
            }
            String printed = run("--lang", lang.name().toLowerCase(Locale.ROOT), "--help").out();
            String commands = printed.substring(printed.indexOf(lang == Lang.ZH ? "命令：" : "Commands:"));
            commands = commands.substring(commands.indexOf('\n') + 1, commands.indexOf("\n\n"));
            // A summary wraps onto lines indented under it; joined, each must end as a sentence does.
            for (String entry : commands.split("\n(?=  \\S)")) {
                assertThat(entry.strip()).as(lang + " --help").matches("(?s).*[.!?。！？]");
            }
        }
    }

    @Test
    void lang_en_prints_the_english_help_as_before() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String name : commands()) {
            all.append("## csreview ").append(name).append(" --help\n").append(run("--lang", "en", name, "--help").out());
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(ENGLISH, all, StandardCharsets.UTF_8);
        }
        assertThat(all.toString()).isEqualTo(Files.readString(ENGLISH, StandardCharsets.UTF_8));
    }

    @Test
    void usage_errors_follow_the_language() {
        CliTest.Run unknown = run("--lang", "zh", "assess", "--bogus", "p.yaml");
        assertThat(unknown.code()).isEqualTo(ExitCode.INVALID);
        assertThat(unknown.err()).startsWith("未知选项：'--bogus'\n用法：csreview assess");
        assertThat(run("assess", "--lang", "zh", "--jobs", "x", "p.yaml").err()).startsWith("选项 '--jobs' 的值无效：'x' 不是整数\n");
        assertThat(run("--lang", "zh", "assess", "--fail-on", "late,nope", "p.yaml").err())
                .startsWith("选项 '--fail-on' 的值无效：'nope' 不是有效的级别（must-declare, cannot-tell, should-consider, late, none）；您是否要输入 'none'？\n");
        assertThat(run("--lang", "zh", "asess").err()).isEqualTo("多余的参数：'asess'\n您是否要输入：csreview assess 或 csreview questionnaires？\n");
        assertThat(run("--lang", "zh", "assess", "--jobs").err()).startsWith("选项 '--jobs' 缺少值（N）\n");

        CliTest.Run english = run("--lang", "en", "assess", "--bogus", "p.yaml");
        assertThat(english.code()).isEqualTo(ExitCode.INVALID);
        assertThat(english.err()).startsWith("Unknown option: '--bogus'\nUsage: csreview assess");
    }

    @Test
    void options_before_the_command_reach_it() {
        String sample = "samples/us-listing-platform.yaml";
        CliTest.Run before = run("--lang", "zh", "--debug", "assess", sample);
        assertThat(before.out()).isEqualTo(run("assess", "--lang", "zh", "--debug", sample).out()).contains("审查情形");
        assertThat(run("--lang", "zh", "schema", "profile").code()).isZero();
        assertThat(run("--lang", "zh", "help", "assess").out()).contains("用法：csreview assess"); // help takes no --lang: dropped
        assertThat(run("--lang", "zh").err()).startsWith("用法：csreview");
        assertThat(run("--lang", "xx", "assess", sample).err()).startsWith("Invalid value for option '--lang': 'xx' is not a language");
    }

    @Test
    void the_language_is_the_last_lang_else_lc_all_lc_messages_lang_else_the_jvm() {
        Map<String, String> none = Map.of();
        assertThat(HelpLanguage.of(new String[] {"assess", "--lang", "zh-CN"}, none, Locale.ENGLISH)).isEqualTo(Lang.ZH);
        assertThat(HelpLanguage.of(new String[] {"--lang=zh", "assess", "--lang=en"}, none, Locale.ENGLISH)).isEqualTo(Lang.EN);
        assertThat(HelpLanguage.of(new String[] {"assess", "--", "--lang", "zh"}, none, Locale.ENGLISH)).isEqualTo(Lang.EN);
        assertThat(HelpLanguage.of(new String[] {"--lang", "xx"}, Map.of("LANG", "zh_CN.UTF-8"), Locale.ENGLISH)).isEqualTo(Lang.ZH);
        assertThat(HelpLanguage.of(new String[] {"--lang", "en"}, Map.of("LANG", "zh_CN.UTF-8"), Locale.ENGLISH)).isEqualTo(Lang.EN);

        assertThat(HelpLanguage.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8"), Locale.US)).isEqualTo(Lang.ZH);
        assertThat(HelpLanguage.fromEnvironment(Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8"), Locale.US)).isEqualTo(Lang.EN);
        assertThat(HelpLanguage.fromEnvironment(Map.of("LC_ALL", "", "LC_MESSAGES", "zh_TW.UTF-8", "LANG", "C"), Locale.US)).isEqualTo(Lang.ZH);
        assertThat(HelpLanguage.fromEnvironment(Map.of("LANG", "C.UTF-8"), Locale.CHINA)).isEqualTo(Lang.EN);
        assertThat(HelpLanguage.fromEnvironment(none, Locale.CHINA)).isEqualTo(Lang.ZH);
        assertThat(HelpLanguage.fromEnvironment(none, Locale.US)).isEqualTo(Lang.EN);
    }
}
