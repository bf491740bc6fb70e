package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.output.AssessmentJson;
import dev.csreview.output.Finding;
import dev.csreview.output.JsonText;
import java.io.IOException;
import java.util.List;

/**
 * The assessments as one JSON document, streamed item by item. An item is made on the worker: UTF-8 bytes where the
 * JSON goes to a file, else a string.
 */
final class JsonSink implements FormatSink<Object> {
    private final AssessmentJson json = new AssessmentJson();
    private final Outputs.Sink sink;
    private final JsonText.ArrayStream items;
    private final String version;

    JsonSink(Outputs outputs, String version) throws IOException {
        this.version = version;
        this.sink = outputs.sink("json");
        this.items = new JsonText.ArrayStream(sink.writer(), sink.bytes(), AssessmentJson.SCHEMA, "assessments");
    }

    @Override
    public Object render(Assessment a, List<Finding> findings) {
        JsonText.Body item = g -> json.write(g, a, version);
        return items.takesBytes() ? JsonText.itemUtf8(item) : JsonText.item(item, 1);
    }

    @Override
    public void write(Object item) {
        if (item instanceof byte[] utf8) {
            items.addRendered(utf8);
        } else {
            items.addRendered((String) item);
        }
    }

    /** Closes the array even when the run stops early, so a file in place is never half a document. */
    void close() {
        items.close();
        sink.writer().print("\n"); // not println: the same bytes on every OS
    }

    @Override
    public void finish(BatchReport batch) throws IOException {
        sink.close();
    }
}
