package dev.csreview.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes indented JSON ({@link IndentedPrinter}) with Jackson's streaming generator: trees of maps, lists, strings,
 * numbers and booleans, or whatever a {@link Body} writes. Not ObjectMapper: data binding costs a short-lived process
 * over 100 ms to start, for nothing.
 */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {}

    /** What writes one JSON value to a generator (a document, or an item of an {@link ArrayStream}). */
    @FunctionalInterface
    public interface Body {
        void writeTo(JsonGenerator g) throws IOException;
    }

    public static String write(Object tree) {
        return write(g -> value(g, tree));
    }

    public static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new IndentedPrinter(0));
            body.writeTo(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** As {@link #write(Body)}, straight to {@code out} as UTF-8: a 90 MB document is never held as text. */
    public static void write(Body body, java.io.OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new IndentedPrinter(0));
            body.writeTo(g);
        }
    }

    /**
     * One array item, rendered on its own (so that workers can render in parallel) with the indentation it has inside
     * {@code depth} enclosing objects: 1 for an item of an {@link ArrayStream}.
     */
    public static String item(Object tree, int depth) {
        return item(g -> value(g, tree), depth);
    }

    /** As {@link #item(Object, int)}, written by {@code body}. */
    public static String item(Body body, int depth) {
        // Jackson's segmented writer, as ObjectMapper.writeValueAsString uses: no StringBuilder regrown and, for
        // Chinese text, widened from Latin-1 as a 30 KB report is written (a third of the time, measured on C1).
        BufferRecycler recycler = FACTORY._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            writeItem(FACTORY.createGenerator(out), body, depth);
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            recycler.releaseToPool();
        }
    }

    /**
     * {@link #item(Body, int)} as UTF-8, one level deep, for an {@link ArrayStream} over a file: the bytes are made where
     * the item is rendered (a batch's workers), and the writing thread only copies them.
     */
    public static byte[] itemUtf8(Body body) {
        BufferRecycler recycler = FACTORY._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
            writeItem(FACTORY.createGenerator(out, JsonEncoding.UTF8), body, 1);
            return out.getClearAndRelease();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            recycler.releaseToPool();
        }
    }

    private static void writeItem(JsonGenerator generator, Body body, int depth) throws IOException {
        try (JsonGenerator g = generator) {
            g.setPrettyPrinter(new IndentedPrinter(depth));
            body.writeTo(g);
        }
    }

    /**
     * Writes {@code {"schema": …, "<arrayName>": [ item, … ]}} one item at a time, for batches too large to hold:
     * the bytes are the same as writing the whole tree at once.
     */
    public static final class ArrayStream implements AutoCloseable {
        private final java.io.Writer out;
        private final OutputStream bytes;
        private int count;

        public ArrayStream(java.io.Writer out, String schema, String arrayName) {
            this(out, null, schema, arrayName);
        }

        /** {@code bytes}, if not null, is the stream under {@code out}, for items added as UTF-8. */
        public ArrayStream(java.io.Writer out, OutputStream bytes, String schema, String arrayName) {
            this.out = out;
            this.bytes = bytes;
            try {
                out.write("{\n  \"schema\" : " + write(schema) + ",\n  " + write(arrayName) + " : [");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Whether items may be added as UTF-8 ({@link #addRendered(byte[])}). */
        public boolean takesBytes() {
            return bytes != null;
        }

        public void add(Object tree) {
            addRendered(item(tree, 1));
        }

        /** Adds an item made by {@link #item(Object, int)} or {@link #item(Body, int)} at depth 1. */
        public void addRendered(String item) {
            try {
                out.write(count++ == 0 ? " " : ", ");
                out.write(item);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Adds an item made by {@link #itemUtf8(Body)}; only where {@link #takesBytes()}. */
        public void addRendered(byte[] utf8) {
            try {
                out.write(count++ == 0 ? " " : ", ");
                out.flush();
                bytes.write(utf8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.write(" ]\n}");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes a tree of maps, lists, strings, numbers, booleans and nulls. */
    static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (var e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                value(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Long || v instanceof Integer) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else {
            g.writeString(String.valueOf(v));
        }
    }
}
