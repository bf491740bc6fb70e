package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.output.Finding;
import dev.csreview.output.TextReport;
import java.io.IOException;
import java.util.List;

/** The text report: one block per profile, then the waived findings and the changes since the baseline. */
final class TextSink implements FormatSink<String> {
    private final TextReport report;
    private final Outputs.Sink sink;
    private final dev.csreview.questionnaire.Lang lang;
    private int written;

    TextSink(TextReport report, Outputs outputs, dev.csreview.questionnaire.Lang lang) throws IOException {
        this.report = report;
        this.lang = lang;
        this.sink = outputs.sink("text");
    }

    @Override
    public String render(Assessment a, List<Finding> findings) {
        return report.render(a);
    }

    @Override
    public void write(String text) {
        sink.writer().print((written++ > 0 ? "----\n" : "") + text);
    }

    /** Whether the report goes to standard output (then a package's folder is announced on standard error). */
    boolean onStandardOutput() {
        return sink.tmp() == null;
    }

    @Override
    public void finish(BatchReport batch) throws IOException {
        List<Finding> waived = batch.keptFindings().stream().filter(Finding::isWaived).toList();
        if (!waived.isEmpty()) {
            sink.writer().print("\n" + RunMessages.get(lang, "run.waived") + "\n");
            for (Finding f : waived) {
                sink.writer().println("  " + f.profile() + "  " + f.id() + " = " + f.level() + ": " + f.waiver());
            }
        }
        if (batch.comparesWithBaseline()) {
            sink.writer().print(ChangeReport.text(batch.changes(), lang));
        }
        sink.close();
    }
}
