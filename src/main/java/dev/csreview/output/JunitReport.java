package dev.csreview.output;

import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * JUnit XML for CI dashboards: a test suite per profile, a test case per route and per factor. Errors and
 * warnings are failures (an error's type is its outcome), everything else passes. Fixed content: --fail-on
 * changes the exit code, never this report.
 */
public final class JunitReport {
    private JunitReport() {}

    public static String render(Map<String, List<Finding>> byProfile) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int tests = 0;
        int failures = 0;
        for (List<Finding> fs : byProfile.values()) {
            tests += fs.size();
            failures += (int) fs.stream().filter(JunitReport::failed).count();
        }
        out.append("<testsuites name=\"csreview\" tests=\"").append(tests).append("\" failures=\"").append(failures).append("\">\n");
        for (var e : byProfile.entrySet()) {
            List<Finding> fs = e.getValue();
            out.append("  <testsuite name=\"").append(x(e.getKey())).append("\" tests=\"").append(fs.size())
                    .append("\" failures=\"").append(fs.stream().filter(JunitReport::failed).count())
                    .append("\" errors=\"0\" skipped=\"").append(fs.stream().filter(f -> f.isWaived() && f.severity() != Finding.Severity.NONE && f.severity() != Finding.Severity.NOTE).count()).append("\">\n");
            for (Finding f : fs) {
                out.append("    <testcase classname=\"").append(x(e.getKey() + "." + f.kind())).append("\" name=\"")
                        .append(x(f.id())).append("\"");
                if (f.isWaived() && (f.severity() == Finding.Severity.ERROR || f.severity() == Finding.Severity.WARNING)) {
                    out.append(">\n      <skipped message=\"").append(x("waived: " + f.waiver())).append("\"/>\n    </testcase>\n");
                    continue;
                }
                if (!failed(f)) {
                    out.append("/>\n");
                    continue;
                }
                out.append(">\n      <failure type=\"").append(x(f.level())).append("\" message=\"").append(x(f.title())).append("\">")
                        .append(x(f.message() + " [" + f.cites() + "] " + f.location())).append("</failure>\n    </testcase>\n");
            }
            out.append("  </testsuite>\n");
        }
        return out.append("</testsuites>\n").toString();
    }

    private static boolean failed(Finding f) {
        return !f.isWaived() && (f.severity() == Finding.Severity.ERROR || f.severity() == Finding.Severity.WARNING);
    }

    /** XML 1.0 escaping; most names and messages need none, and the library's translator walk costs ~a quarter of a batch. */
    private static String x(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || (c >= 0x7F && c <= 0x9F)
                    || Character.isSurrogate(c) || c >= 0xFFFE) {
                return StringEscapeUtils.escapeXml10(s);
            }
        }
        return s;
    }
}
