package dev.csreview.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where document templates come from: the folder beside a built-in questionnaire inside the jar, or a
 * consultant's own folder ({@code --templates DIR}) that overrides it file by file.
 */
public final class TemplateSource {
    private final String classpathRoot;
    private final Path overrideDir;

    public TemplateSource(String questionnaireId, Path overrideDir) {
        this.classpathRoot = "/questionnaires/templates/" + questionnaireId + "/";
        this.overrideDir = overrideDir;
    }

    /** The template text for a relative name, from the override folder first. */
    public Optional<String> read(String name) {
        if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
            return Optional.empty();
        }
        try {
            if (overrideDir != null) {
                Path p = overrideDir.resolve(name).normalize();
                if (p.startsWith(overrideDir.normalize()) && Files.isRegularFile(p)) {
                    return Optional.of(Files.readString(p, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            try (InputStream in = TemplateSource.class.getResourceAsStream(classpathRoot + name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<byte[]> readBytes(String name) {
        return read(name).map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A binary file (a firm's reference .docx), from the override folder first. */
    public Optional<byte[]> readBinary(String name) {
        if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
            return Optional.empty();
        }
        try {
            if (overrideDir != null) {
                Path p = overrideDir.resolve(name).normalize();
                if (p.startsWith(overrideDir.normalize()) && Files.isRegularFile(p)) {
                    return Optional.of(Files.readAllBytes(p));
                }
            }
            try (InputStream in = TemplateSource.class.getResourceAsStream(classpathRoot + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String describe(String name) {
        return overrideDir != null && Files.isRegularFile(overrideDir.resolve(name)) ? overrideDir.resolve(name).toString() : "builtin:" + classpathRoot + name;
    }
}
