package dev.csreview.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where each machine format goes: standard output, or a file in --output-dir written atomically at the end. */
final class Outputs {
    private final Path outputDir;
    private final PrintWriter out;

    Outputs(Path outputDir, PrintWriter out) {
        this.outputDir = outputDir;
        this.out = out;
    }

    PrintWriter out() {
        return out;
    }

    Sink sink(String format) throws IOException {
        if (outputDir == null || format.equals("github")) {
            return new Sink(out, null, null, null);
        }
        String name = switch (format) {
            case "json" -> "csreview.json";
            case "junit" -> "csreview.junit.xml";
            case "sarif" -> "csreview.sarif";
            default -> "csreview.txt";
        };
        Files.createDirectories(outputDir);
        Path tmp = Files.createTempFile(outputDir, ".csreview-", ".tmp");
        OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
        return new Sink(new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)), bytes, tmp, outputDir.resolve(name));
    }

    /** Whether formats go to files in --output-dir (else to standard output). */
    boolean toFiles() {
        return outputDir != null;
    }

    /**
     * A private temporary file for a format whose opening can only be written at the end: in --output-dir, or for
     * standard output in the system's temporary folder (owner-only, deleted when poured, or at exit if the run
     * fails), so that a batch holds no more in memory for 10,000 profiles than for 100.
     */
    Scratch scratch() throws IOException {
        Path file;
        if (outputDir != null) {
            Files.createDirectories(outputDir);
            file = Files.createTempFile(outputDir, ".csreview-", ".tmp");
        } else {
            file = Files.createTempFile("csreview-", ".tmp");
            file.toFile().deleteOnExit();
        }
        return new Scratch(file, new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)));
    }

    /** The body of a format, written as profiles finish and poured into its sink after the opening. */
    record Scratch(Path file, PrintWriter writer) {
        /** Closes the scratch file, copies it into {@code sink}, deletes it. */
        void pourInto(Sink sink) throws IOException {
            writer.close();
            if (sink.bytes() != null) {
                // Both are UTF-8: copy bytes, without decoding and encoding again.
                sink.writer().flush();
                Files.copy(file, sink.bytes());
            } else {
                try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    in.transferTo(sink.writer());
                }
            }
            Files.delete(file);
        }
    }

    /**
     * An output stream for one format; a file sink is renamed into place when closed. A file sink's {@code bytes} is
     * the UTF-8 stream under its writer, for text already encoded (flush the writer first); null for standard output.
     */
    record Sink(PrintWriter writer, OutputStream bytes, Path tmp, Path target) {
        void close(PrintWriter announce) throws IOException {
            writer.flush();
            if (tmp != null) {
                writer.close();
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                announce.println(target);
            }
        }
    }
}
