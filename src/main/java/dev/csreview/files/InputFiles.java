package dev.csreview.files;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.diagnostic.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The one way csreview reads an input file: regular files only (a FIFO would block, /dev/zero never ends), and
 * never more than a limit of bytes actually read (the size a file reports may be 0, as /proc's are, or grow).
 * Every failure is a diagnostic on the file, exit 2.
 */
public final class InputFiles {
    /** YAML inputs: profiles, questionnaires, waivers, brand, templates. */
    public static final int YAML_LIMIT = dev.csreview.yaml.YamlReader.MAX_BYTES;
    /** Assessment JSON (baselines, diff): a batch's is larger than any one YAML file. */
    public static final int JSON_LIMIT = 128 * 1024 * 1024;
    /** Images and reference documents. */
    public static final int BINARY_LIMIT = 16 * 1024 * 1024;

    private InputFiles() {}

    /** Reads at most {@code limit} bytes of a regular file (links followed), else an F001/F004/F007 diagnostic. */
    public static byte[] read(Path path, int limit) throws InvalidInputException {
        String name = path.toString();
        regularFile(path, Location.of(name));
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(limit);
            if (in.read() != -1) {
                throw new InvalidInputException(List.of(Diagnostic.error(Location.of(name), "F007", limit)));
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(Location.of(name), path, e);
        }
    }

    /**
     * Checks that {@code path} is a regular file (after links), before anything opens it; {@code at} is where the
     * diagnostic points (the file itself, or the line that named it).
     */
    public static void regularFile(Path path, Location at) throws InvalidInputException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(at, path, e);
        }
        if (!attributes.isRegularFile()) {
            throw new InvalidInputException(List.of(Diagnostic.error(at, "F004", path)));
        }
    }

    /**
     * Whether {@code file} is a regular file that stays inside {@code folder} once every symbolic link on the way
     * is followed: a template or logo that links to /etc/shadow is not part of the firm's folder.
     */
    public static boolean regularFileInside(Path file, Path folder) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(folder.toRealPath()) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
    }

    private static InvalidInputException unreadable(Location at, Path path, IOException e) {
        Object why = e instanceof NoSuchFileException ? Diagnostic.Term.of("no such file", path)
                : e instanceof AccessDeniedException ? Diagnostic.Term.of("permission denied", path)
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new InvalidInputException(List.of(Diagnostic.error(at, "F001", why)));
    }
}
