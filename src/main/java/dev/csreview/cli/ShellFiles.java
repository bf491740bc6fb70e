package dev.csreview.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the completion scripts and manual pages into a folder, laid out as under a PREFIX:
 * {@code share/bash-completion/completions/csreview}, {@code share/zsh/site-functions/_csreview},
 * {@code share/fish/vendor_completions.d/csreview.fish}, {@code share/man/man1/*.1}. Run at package time
 * (pom.xml) and by install.sh.
 */
public final class ShellFiles {
    private ShellFiles() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ShellFiles DIR");
            System.exit(ExitCode.INVALID);
        }
        write(Path.of(args[0]));
    }

    static void write(Path root) throws IOException {
        Path share = root.resolve("share");
        write(share.resolve("bash-completion/completions/csreview"), ShellCompletion.bash());
        write(share.resolve("zsh/site-functions/_csreview"), ShellCompletion.zsh());
        write(share.resolve("fish/vendor_completions.d/csreview.fish"), ShellCompletion.fish());
        for (Map.Entry<String, String> page : ManPages.all(Version.get()).entrySet()) {
            write(share.resolve("man/man1").resolve(page.getKey()), page.getValue());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
