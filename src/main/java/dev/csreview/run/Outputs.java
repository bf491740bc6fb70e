package dev.csreview.run;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/** Where each machine format goes: standard output, or a file in --output-dir written atomically at the end. */
public final class Outputs {
    private final Path outputDir;
    private final PrintWriter out;
    private final TemporaryFiles temporary;
    private final List<Sink> complete = new ArrayList<>();

    public Outputs(Path outputDir, PrintWriter out, TemporaryFiles temporary) {
        this.outputDir = outputDir;
        this.out = out;
        this.temporary = temporary;
    }

    public PrintWriter out() {
        return out;
    }

    public Sink sink(String format) throws IOException {
        if (outputDir == null || format.equals("github")) {
            return new Sink(out, null, null, null, temporary, this);
        }
        dev.csreview.report.PackageFolder.createPrivateDirectories(outputDir);
        Path tmp = temporaryIn(outputDir);
        OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
        return new Sink(new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)), bytes, tmp, file(format), temporary, this);
    }

    private Path file(String format) {
        return outputDir.resolve(switch (format) {
            case "json" -> "csreview.json";
            case "junit" -> "csreview.junit.xml";
            case "sarif" -> "csreview.sarif";
            default -> "csreview.txt";
        });
    }

    /** The files in --output-dir that the formats would replace (none when they go to standard output). */
    public List<Path> existing(Collection<String> formats) {
        List<Path> found = new ArrayList<>();
        if (outputDir != null) {
            for (String format : formats) {
                if (!format.equals("github") && Files.exists(file(format), LinkOption.NOFOLLOW_LINKS)) {
                    found.add(file(format));
                }
            }
        }
        return found;
    }

    /**
     * Refuses (exit 2) a folder the user named ({@code option}: --out, --output-dir) that cannot be one: a file stands
     * at its place or at the place of a folder above it. Null: nothing named.
     */
    public static void checkFolder(Path folder, String option, dev.csreview.questionnaire.Lang lang) {
        for (Path p = folder == null ? null : folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw RunException.invalid(lang, "output.fileInTheWay", option, folder, p);
                }
                return;
            }
        }
    }

    /**
     * Refuses (exit 2), before anything is written, a format's file that a folder or other non-file stands in the
     * place of: --force replaces files, not folders, and one format written while another fails is a half-done run.
     */
    public void checkTargets(Collection<String> formats, dev.csreview.questionnaire.Lang lang) {
        if (outputDir == null) {
            return;
        }
        for (String format : formats) {
            Path target = file(format);
            if (!format.equals("github") && Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(target)) {
                throw RunException.invalid(lang, "output.notAFile", target);
            }
        }
    }

    /** Whether formats go to files in --output-dir (else to standard output). */
    public boolean toFiles() {
        return outputDir != null;
    }

    /**
     * Where the body of a format whose opening can only be written at the end waits: a private temporary file in
     * --output-dir or, for standard output, memory, compressed (nothing is written where the user did not ask: not
     * even the temporary folder), so that a batch holds little more for 10,000 profiles than for 100.
     */
    public Scratch scratch() throws IOException {
        if (outputDir == null) {
            ByteArrayOutputStream held = new ByteArrayOutputStream();
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            OutputStream deflating = new DeflaterOutputStream(held, deflater, 1 << 16);
            return new MemoryScratch(held, deflater, new PrintWriter(new OutputStreamWriter(deflating, StandardCharsets.UTF_8)), deflating);
        }
        dev.csreview.report.PackageFolder.createPrivateDirectories(outputDir);
        Path file = temporaryIn(outputDir);
        OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return new FileScratch(temporary, file, new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)), bytes);
    }

    private Path temporaryIn(Path dir) throws IOException {
        return temporary.create(dir);
    }

    /** The body of a format, written as profiles finish and poured into its sink after the opening. */
    interface Scratch {
        PrintWriter writer();

        /** The UTF-8 stream under {@link #writer()}, for text already encoded (flush the writer first if both are used). */
        OutputStream bytes();

        /** Closes the scratch, copies it into {@code sink}, and lets it go. */
        void pourInto(Sink sink) throws IOException;
    }

    /** A scratch file in --output-dir, poured as bytes into the format's file there (both UTF-8). */
    private record FileScratch(TemporaryFiles temporary, Path file, PrintWriter writer, OutputStream bytes) implements Scratch {
        @Override
        public void pourInto(Sink sink) throws IOException {
            writer.close();
            sink.writer().flush();
            Files.copy(file, sink.bytes());
            Files.delete(file);
            temporary.done(file);
        }
    }

    /** A compressed buffer, for standard output. */
    private record MemoryScratch(ByteArrayOutputStream held, Deflater deflater, PrintWriter writer, OutputStream bytes) implements Scratch {
        @Override
        public void pourInto(Sink sink) throws IOException {
            writer.close();
            deflater.end();
            try (var in = new InputStreamReader(new InflaterInputStream(new ByteArrayInputStream(held.toByteArray())), StandardCharsets.UTF_8)) {
                in.transferTo(sink.writer());
            }
        }
    }

    /**
     * Renames every complete format file into place and names each on {@code announce}: only once all are written,
     * so that a run that fails on one format leaves none of them half-replaced beside the others.
     */
    public void commit(PrintWriter announce) throws IOException {
        for (Sink s : complete) {
            try {
                Files.move(s.tmp(), s.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileSystemException e) {
                // Named by the file the user asked for, not by the temporary one beside it.
                throw new java.nio.file.FileSystemException(s.target().toString(), null, e.getReason());
            }
            s.temporary().done(s.tmp());
            announce.println(s.target());
        }
        complete.clear();
    }

    /**
     * An output stream for one format; a file sink, once closed, waits for {@link Outputs#commit} to be put in place. A file sink's {@code bytes} is
     * the UTF-8 stream under its writer, for text already encoded (flush the writer first); null for standard output.
     */
    record Sink(PrintWriter writer, OutputStream bytes, Path tmp, Path target, TemporaryFiles temporary, Outputs owner) {
        void close() throws IOException {
            writer.flush();
            if (tmp != null) {
                writer.close();
                owner.complete.add(this);
            }
        }
    }
}
