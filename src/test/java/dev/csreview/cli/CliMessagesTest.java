package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.questionnaire.Lang;
import java.util.Collections;
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
                String said = CliMessages.get(lang, key, "A0", "A1", "A2");
                arguments(en.getString(key)).forEach(a -> assertThat(said).as(lang + " " + key).contains("A" + a.charAt(1)));
            }
        }
    }

    @Test
    void a_command_speaks_the_language_of_the_run() {
        assertThat(CliTest.run("timeline", "--lang", "zh").err()).isEqualTo("csreview: timeline 需要 PROFILE 或 --submitted YYYY-MM-DD\n");
        assertThat(CliTest.run("timeline", "--lang", "en").err()).isEqualTo("csreview: timeline needs a PROFILE or --submitted YYYY-MM-DD\n");
        assertThat(CliTest.run("--lang", "en", "timeline", "--submitted", "x").err()).isEqualTo("csreview: --submitted takes YYYY-MM-DD, not 'x'\n");
        assertThat(CliTest.run("--lang", "zh", "questionnaires").out()).contains("  （默认）  ");
    }
}
