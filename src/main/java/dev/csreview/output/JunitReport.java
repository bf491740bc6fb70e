package dev.csreview.output;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.commons.text.StringEscapeUtils;

/**
 * JUnit XML for CI dashboards: a test suite per profile, a test case per route, factor and plan warning. A finding
 * fails its case only where it fails the run ({@code gate}: what --fail-on acts on), so the report and the exit
 * code agree; an error or warning below the gate passes with its level in {@code system-out}, and one a waiver
 * answers is skipped. One instance per run, shared by a batch's workers.
 */
public final class JunitReport {
    /**
     * Text that needs escaping → its XML 1.0 escape. The questionnaire's titles and messages (an apostrophe is enough)
     * recur in every profile of a batch, and the library's translator walks them slowly; bounded for hostile files.
     */
    private final Map<String, String> escaped = new ConcurrentHashMap<>();
    private static final int MAX_ESCAPED = 10_000;
    private final Predicate<Finding> gate;

    /** {@code gate}: the findings that fail the run (--fail-on), reported as failed cases. */
    public JunitReport(Predicate<Finding> gate) {
        this.gate = gate;
    }

    /**
     * The whole report from every finding at once. A batch streams the same bytes piece by piece (header, suites or
     * results, footer); this is the reference CliTest holds the streamed report to.
     */
    public String render(Map<String, List<Finding>> byProfile) {
        int tests = 0;
        int failures = 0;
        StringBuilder suites = new StringBuilder();
        for (var e : byProfile.entrySet()) {
            tests += e.getValue().size();
            failures += failures(e.getValue());
            suites.append(suite(e.getKey(), e.getValue()));
        }
        return header(tests, failures) + suites + footer();
    }

    /** The document's opening, with the totals over all suites (a batch writes the suites first, elsewhere). */
    public static String header(int tests, int failures) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"csreview\" tests=\"" + tests + "\" failures=\"" + failures + "\">\n";
    }

    public static String footer() {
        return "</testsuites>\n";
    }

    /** How many of a profile's findings are failures. */
    public int failures(List<Finding> fs) {
        int failures = 0;
        for (Finding f : fs) {
            if (failed(f)) {
                failures++;
            }
        }
        return failures;
    }

    /** One profile's test suite. */
    public String suite(String profile, List<Finding> fs) {
        StringBuilder out = new StringBuilder();
        int skipped = 0;
        for (Finding f : fs) {
            if (skipped(f)) {
                skipped++;
            }
        }
        out.append("  <testsuite name=\"").append(x(profile)).append("\" tests=\"").append(fs.size())
                .append("\" failures=\"").append(failures(fs))
                .append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
        for (Finding f : fs) {
            out.append("    <testcase classname=\"").append(x(profile + "." + f.kind())).append("\" name=\"")
                    .append(x(f.id())).append("\"");
            if (skipped(f)) {
                out.append(">\n      <skipped message=\"").append(x("waived: " + f.waiver())).append("\"/>\n    </testcase>\n");
                continue;
            }
            if (!failed(f)) {
                if (tested(f)) {
                    // Below the gate: passes, and says what it found.
                    out.append(">\n      <system-out>").append(x(f.level() + ": " + f.title())).append("</system-out>\n    </testcase>\n");
                } else {
                    out.append("/>\n");
                }
                continue;
            }
            out.append(">\n      <failure type=\"").append(x(f.level())).append("\" message=\"").append(x(f.title())).append("\">")
                    .append(x(String.valueOf(f.message()))).append(" [")
                    .append(x(String.valueOf(f.cites()))).append("] ").append(x(String.valueOf(f.location()))).append("</failure>\n    </testcase>\n");
        }
        return out.append("  </testsuite>\n").toString();
    }

    /** A finding that fails the run and stands: a failed test case. */
    private boolean failed(Finding f) {
        return !f.isWaived() && gate.test(f);
    }

    /** A finding that would fail the run but a waiver answers: a skipped test case. */
    private boolean skipped(Finding f) {
        return f.isWaived() && gate.test(f);
    }

    private static boolean tested(Finding f) {
        return f.severity() == Finding.Severity.ERROR || f.severity() == Finding.Severity.WARNING;
    }

    /**
     * XML 1.0 escaping; most names and messages need none, and the library's translator walk costs ~a quarter of a
     * batch. It works character by character, so escaping the parts of a text separately gives the escaped whole.
     */
    private String x(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || (c >= 0x7F && c <= 0x9F)
                    || Character.isSurrogate(c) || c >= 0xFFFE) {
                String known = escaped.get(s);
                if (known == null) {
                    known = StringEscapeUtils.escapeXml10(s);
                    if (escaped.size() < MAX_ESCAPED) {
                        escaped.put(s, known);
                    }
                }
                return known;
            }
        }
        return s;
    }
}
