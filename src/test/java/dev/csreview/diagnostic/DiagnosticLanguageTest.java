package dev.csreview.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** English messages are English whatever the JVM's default locale: --lang en on a Chinese system. */
class DiagnosticLanguageTest {
    @Test
    void english_messages_never_fall_back_to_a_chinese_default_locale() throws Exception {
        Properties english = new Properties();
        try (Reader in = new InputStreamReader(Diagnostic.class.getResourceAsStream("/dev/csreview/diagnostics.properties"), StandardCharsets.UTF_8)) {
            english.load(in);
        }
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            ResourceBundle bundle = Diagnostic.bundle(Locale.ENGLISH);
            for (String key : english.stringPropertyNames()) {
                assertThat(bundle.getString(key)).as(key).isEqualTo(english.getProperty(key));
            }
            Diagnostic d = Diagnostic.error(null, "F001", "x.yaml");
            assertThat(d.message(Locale.ENGLISH)).isEqualTo("cannot read the file: x.yaml");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
