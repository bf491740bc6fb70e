package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.output.Finding;
import dev.csreview.output.JunitReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** JUnit XML: the suites go to a scratch file as profiles finish; the header with the totals is written at the end. */
final class JunitSink implements FormatSink<JunitSink.Suite> {
    /** One profile's suite, encoded on the worker, with its counts. */
    record Suite(byte[] utf8, int tests, int failures) {}

    private final JunitReport report;
    private final Outputs outputs;
    private final Outputs.Scratch suites;
    private int tests;
    private int failures;

    JunitSink(JunitReport report, Outputs outputs) throws IOException {
        this.report = report;
        this.outputs = outputs;
        this.suites = outputs.scratch();
    }

    @Override
    public Suite render(Assessment a, List<Finding> findings) {
        return new Suite(report.suite(a.profileName(), findings).getBytes(StandardCharsets.UTF_8), findings.size(), report.failures(findings));
    }

    @Override
    public void write(Suite suite) throws IOException {
        suites.bytes().write(suite.utf8());
        tests += suite.tests();
        failures += suite.failures();
    }

    @Override
    public void finish(BatchReport batch) throws IOException {
        Outputs.Sink s = outputs.sink("junit");
        s.writer().print(JunitReport.header(tests, failures));
        suites.pourInto(s);
        s.writer().print(JunitReport.footer());
        s.close();
    }
}
