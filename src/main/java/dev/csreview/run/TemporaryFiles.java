package dev.csreview.run;

import dev.csreview.files.RemovedOnStop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Temporary files in --output-dir not yet renamed into place or poured and deleted: removed if the process is
 * stopped (Ctrl-C, SIGTERM; see {@link RemovedOnStop}), so a stopped batch leaves nothing behind; only SIGKILL can.
 */
final class TemporaryFiles {
    /** A new empty temporary file in {@code dir}, removed at exit unless {@link #done(Path)} is called first. */
    Path create(Path dir) throws IOException {
        Path tmp = Files.createTempFile(dir, ".csreview-", ".tmp");
        RemovedOnStop.add(tmp);
        return tmp;
    }

    /** The file was moved into place or deleted: nothing to remove at exit. */
    void done(Path tmp) {
        RemovedOnStop.settled(tmp);
    }
}
