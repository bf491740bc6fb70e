package dev.csreview.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.files.InputFiles;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /**
     * Every name a templates folder can supply for this questionnaire: package.yaml, the documents it names in each
     * language (the folder's package.yaml first, so a document of one's own counts), the HTML layouts and
     * reference.docx. Templates come from strings (an include reads no file), so nothing else is ever read.
     */
    public java.util.Set<String> names() throws InvalidInputException {
        java.util.Set<String> names = new java.util.TreeSet<>(java.util.List.of(PackageSpec.FILE, "layout.html.peb", "portfolio.html.peb",
                "reference.docx"));
        PackageSpec.read(this).ifPresent(spec -> spec.documents().forEach(d -> {
            for (dev.csreview.questionnaire.Lang lang : dev.csreview.questionnaire.Lang.values()) {
                names.add(lang.code() + "/" + d.template());
            }
        }));
        return names;
    }

    /** The template text for a relative name, from the override folder first. */
    public Optional<String> read(String name) {
        return readBinary(name, InputFiles.YAML_LIMIT).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }

    public Optional<byte[]> readBytes(String name) {
        return read(name).map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A binary file (a firm's reference .docx), from the override folder first. */
    public Optional<byte[]> readBinary(String name) {
        return readBinary(name, InputFiles.BINARY_LIMIT);
    }

    /**
     * A file of the override folder, if it has one, read through the bounded reader; a name there that is not a
     * regular file inside the folder (a link to /etc/shadow, a FIFO) is an error, not silently the built-in one.
     */
    private Optional<byte[]> readBinary(String name, int limit) {
        if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
            return Optional.empty();
        }
        try {
            if (overrideDir != null) {
                Path p = overrideDir.resolve(name).normalize();
                if (p.startsWith(overrideDir.normalize()) && Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (!InputFiles.regularFileInside(p, overrideDir)) {
                        throw new TemplateRenderer.TemplateException(p.toString(), Diagnostic.Term.of("template outside"));
                    }
                    return Optional.of(InputFiles.read(p, limit));
                }
            }
            try (InputStream in = TemplateSource.class.getResourceAsStream(classpathRoot + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (InvalidInputException e) {
            throw new TemplateRenderer.TemplateException(overrideDir.resolve(name).toString(), e.diagnostics().get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The build-time parsed tree of the built-in file {@code name} ({@link dev.csreview.yaml.TreeCache}), or null.
     * It is used only for the bytes it was made from, so a file of the templates folder never takes it.
     */
    public byte[] builtinTree(String name) {
        try (InputStream in = TemplateSource.class.getResourceAsStream(classpathRoot + name + ".tree")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null; // only a slower start
        }
    }

    public String describe(String name) {
        return overrideDir != null && Files.isRegularFile(overrideDir.resolve(name)) ? overrideDir.resolve(name).toString() : "builtin:" + classpathRoot + name;
    }
}
