package dev.csreview.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one way csreview replaces a whole file: written to an owner-only temporary file beside it, forced to disk, then
 * renamed over the target, so a reader or a crash sees the old file or the new one, never half of either.
 */
public final class AtomicFile {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private AtomicFile() {}

    /**
     * Replaces {@code target} (in an existing folder) with {@code bytes}; with {@code keepPermissions} the file keeps
     * the permissions it had (a profile in a repository stays readable by the team), else it is the owner's alone.
     */
    public static void write(Path target, byte[] bytes, boolean keepPermissions) throws IOException {
        Path abs = target.toAbsolutePath();
        Set<PosixFilePermission> before = keepPermissions && POSIX && Files.exists(abs) ? Files.getPosixFilePermissions(abs) : null;
        Path tmp = temporaryFile(abs.getParent());
        RemovedOnStop.add(tmp);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                // On disk before the rename, so a power cut cannot leave an empty file under the real name.
                ch.force(true);
            }
            if (before != null) {
                Files.setPosixFilePermissions(tmp, before);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            RemovedOnStop.settled(tmp);
        }
    }

    /**
     * A new, empty, owner-only file in {@code dir}, named after the process and thread: Files.createTempFile's random
     * name costs ≈ 8 ms of setting up SecureRandom (on the way to the interview's first question). A name already
     * taken (a leftover of a killed process with the same id) falls back to a random one.
     */
    private static Path temporaryFile(Path dir) throws IOException {
        Path tmp = dir.resolve(".csreview-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + ".tmp");
        try {
            return POSIX ? Files.createFile(tmp, OWNER_ONLY) : Files.createFile(tmp);
        } catch (FileAlreadyExistsException e) {
            return POSIX ? Files.createTempFile(dir, ".csreview-", ".tmp", OWNER_ONLY) : Files.createTempFile(dir, ".csreview-", ".tmp");
        }
    }
}
