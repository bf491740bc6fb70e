package dev.csreview.run;

import dev.csreview.batch.BatchAssessor;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.diagnostic.Location;
import dev.csreview.files.InputFiles;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import dev.csreview.yaml.YNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * File input for commands: reads files, remembers their text for diagnostics, expands directories, and
 * loads questionnaires by built-in id or path. The edge where the pure core meets the disk.
 */
public final class Inputs {
    // Concurrent: batch workers load the questionnaires that profiles name while the main thread reads profiles.
    public final Map<String, byte[]> sources = new ConcurrentHashMap<>();
    public final QuestionnaireLoader loader = new QuestionnaireLoader();
    public final QuestionnaireCatalog catalog = new QuestionnaireCatalog();
    private final Map<String, QuestionnaireLoader.Loaded> loaded = new HashMap<>();
    private final List<Path> allowed = new ArrayList<>();
    private final java.util.Set<Path> setAside = new java.util.HashSet<>();
    private final RunContext context;

    Inputs(RunContext context) {
        this.context = context;
    }

    /** Profiles for a batch: read here, each with the questionnaire {@code chosen} (or, if null, the one it names). */
    public BatchAssessor.Source batchSource(String chosen) {
        return new BatchAssessor.Source() {
            @Override
            public byte[] read(Path file) throws InvalidInputException {
                return Inputs.this.read(file);
            }

            @Override
            public Questionnaire questionnaire(Optional<YNode.Scalar> named) throws InvalidInputException {
                return choose(chosen, named).questionnaire();
            }
        };
    }

    /**
     * The questionnaire {@code chosen} (--questionnaire: an id or file), else the one {@code named} (a profile's header)
     * names, else the built-in default.
     */
    public QuestionnaireLoader.Loaded choose(String chosen, Optional<YNode.Scalar> named) throws InvalidInputException {
        return chosen != null ? questionnaire(chosen)
                : named.isPresent() ? namedByProfile(named.get().text(), named.get().location())
                : questionnaire(catalog.defaultId());
    }

    /** Reads a YAML input through the one bounded reader, keeping its bytes to show lines in diagnostics (exit 2 if unreadable). */
    public byte[] read(Path path) throws InvalidInputException {
        byte[] bytes = InputFiles.read(path, InputFiles.YAML_LIMIT);
        // Kept as bytes, decoded only if a diagnostic shows a line of it.
        sources.put(path.toString(), bytes);
        return bytes;
    }

    /**
     * Folders whose questionnaire files a profile may name ({@code --questionnaire-path}); a profile comes from a
     * client, and a path in it must not make csreview read the consultant's machine.
     */
    public void allowQuestionnairesUnder(List<Path> folders) throws InvalidInputException {
        for (Path folder : folders) {
            try {
                allowed.add(folder.toRealPath());
            } catch (IOException e) {
                throw new InvalidInputException(List.of(Diagnostic.error(Location.of(folder.toString()), "F003", folder)));
            }
        }
    }

    /**
     * The questionnaire a profile's header names: a built-in id, or a file resolved against the profile's folder
     * that must be a regular file inside a folder the user allowed. {@code namedAt} is the header's location.
     */
    public QuestionnaireLoader.Loaded namedByProfile(String idOrPath, Location namedAt) throws InvalidInputException {
        if (catalog.ids().contains(idOrPath)) {
            return questionnaire(idOrPath, namedAt);
        }
        if (!writtenAsPath(idOrPath)) {
            // Not looked up on the disk: 'questionnaire: passwd' run from /etc names no file.
            throw unknownId(idOrPath, namedAt);
        }
        Path profileFolder = Path.of(namedAt.file()).toAbsolutePath().getParent();
        Path real;
        try {
            real = profileFolder.resolve(idOrPath).normalize().toRealPath();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            real = null;
        }
        if (real == null || allowed.stream().noneMatch(real::startsWith)) {
            // Refused before anything is opened, and the same answer whether or not the file exists: a profile
            // cannot probe the machine.
            throw new InvalidInputException(List.of(Diagnostic.error(namedAt, "F005", idOrPath, String.join(", ", catalog.ids()))));
        }
        InputFiles.regularFile(real, namedAt);
        return questionnaire(real.toString(), namedAt);
    }

    /** A built-in id or a path to a questionnaire file; cached, since many profiles share one. */
    public QuestionnaireLoader.Loaded questionnaire(String idOrPath) throws InvalidInputException {
        return questionnaire(idOrPath, Location.of(idOrPath));
    }

