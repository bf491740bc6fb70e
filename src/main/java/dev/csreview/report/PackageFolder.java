package dev.csreview.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a package folder all at once: files go into a private temporary folder beside the target, which is
 * then renamed into place, so a crash leaves the old package or the new one, never half of one. An existing
 * folder is replaced only with {@code force}. Files are 0600 and folders 0700 on POSIX systems.
 */
public final class PackageFolder {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PackageFolder() {}

    /** The target exists and --force was not given. */
    public static final class ExistsException extends IOException {
        public ExistsException(Path target) {
            super(target.toString());
        }
    }

    /** The target is a symbolic link: never followed nor replaced, even with --force (it may point anywhere). */
    public static final class SymlinkException extends IOException {
        public SymlinkException(Path target) {
            super(target + " is a symbolic link; csreview does not write through links, remove it or choose another --out");
        }
    }

    public static void write(Path target, Map<String, byte[]> files, boolean force) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(abs)) {
            throw new SymlinkException(abs);
        }
        recoverInterruptedSwap(abs);
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new ExistsException(abs);
        }
        Path parent = abs.getParent();
        createDirectories(parent);
        Path tmp = POSIX
                ? Files.createTempDirectory(parent, ".csreview-", dirPermissions())
                : Files.createTempDirectory(parent, ".csreview-");
        try {
            for (var e : files.entrySet()) {
                Path file = tmp.resolve(e.getKey()).normalize();
                if (!file.getParent().equals(tmp)) {
                    throw new IOException("unsafe file name in package: " + e.getKey());
                }
                if (POSIX) {
                    Files.createFile(file, filePermissions());
                }
                writeDurably(file, e.getValue());
            }
            if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                Path old = parent.resolve(".csreview-old-" + abs.getFileName() + "-" + String.format("%016x", System.nanoTime()));
                move(abs, old);
                move(tmp, abs);
                deleteTree(old);
            } else {
                move(tmp, abs);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** Writes a file and waits once for the disk (O_SYNC waited on every 8 KB chunk Files.write hands over). */
    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Replacing a package takes two renames (old aside, new in place); a run killed between them leaves the target
     * missing and the complete old package aside. The next run puts it back before doing anything else, so a
     * reader finds the old package or the new one, never a half. Leftovers beside a present target are deleted.
     */
    static void recoverInterruptedSwap(Path abs) throws IOException {
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = ".csreview-old-" + abs.getFileName() + "-";
        List<Path> aside;
        try (Stream<Path> s = Files.list(parent)) {
            aside = s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        for (int i = 0; i < aside.size(); i++) {
            boolean newest = i == aside.size() - 1;
            if (newest && !Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                move(aside.get(i), abs);
            } else {
                deleteTree(aside.get(i));
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (dir.getParent() != null) {
            createDirectories(dir.getParent());
        }
        try {
            if (POSIX) {
                Files.createDirectory(dir, dirPermissions());
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static FileAttribute<?> dirPermissions() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    }

    private static FileAttribute<?> filePermissions() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }
}
