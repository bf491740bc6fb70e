package dev.csreview.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Files and folders csreview is still writing in the user's folders (temporary files, package folders, locks),
 * removed by one shutdown hook if the process is stopped (Ctrl-C, SIGTERM) before they are renamed into place or
 * deleted. Process-wide on purpose: a shutdown is the process's, whichever run made them.
 */
public final class RemovedOnStop {
    private static final Set<Path> PATHS = ConcurrentHashMap.newKeySet();
    private static final List<Runnable> FIRST = new CopyOnWriteArrayList<>();

    static {
        // Hooked as soon as anything can be added, never later: a stop that comes before a later hook would find
        // nothing registered (Runtime refuses new hooks once it is stopping) and leave a lock or a half package.
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(RemovedOnStop::removeAll, "csreview-cleanup"));
        } catch (IllegalStateException e) {
            // already stopping: the writers' own failure handling deletes what they made
        }
    }

    private RemovedOnStop() {}

    /** Hooks the cleanup now (it is hooked when this class is first used): before a stop can come. */
    public static void hookNow() {
        // nothing more: loading the class hooked it
    }

    /** {@code path} (a file or a folder) is removed if the process stops before {@link #settled} is called. */
    public static void add(Path path) {
        PATHS.add(path);
    }

    /** Renamed into place or deleted: nothing to remove. */
    public static void settled(Path path) {
        PATHS.remove(path);
    }

    /** Runs when the process stops, before anything is removed (to stop writers renaming what is being removed). */
    public static void first(Runnable step) {
        FIRST.add(step);
    }

    private static void removeAll() {
        FIRST.forEach(Runnable::run);
        for (Path p : PATHS) {
            // A writer thread may still add a file to a folder while it is deleted: try a few times.
            for (int attempt = 0; attempt < 5 && Files.exists(p, LinkOption.NOFOLLOW_LINKS); attempt++) {
                try {
                    deleteTree(p);
                } catch (IOException | java.io.UncheckedIOException e) {
                    Thread.onSpinWait();
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
