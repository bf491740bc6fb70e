package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.diagnostic.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The questionnaires built into the jar (copied there from {@code questionnaires/}). The list and the
 * default live in {@code questionnaires/catalog.txt}: one id a line, the first is the default.
 */
public final class QuestionnaireCatalog {
    private static final String ROOT = "/questionnaires/";

    private final List<String> ids;

    public QuestionnaireCatalog() {
        this.ids = readCatalog();
    }

    public List<String> ids() {
        return ids;
    }

    public String defaultId() {
        return ids.get(0);
    }

    /** The raw bytes of a built-in questionnaire, if there is one with that id. */
    public Optional<byte[]> bytes(String id) {
        return resource(id, ".yaml");
    }

    /** The build-time parsed tree of a built-in questionnaire ({@link dev.csreview.yaml.TreeCache}), if the jar has one. */
    public Optional<byte[]> tree(String id) {
        return resource(id, ".yaml.tree");
    }

    /**
     * Whether {@code id} names a built-in: a catalog id, or an earlier published version of one kept in
     * {@code questionnaires/versions/} ({@code cybersecurity-review-2022@1.0.0}), for comparing and migrating.
     */
    public boolean has(String id) {
        return ids.contains(id) || archived(id).isPresent() && bytes(id).isPresent();
    }

    /** The resource path of an earlier version, {@code versions/<id>-<version>}, if {@code id} is {@code <catalog id>@<version>}. */
    private Optional<String> archived(String id) {
        int at = id.indexOf('@');
        if (at < 0 || !ids.contains(id.substring(0, at)) || !Versions.valid(id.substring(at + 1))) {
            return Optional.empty();
        }
        return Optional.of("versions/" + id.substring(0, at) + "-" + id.substring(at + 1));
    }

    private Optional<byte[]> resource(String id, String suffix) {
        Optional<String> name = ids.contains(id) ? Optional.of(id) : archived(id);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = QuestionnaireCatalog.class.getResourceAsStream(ROOT + name.get() + suffix)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a built-in questionnaire by id. */
    public QuestionnaireLoader.Loaded load(String id, QuestionnaireLoader loader) throws InvalidInputException {
        byte[] bytes = bytes(id).orElseThrow(() -> new InvalidInputException(List.of(
                Diagnostic.error(Location.of(id), "F002", id, String.join(", ", ids)))));
        return loader.load("builtin:" + id, bytes, tree(id).orElse(null));
    }

    private static List<String> readCatalog() {
        try (InputStream in = QuestionnaireCatalog.class.getResourceAsStream(ROOT + "catalog.txt")) {
            if (in == null) {
                throw new IllegalStateException("questionnaires/catalog.txt is missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
