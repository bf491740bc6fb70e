package dev.csreview.run;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folder SARIF paths are relative to: given, else the git work tree holding the profile, else the current folder. */
public final class SourceRoot {
    private SourceRoot() {}

    public static Path of(Path given, Path firstProfile) {
        if (given != null) {
            return given.toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (firstProfile != null) {
            for (Path d = cwd.resolve(firstProfile).normalize().getParent(); d != null; d = d.getParent()) {
                if (Files.exists(d.resolve(".git"))) {
                    return d;
                }
            }
        }
        return cwd;
    }
}
