package dev.csreview.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.questionnaire.Lang;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every catalogue of csreview's words has each key in both languages, with the same placeholders. */
class CataloguesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** Messages whose arguments carry a text in each language, of which each language shows its own. */
    private static final Set<String> OWN_LANGUAGE_ARGUMENT = Set.of("dev/csreview/diagnostics.properties P025");

    /** The English base file of every catalogue that has a Chinese one. */
    private static List<Path> catalogues() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().endsWith("_zh.properties"))
                    .map(p -> p.resolveSibling(p.getFileName().toString().replace("_zh.properties", ".properties"))).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** MessageFormat's {0} (any style), picocli's ${DEFAULT-VALUE} and %n. */
    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[^}]*}|\\$\\{[A-Z-]+}|%n").matcher(text);
        while (m.find()) {
            found.add(m.group(1) != null ? "{" + m.group(1) + "}" : m.group());
        }
        return found;
    }

    @Test
    void every_catalogue_has_both_languages() throws IOException {
        assertThat(catalogues().stream().map(p -> RESOURCES.relativize(p).toString()))
                .contains("dev/csreview/cli/messages.properties", "dev/csreview/cli/help.properties", "dev/csreview/output/labels.properties",
                        "dev/csreview/interview/labels.properties", "dev/csreview/profile/skeleton.properties", "dev/csreview/diagnostics.properties");
        for (Path base : catalogues()) {
            assertThat(base).as("the English base of " + base.getFileName().toString().replace(".properties", "_zh.properties")).exists();
        }
    }

    @Test
    void chinese_has_every_english_key_with_the_same_placeholders() throws IOException {
        for (Path base : catalogues()) {
            Properties en = load(base);
            Properties zh = load(base.resolveSibling(base.getFileName().toString().replace(".properties", "_zh.properties")));
            String name = RESOURCES.relativize(base).toString();
            // A key only English has is English in the middle of Chinese output (the bundle falls back key by key).
            assertThat(new TreeSet<>(zh.stringPropertyNames())).as(name + ": keys Chinese lacks").containsAll(en.stringPropertyNames());
            for (String key : zh.stringPropertyNames()) {
                if (OWN_LANGUAGE_ARGUMENT.contains(name + " " + key)) {
                    assertThat(placeholders(zh.getProperty(key))).as(name + " " + key).hasSameSizeAs(placeholders(en.getProperty(key)));
                } else if (en.containsKey(key)) {
                    assertThat(placeholders(zh.getProperty(key))).as(name + " " + key).isEqualTo(placeholders(en.getProperty(key)));
                } else {
                    // Only picocli's own English (headings, standard options, the help command, its errors) is translated without an English key.
                    assertThat(name + " " + key).as("a key English does not have")
                            .matches("dev/csreview/cli/help\\.properties (usage|error|mixinStandardHelpOptions|csreview\\.help)\\..*");
                }
            }
        }
    }

    /** One word per term across the catalogues: a profile is 档案 everywhere (画像 crept into one message). */
    @Test
    void chinese_uses_one_word_per_term() throws IOException {
        for (Path base : catalogues()) {
            Properties zh = load(base.resolveSibling(base.getFileName().toString().replace(".properties", "_zh.properties")));
            for (String key : zh.stringPropertyNames()) {
                assertThat(zh.getProperty(key)).as(RESOURCES.relativize(base) + " " + key).doesNotContain("画像");
            }
        }
    }

    /** Every Diagnostic.Term the code names has its words in both diagnostics files (else it shows as written, in English). */
    @Test
    void every_term_the_code_uses_is_in_the_diagnostics() throws IOException {
        Properties en = load(RESOURCES.resolve("dev/csreview/diagnostics.properties"));
        Properties zh = load(RESOURCES.resolve("dev/csreview/diagnostics_zh.properties"));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = Pattern.compile("Term\\.of\\(\"([^\"]+)\"").matcher(code);
                while (m.find()) {
                    used.add("term." + m.group(1).replace(' ', '_'));
                }
                // A term named as another's argument ("term.kind.text").
                Matcher named = Pattern.compile("\"(term\\.[\\w.]+)\"").matcher(code);
                while (named.find()) {
                    used.add(named.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(en.stringPropertyNames()).containsAll(used);
        assertThat(zh.stringPropertyNames()).containsAll(used);
    }

    @Test
    void a_term_is_in_the_language_of_the_message_around_it() {
        dev.csreview.diagnostic.Diagnostic d = dev.csreview.diagnostic.Diagnostic.error(dev.csreview.diagnostic.Location.of("p.yaml"), "S001",
                dev.csreview.diagnostic.Diagnostic.Term.of("evidence for", "users_registered"), "scalar");
        assertThat(d.message(Locale.ENGLISH)).isEqualTo("evidence for users_registered must be a mapping (key: value), found a scalar");
        assertThat(d.message(Locale.CHINESE)).isEqualTo("users_registered 的事实出处 应为映射（键: 值），实际为 scalar");
        dev.csreview.diagnostic.Diagnostic waiver = dev.csreview.diagnostic.Diagnostic.error(dev.csreview.diagnostic.Location.of("w.yaml"), "S003",
                "ownr", dev.csreview.diagnostic.Diagnostic.Term.of("waiver"), "id, owner");
        assertThat(waiver.message(Locale.CHINESE)).startsWith("豁免 中有未知的键“ownr”");
        // A word with no term is the input's own (a YAML key): shown as written in both languages.
        dev.csreview.diagnostic.Diagnostic key = dev.csreview.diagnostic.Diagnostic.error(dev.csreview.diagnostic.Location.of("q.yaml"), "S001",
                dev.csreview.diagnostic.Diagnostic.Term.of("factor_evidence"), "scalar");
        assertThat(key.message(Locale.CHINESE)).startsWith("factor_evidence 应为映射");
        // A term naming another (a value's kind) is that term's words.
        dev.csreview.diagnostic.Diagnostic.Term mixed = dev.csreview.diagnostic.Diagnostic.Term.of("mixed", "term.kind.text", "term.kind.number");
        assertThat(mixed.in(Locale.ENGLISH)).isEqualTo("a text with a number");
        assertThat(mixed.in(Locale.CHINESE)).isEqualTo("文本与数字");
    }

    @Test
    void the_language_is_the_one_asked_for_never_the_jvms() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Messages.bundle("dev.csreview.output.labels", Lang.EN.locale()).getString("profile")).isEqualTo("Profile");
            assertThat(Messages.of("dev.csreview.cli.messages", Locale.ENGLISH).get("timeline.months", 6)).isEqualTo("6 calendar months");
            Locale.setDefault(Locale.US);
            assertThat(Messages.bundle("dev.csreview.output.labels", Lang.ZH.locale()).getString("profile")).isEqualTo("档案");
            assertThat(Messages.of("dev.csreview.cli.messages", Locale.CHINA).get("timeline.workingDays", 15000)).isEqualTo("15000 个工作日");
        } finally {
            Locale.setDefault(before);
        }
    }
}
