package dev.csreview.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files in --output-dir not yet renamed into place or poured and deleted. A shutdown hook, registered when
 * the first one is made, removes them, so that a batch stopped by Ctrl-C or SIGTERM leaves nothing behind; only
 * SIGKILL can.
 */
final class TemporaryFiles {
    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    private boolean hooked;

    /** A new empty temporary file in {@code dir}, removed at exit unless {@link #done(Path)} is called first. */
    Path create(Path dir) throws IOException {
        synchronized (this) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(this::removeAll, "csreview-output-cleanup"));
                hooked = true;
            }
        }
        Path tmp = Files.createTempFile(dir, ".csreview-", ".tmp");
        files.add(tmp);
        return tmp;
    }

    /** The file was moved into place or deleted: nothing to remove at exit. */
    void done(Path tmp) {
        files.remove(tmp);
    }

    private void removeAll() {
        for (Path p : files) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // exiting anyway; nothing else to try
            }
        }
    }
}
