package dev.csreview.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * Jackson's default layout (objects one entry a line, two spaces a level, {@code " : "}; arrays on one line,
 * {@code "[ a, b ]"}; empty ones {@code "{ }"} and {@code "[ ]"}), written as whole pre-encoded pieces. Jackson's
 * {@code DefaultPrettyPrinter} writes each indentation character by character, which was a fifth of writing a
 * batch's JSON on C1 (docs/performance.md). Line ends are always {@code \n}, on every OS, so that output is the
 * same everywhere. JsonTextTest checks the bytes against Jackson's printer.
 */
final class IndentedPrinter implements PrettyPrinter {
    private static final int CACHED_LEVELS = 32;
    private static final SerializedString[] NEW_LINE = new SerializedString[CACHED_LEVELS];
    private static final SerializedString[] NEXT_ENTRY = new SerializedString[CACHED_LEVELS];
    private static final SerializedString FIELD_VALUE = new SerializedString(" : ");
    private static final SerializedString NEXT_VALUE = new SerializedString(", ");

    static {
        for (int level = 0; level < CACHED_LEVELS; level++) {
            NEW_LINE[level] = new SerializedString(newLine(level));
            NEXT_ENTRY[level] = new SerializedString("," + newLine(level));
        }
    }

    private int nesting;

    /** A printer for a value written {@code nesting} objects deep (an item of an array inside them). */
    IndentedPrinter(int nesting) {
        this.nesting = nesting;
    }

    private static String newLine(int level) {
        return "\n" + "  ".repeat(level);
    }

    private static SerializableString newLineAt(int level) {
        return level < CACHED_LEVELS ? NEW_LINE[level] : new SerializedString(newLine(level));
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(' ');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        nesting++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        g.writeRaw(newLineAt(nesting));
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(FIELD_VALUE);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(nesting < CACHED_LEVELS ? NEXT_ENTRY[nesting] : new SerializedString("," + newLine(nesting)));
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        nesting--;
        if (entries > 0) {
            g.writeRaw(newLineAt(nesting));
        } else {
            g.writeRaw(' ');
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        g.writeRaw(' ');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(NEXT_VALUE);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        g.writeRaw(' ');
        g.writeRaw(']');
    }
}
