package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.output.Finding;
import dev.csreview.output.JsonText;
import dev.csreview.output.SarifReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** SARIF: results go to a scratch file as profiles finish; the rules (one per route or factor) are kept for the opening. */
final class SarifSink implements FormatSink<List<Finding>> {
    private final Outputs outputs;
    private final Outputs.Scratch results;
    private final Path sourceRoot;
    private final String version;
    private final Map<String, Map<String, Object>> rules = new TreeMap<>();
    private int count;

    SarifSink(Outputs outputs, Path sourceRoot, String version) throws IOException {
        this.outputs = outputs;
        this.results = outputs.scratch();
        this.sourceRoot = sourceRoot;
        this.version = version;
    }

    @Override
    public List<Finding> render(Assessment a, List<Finding> findings) {
        return findings;
    }

    @Override
    public void write(List<Finding> findings) {
        for (Finding f : findings) {
            Map<String, Object> result = SarifReport.result(f, sourceRoot);
            if (result != null) {
                SarifReport.addRule(rules, f);
                results.writer().print((count++ == 0 ? "" : ", ") + JsonText.item(result, SarifReport.RESULT_DEPTH));
            }
        }
    }

    @Override
    public void finish(BatchReport batch) throws IOException {
        Outputs.Sink s = outputs.sink("sarif");
        if (count == 0) {
            results.pourInto(s); // nothing in it; closed and deleted
            s.writer().print(SarifReport.document(rules, new ArrayList<>(), version, sourceRoot));
        } else {
            String[] around = SarifReport.around(rules, version, sourceRoot);
            s.writer().print(around[0]);
            results.pourInto(s);
            s.writer().print(around[1]);
        }
        s.close();
    }
}
