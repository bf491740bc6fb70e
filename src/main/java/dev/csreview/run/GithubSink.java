package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.output.Finding;
import dev.csreview.output.GithubAnnotations;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub workflow annotations, always on standard output: streamed as profiles finish, or, when another format is on
 * standard output too (they would break it), all written at the end.
 */
final class GithubSink implements FormatSink<String> {
    private final PrintWriter out;
    private final boolean streamed;

    GithubSink(PrintWriter out, boolean streamed) {
        this.out = out;
        this.streamed = streamed;
    }

    /** Whether every finding must be kept for the end. */
    boolean keepsAll() {
        return !streamed;
    }

    @Override
    public String render(Assessment a, List<Finding> findings) {
        return streamed ? GithubAnnotations.render(findings) : null;
    }

    @Override
    public void write(String annotations) {
        out.print(annotations);
    }

    @Override
    public void finish(BatchReport batch) {
        if (!streamed) {
            out.print(GithubAnnotations.render(batch.keptFindings()));
        }
    }
}
