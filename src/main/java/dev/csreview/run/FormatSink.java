package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.output.Finding;
import java.io.IOException;
import java.util.List;

/**
 * One machine format of a batch (text, JSON, JUnit, SARIF, GitHub annotations): its share of each profile is made on
 * the worker that assessed it, so that output scales with the threads; the shares are written in input order; what
 * can only come at the end (totals, summaries) is written by {@link #finish}.
 *
 * @param <P> one profile's share, as made on the worker
 */
interface FormatSink<P> {
    /** This profile's share (thread-safe: called on the workers); null when the format has nothing for it. */
    P render(Assessment a, List<Finding> findings);

    /** Writes one profile's share, on the collecting thread, in input order. */
    void write(P part) throws IOException;

    /** Writes what follows the last profile and puts the output in place. */
    void finish(BatchReport report) throws IOException;

    /** A share made on a worker, with the sink that writes it (keeps the share's type with its sink). */
    record Part<P>(FormatSink<P> sink, P value) {
        static <P> Part<P> of(FormatSink<P> sink, Assessment a, List<Finding> findings) {
            return new Part<>(sink, sink.render(a, findings));
        }

        void write() throws IOException {
            if (value != null) {
                sink.write(value);
            }
        }
    }
}
