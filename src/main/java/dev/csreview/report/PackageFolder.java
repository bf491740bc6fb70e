package dev.csreview.report;

import dev.csreview.files.RemovedOnStop;
import java.io.IOException;
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
        private final transient Path target;

        public SymlinkException(Path target) {
            super(target + " is a symbolic link; csreview does not write through links, remove it or choose another --out");
            this.target = target;
        }

        /** The link found where the package was to go. */
        public Path target() {
            return target;
        }
    }

    /**
     * Writes the package. The folder is claimed under a lock on the output folder ({@code .csreview.lock}, held only
     * for checks and renames): a second run finds the first's package and is refused without {@code force}, and two
     * runs with it replace one after the other instead of moving each other's folders away.
     */
    public static void write(Path target, Map<String, byte[]> files, boolean force) throws IOException {
        write(target, sink -> {
            for (var e : files.entrySet()) {
                sink.write(e.getKey(), out -> out.write(e.getValue()));
            }
        }, force);
    }

    /** What a package holds, written file by file into the folder being made (see {@link PackageBuilder#build}). */
    @FunctionalInterface
    public interface Contents {
        void writeTo(PackageBuilder.FileSink sink) throws IOException;
    }

    /** As {@link #write(Path, Map, boolean)}, with the files made while the package is written, one at a time. */
    public static void write(Path target, Contents contents, boolean force) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        createPrivateDirectories(parent);
        try (FolderLock lock = FolderLock.take(parent)) {
            refuseLink(abs);
            recoverInterruptedSwap(abs);
            removeAbandoned(parent);
            // Checked before the documents are written, so a refusal costs nothing; checked again at the rename.
            if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !force) {
                throw new ExistsException(abs);
            }
        }
        Path tmp = Stopping.temporaryFolder(parent, abs);
        try {
            contents.writeTo((name, writing) -> {
                Path file = tmp.resolve(name).normalize();
                if (!file.getParent().equals(tmp)) {
                    throw new IOException("unsafe file name in package: " + name);
                }
                if (POSIX) {
                    Files.createFile(file, filePermissions());
                }
                writeDurably(file, writing, abs.resolve(name));
            });
            try (FolderLock lock = FolderLock.take(parent)) {
                Stopping.refuseIfStopping(abs);
                refuseLink(abs);
                if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                    if (!force) {
                        throw new ExistsException(abs); // another run wrote it while this one was writing
                    }
                    Path old = parent.resolve(asidePrefix(abs) + String.format("%016x", System.nanoTime()));
                    move(abs, old);
                    move(tmp, abs);
                    deleteTree(old);
                } else {
                    move(tmp, abs);
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            // Error too: a run out of memory must not leave partial confidential documents behind.
            deleteTree(tmp);
            throw e;
        } finally {
            Stopping.settled(tmp);
        }
    }

    /**
     * A process being stopped (Ctrl-C, SIGTERM) must not leave its temporary folders (partial confidential documents)
     * nor the lock folders it holds: {@link RemovedOnStop} deletes them, after this marks the process as stopping (no
     * writer renames a folder into place after that) and waits a little for a rename under way.
     */
    private static final class Stopping {
        private static volatile boolean stopping;

        static {
            RemovedOnStop.first(Stopping::stop);
        }

        static void pending(Path tmp) {
            RemovedOnStop.add(tmp);
        }

        /**
         * A new temporary folder in {@code parent}, made and registered for removal in one step that a stop cannot
         * come between (a folder made just before the stop and registered just after it would be left behind).
         */
        static synchronized Path temporaryFolder(Path parent, Path target) throws IOException {
            refuseIfStopping(target);
            String prefix = TEMP_PREFIX + ProcessHandle.current().pid() + "-";
            Path tmp = POSIX ? Files.createTempDirectory(parent, prefix, dirPermissions()) : Files.createTempDirectory(parent, prefix);
            pending(tmp);
            return tmp;
        }

        static void settled(Path tmp) {
            RemovedOnStop.settled(tmp);
        }

        /** Under the folder lock, before a rename: a stopping process leaves the old package where it is. */
        static void refuseIfStopping(Path target) throws java.io.InterruptedIOException {
            if (stopping) {
                throw new java.io.InterruptedIOException("stopping; " + target + " not written");
            }
        }

        private static void stop() {
            synchronized (Stopping.class) {
                stopping = true; // after this no temporary folder is made (temporaryFolder holds the same monitor)
            }
            // A writer holding a folder's lock is renaming (milliseconds) or waiting for another process: wait a little.
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(3);
            for (var local : FolderLock.IN_PROCESS.values()) {
                try {
                    // Kept once taken: no writer of this process gets it again before the JVM halts.
                    local.tryLock(Math.max(0, until - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static final String TEMP_PREFIX = ".csreview-";
    /** A temporary folder untouched this long, whose process is gone, was left by a run that was killed. */
    private static final long ABANDONED_AFTER_MILLIS = 60_000;

    private static void refuseLink(Path abs) throws SymlinkException {
        if (Files.isSymbolicLink(abs)) {
            throw new SymlinkException(abs);
        }
    }

    /**
     * Deletes the temporary folders ({@code .csreview-<pid>-<random>}) of runs that were killed: their process is
     * gone and nothing was written into them for a minute. They hold partial confidential documents.
     */
    static void removeAbandoned(Path parent) throws IOException {
        List<Path> candidates;
        try (Stream<Path> s = Files.list(parent)) {
            candidates = s.filter(p -> ownerPid(p.getFileName().toString()) > 0).toList();
        }
        long now = System.currentTimeMillis();
        for (Path p : candidates) {
            long pid = ownerPid(p.getFileName().toString());
            boolean gone = ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
            var attributes = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (gone && attributes.isDirectory() && now - attributes.lastModifiedTime().toMillis() > ABANDONED_AFTER_MILLIS) {
                deleteTree(p);
            }
        }
    }

    /** The process id in a temporary folder's name {@code .csreview-<pid>-<random>}, else -1. */
    static long ownerPid(String name) {
        if (!name.startsWith(TEMP_PREFIX) || name.startsWith(".csreview-old-")) {
            return -1;
        }
        String rest = name.substring(TEMP_PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash <= 0 || dash > 19 || !rest.substring(0, dash).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(rest.substring(0, dash));
    }

    /**
     * An exclusive lock on an output folder, between threads of this run and between processes: the folder
     * {@code .csreview-lock} (mkdir is atomic), holding the owner's process id, removed on release, so nothing stays
     * in the user's folder. A lock whose owner is gone (a run killed while holding it) is taken over.
     */
    private static final class FolderLock implements AutoCloseable {
        // Static on purpose, the one piece of process-wide state: it guards folders on the disk, which two runs in one JVM
        // share as much as two threads of one run do (the lock folder below guards them between processes).
        private static final Map<Path, java.util.concurrent.locks.ReentrantLock> IN_PROCESS = new java.util.concurrent.ConcurrentHashMap<>();
        private static final String NAME = ".csreview-lock";
        private final java.util.concurrent.locks.ReentrantLock local;
        private final Path dir;

        private FolderLock(java.util.concurrent.locks.ReentrantLock local, Path dir) {
            this.local = local;
            this.dir = dir;
        }

        static FolderLock take(Path folder) throws IOException {
            // Before any lock folder exists: a stopping process takes none, and the cleanup is hooked already.
            Stopping.refuseIfStopping(folder);
            Path real = folder.toRealPath();
            java.util.concurrent.locks.ReentrantLock local = IN_PROCESS.computeIfAbsent(real, k -> new java.util.concurrent.locks.ReentrantLock());
            local.lock();
            try {
                Path dir = real.resolve(NAME);
                long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
                while (true) {
                    try {
                        if (POSIX) {
                            Files.createDirectory(dir, dirPermissions());
                        } else {
                            Files.createDirectory(dir);
                        }
                        Stopping.pending(dir);
                        Files.writeString(dir.resolve("pid"), Long.toString(ProcessHandle.current().pid()));
                        return new FolderLock(local, dir);
                    } catch (FileAlreadyExistsException e) {
                        if (abandoned(dir)) {
                            deleteTree(dir);
                        } else if (System.nanoTime() > giveUp) {
                            throw new java.nio.file.FileSystemException(dir.toString(), null, "another csreview run has held this lock for 10 minutes");
                        } else {
                            Thread.sleep(20);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                local.unlock();
                throw new java.io.InterruptedIOException("interrupted while waiting for " + folder);
            } catch (IOException | RuntimeException e) {
                local.unlock();
                throw e;
            }
        }

        /** Its owner is not running here (and it is not brand new), or it never got an owner and is old. */
        private static boolean abandoned(Path dir) {
            try {
                long age = System.currentTimeMillis() - Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).toMillis();
                Path pidFile = dir.resolve("pid");
                if (!Files.isRegularFile(pidFile, LinkOption.NOFOLLOW_LINKS)) {
                    return age > 10_000;
                }
                long pid;
                try {
                    pid = Long.parseLong(Files.readString(pidFile).trim());
                } catch (NumberFormatException e) {
                    return age > 10_000; // being written, or its writer was killed
                }
                return age > 2_000 && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
            } catch (IOException e) {
                return false; // released meanwhile: look again
            }
        }

        @Override
        public void close() throws IOException {
            try {
                deleteTree(dir);
                Stopping.settled(dir);
            } finally {
                local.unlock();
            }
        }
    }

    /**
     * Writes a file and waits once for the disk (O_SYNC waited on every 8 KB chunk Files.write hands over). A
     * failure (the disk full) names the package file, not the temporary one.
     */
    private static void writeDurably(Path file, PackageBuilder.Writing writing, Path named) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
            writing.to(out);
            out.flush();
            channel.force(true);
        } catch (java.nio.file.FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw new java.nio.file.FileSystemException(named.toString(), null, e.getMessage());
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
        String prefix = asidePrefix(abs);
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

    /**
     * Where a replaced package waits to be deleted: named by a digest of the package's name, not the name itself,
     * which may already be as long as a file name can be (a long company name would make --force fail for ever).
     */
    private static String asidePrefix(Path abs) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(abs.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return ".csreview-old-" + java.util.HexFormat.of().formatHex(digest, 0, 8) + "-";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Creates the folders that are missing as 0700 (on POSIX), whatever the umask: they will hold confidential output. */
    public static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (dir.getParent() != null) {
            createPrivateDirectories(dir.getParent());
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