    /** As {@link #questionnaire(String)}; {@code namedAt} is where the id was written (a profile's header), for "no such questionnaire". */
    public synchronized QuestionnaireLoader.Loaded questionnaire(String idOrPath, Location namedAt) throws InvalidInputException {
        QuestionnaireLoader.Loaded cached = loaded.get(idOrPath);
        if (cached != null) {
            return cached;
        }
        QuestionnaireLoader.Loaded result;
        if (catalog.has(idOrPath)) {
            byte[] bytes = catalog.bytes(idOrPath).orElseThrow();
            sources.put("builtin:" + idOrPath, bytes);
            QuestionnaireLoader.Loaded preloaded = context.preloaded(idOrPath);
            result = preloaded != null ? preloaded : loader.load("builtin:" + idOrPath, bytes, catalog.tree(idOrPath).orElse(null));
        } else if (looksLikePath(idOrPath)) {
            Path p;
            try {
                p = Path.of(idOrPath);
            } catch (java.nio.file.InvalidPathException e) {
                throw new InvalidInputException(List.of(Diagnostic.error(namedAt, "F001", e.getMessage())));
            }
            byte[] bytes = InputFiles.read(p, InputFiles.YAML_LIMIT);
            if (!looksLikeQuestionnaire(bytes)) {
                // Not kept for diagnostics: whatever the file is (/etc/passwd, a key), its lines are not echoed.
                throw new InvalidInputException(List.of(Diagnostic.error(Location.of(p.toString()), "F006")));
            }
            sources.put(p.toString(), bytes);
            result = loader.load(p.toString(), bytes);
        } else {
            throw unknownId(idOrPath, namedAt);
        }
        loaded.put(idOrPath, result);
        return result;
    }

    private static boolean isProfileName(Path file) {
        String name = file.toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** A questionnaire has a top-level {@code sections:}; anything else is not shown line by line. */
    public static boolean looksLikeQuestionnaire(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("sections:") || text.contains("\nsections:");
    }

    private InvalidInputException unknownId(String id, Location namedAt) {
        return new InvalidInputException(List.of(Diagnostic.error(namedAt, "F002", id, String.join(", ", catalog.ids()),
                new Diagnostic.Hint(dev.csreview.yaml.Fields.didYouMean(id, catalog.ids())))));
    }

    private static boolean writtenAsPath(String s) {
        return s.contains("/") || s.contains("\\") || s.endsWith(".yaml") || s.endsWith(".yml");
    }

    /** On the command line a bare name is a path too if such a file exists. */
    private static boolean looksLikePath(String s) {
        if (writtenAsPath(s)) {
            return true;
        }
        try {
            return Files.exists(Path.of(s));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * As {@link #expand}, for a batch: none found is a mistake (exit 2) unless {@code allowEmpty} (--allow-empty), since a
     * CI glob that matches nothing must not pass silently (ESLint's convention).
     */
    public List<Path> expandBatch(List<Path> args, boolean allowEmpty, dev.csreview.questionnaire.Lang lang) throws InvalidInputException {
        List<Path> found = expand(args);
        if (found.isEmpty() && !allowEmpty) {
            throw RunException.invalid(lang, "noProfiles", String.join(", ", args.stream().map(String::valueOf).toList()));
        }
        return found;
    }

    /**
     * Files an option names as input of another kind (--waivers, --baseline, --brand…): met in a folder being expanded,
     * or among files a glob named, they are not profiles (the README's CI layout keeps waivers.yaml beside the
     * profiles). Null entries are ignored.
     */
    public void setAside(Path... files) {
        for (Path f : files) {
            if (f != null) {
                setAside.add(identity(f));
            }
        }
    }

    /** As {@link #setAside(Path...)}, for options that take a built-in id or a file (--questionnaire, --compare-with). */
    public void setAsideNamed(String... idsOrFiles) {
        for (String named : idsOrFiles) {
            try {
                if (named != null && Files.isRegularFile(Path.of(named))) {
                    setAside(Path.of(named));
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a file name: an id, or a mistake that loading the questionnaire reports
            }
        }
    }

    /** One name per file: its real path (links and ./ resolved), else its normalised absolute path. */
    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Files as given; directories expand to their *.yaml / *.yml files, sorted, so runs are reproducible. A file named
     * twice (a.yaml ./a.yaml, or a folder and a file in it) is taken once, where it first comes.
     */
    public List<Path> expand(List<Path> args) throws InvalidInputException {
        List<Path> result = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                // Files.find hands over the attributes the walk read already: one look-up per file, not two (only a
                // symbolic link is followed to see whether it leads to a regular file).
                // The walk does not follow links: under the folder's real path, a file's real path is known without
                // asking the disk again, except for a link (ten thousand toRealPath calls cost ~150 ms).
                java.util.Set<Path> links = new java.util.HashSet<>();
                Path root = identity(p);
                try (Stream<Path> s = Files.find(p, Integer.MAX_VALUE, (f, attributes) -> isProfileName(f)
                        && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(f) && links.add(f)))) {
                    s.sorted().forEach(f -> {
                        Path id = links.contains(f) ? identity(f) : root.resolve(p.relativize(f));
                        if (!setAside.contains(id) && seen.add(id)) {
                            result.add(f);
                        }
                    });
                } catch (IOException e) {
                    problems.add(Diagnostic.error(Location.of(p.toString()), "F001", e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                // A glob (compliance/*.yaml) names the waivers beside the profiles as well: still not a profile.
                Path id = identity(p);
                if (!setAside.contains(id) && seen.add(id)) {
                    result.add(p);
                }
            } else {
                problems.add(Diagnostic.error(Location.of(p.toString()), "F003", p));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return result;
    }
}
