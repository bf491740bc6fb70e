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

    /** {@code before}, a line break and {@code level}'s indent: from {@code cached}, or made for a deeper level. */
    private static SerializableString at(SerializedString[] cached, String before, int level) {
        return level < CACHED_LEVELS ? cached[level] : new SerializedString(before + newLine(level));
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
        g.writeRaw(at(NEW_LINE, "", nesting));
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(FIELD_VALUE);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(at(NEXT_ENTRY, ",", nesting));
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        nesting--;
        if (entries > 0) {
            g.writeRaw(at(NEW_LINE, "", nesting));
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
