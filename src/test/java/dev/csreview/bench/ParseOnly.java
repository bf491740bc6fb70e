package dev.csreview.bench;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The batch benchmark's baseline: read and parse (type) every profile in a folder, nothing else, so that the
 * engine's overhead can be stated as a ratio. Run by scripts/bench-batch.sh.
 */
public final class ParseOnly {
    private ParseOnly() {}

    public static void main(String[] args) throws Exception {
        Questionnaire q = new QuestionnaireCatalog().load(new QuestionnaireCatalog().defaultId(), new QuestionnaireLoader()).questionnaire();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        ProfileLoader loader = new ProfileLoader();
        long start = System.nanoTime();
        int ok = 0;
        for (Path f : files) {
            Diagnostics d = new Diagnostics();
            if (loader.load(f.toString(), Files.readAllBytes(f), q, d).isPresent() && !d.hasErrors()) {
                ok++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("parsed %d/%d profiles in %.2f s: %.0f profiles/s%n", ok, files.size(), seconds, files.size() / seconds);
    }
}
