package dev.csreview.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JunitReportTest {
    private static Finding finding(String id, String title, String message) {
        return new Finding("p.yaml", id, "route", "must_declare", Finding.Severity.ERROR, title, message, "measures:7", null, null);
    }

    @Test
    void plain_text_is_written_as_it_is() {
        String xml = new JunitReport(f -> true).render(Map.of("clients/a.yaml", List.of(finding("route:art7", "Listing abroad 国外上市", "Must declare"))));
        assertThat(xml).contains("<testsuite name=\"clients/a.yaml\"", "name=\"route:art7\"", "message=\"Listing abroad 国外上市\"");
    }

    @Test
    void markup_quotes_and_control_characters_are_escaped_or_dropped() {
        String xml = new JunitReport(f -> true).render(Map.of("a&b<c>.yaml", List.of(finding("route:\"x'", "<script>alert(1)</script>", "tab\there\u0001bell\u0080"))));
        assertThat(xml).contains("name=\"a&amp;b&lt;c&gt;.yaml\"", "name=\"route:&quot;x&apos;\"", "&lt;script&gt;alert(1)&lt;/script&gt;", "tab\there", "bell&#128;")
                .doesNotContain("<script>", "\u0001");
    }

    @Test
    void a_failure_escapes_as_its_whole_text_would_and_the_same_every_time() {
        String message = "the company's \"core data\" & <more>\u0001 — 核心数据 \uD83D\uDE00";
        Finding f = new Finding("p&.yaml", "route:x", "route", "must_declare", Finding.Severity.ERROR, "T'", message, "measures:7 & 8",
                new dev.csreview.diagnostic.Location("p&.yaml", 3, 4), null);
        String whole = org.apache.commons.text.StringEscapeUtils.escapeXml10(message + " [" + f.cites() + "] " + f.location());
        String first = new JunitReport(x -> true).suite("p&.yaml", List.of(f));
        assertThat(first).contains(">" + whole + "</failure>");
        assertThat(new JunitReport(x -> true).suite("p&.yaml", List.of(f))).isEqualTo(first);
    }
}
