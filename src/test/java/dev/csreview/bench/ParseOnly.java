package dev.csreview.bench;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireCatalog;
import dev.csreview.questionnaire.QuestionnaireLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The batch benchmark's baseline: read and parse (type) every profile in a folder, nothing else, so that the
 * engine's overhead can be stated as a ratio. Run by scripts/bench-goals.sh and scripts/bench-batch.sh.
 *
 * <p>{@code ParseOnly <folder> [threads]}: as many threads as {@code assess} uses by default (one per processor)
 * unless told, so that the ratio compares work with work, not two threads with one.
 */
public final class ParseOnly {
    private ParseOnly() {}

    public static void main(String[] args) throws Exception {
        Questionnaire q = new QuestionnaireCatalog().load(new QuestionnaireCatalog().defaultId(), new QuestionnaireLoader()).questionnaire();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        Runnable parse = () -> {
            ProfileLoader loader = new ProfileLoader();
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                Diagnostics d = new Diagnostics();
                try {
                    if (loader.load(files.get(i).toString(), Files.readAllBytes(files.get(i)), q, d).isPresent() && !d.hasErrors()) {
                        ok.incrementAndGet();
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread w = new Thread(parse, "parse-" + t);
            w.start();
            workers.add(w);
        }
        parse.run();
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("parsed %d/%d profiles on %d thread(s) in %.2f s: %.0f profiles/s%n",
                ok.get(), files.size(), threads, seconds, files.size() / seconds);
    }
}
