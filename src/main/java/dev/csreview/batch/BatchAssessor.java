package dev.csreview.batch;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.yaml.YNode;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Assesses many profiles on a pool of threads, runs a typed job on each valid assessment on the same worker, and
 * hands each result to a sink in input order, as soon as it and every earlier one are done. At most a small window
 * of results is in memory at once, so a batch of 10,000 profiles needs no more memory than one of 100.
 *
 * @param <R> what the job makes of one assessment (its outputs rendered, its package written)
 */
public final class BatchAssessor<R> {
    /**
     * Where profiles and questionnaires come from. Files are read on the calling thread, in order; each profile is
     * parsed once, on a worker, which then asks for the questionnaire its header names (so that must be thread-safe).
     */
    public interface Source {
        byte[] read(Path file) throws InvalidInputException;

        /** The questionnaire for a profile whose header names {@code named} (empty: it names none). */
        Questionnaire questionnaire(Optional<YNode.Scalar> named) throws InvalidInputException;

        /** The assessment with what the run adds to it before any step sees it (its filing plan); as is by default. */
        default Assessment planned(Assessment a) {
            return a;
        }
    }

    /**
     * What a run makes of each valid assessment, on the worker that assessed it, so that the work scales with the
     * threads (rendering outputs, writing a package); throws to reject the profile.
     */
    public interface Job<R> {
        R apply(Assessment a) throws StepException;
    }

    /** A per-profile job failed in a way the user can fix (e.g. the package folder exists). */
    public static final class StepException extends Exception {
        private final transient List<Diagnostic> diagnostics;

        public StepException(String message, List<Diagnostic> diagnostics) {
            super(message);
            this.diagnostics = List.copyOf(diagnostics);
        }

        public List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }

    /**
     * One profile's outcome: an assessment unless it was invalid or its job rejected it, its diagnostics, what the job
     * made of it ({@code value}, null unless assessed), and why the job rejected it ({@code problem}, or null).
     */
    public record Result<R>(Path file, Assessment assessment, List<Diagnostic> diagnostics, R value, String problem) {
        static <R> Result<R> invalid(Path file, List<Diagnostic> diagnostics) {
            return new Result<>(file, null, diagnostics, null, null);
        }
    }

    private final int threads;
    private final Job<R> job;

    /** {@code job} runs on the worker for every valid assessment; what it returns travels in {@link Result#value()}. */
    public BatchAssessor(int threads, Job<R> job) {
        this.threads = Math.max(1, threads);
        this.job = job;
    }

    /** A batch that only assesses: each result carries its assessment and nothing else. */
    public static BatchAssessor<Void> assessing(int threads) {
        return new BatchAssessor<>(threads, a -> null);
    }

    public void run(List<Path> files, Source source, Consumer<Result<R>> sink) throws InterruptedException {
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads);
        Deque<Future<List<Result<R>>>> window = new ArrayDeque<>();
        // Profiles go to the workers in chunks: one hand-over (and one wake-up of this thread) per profile cost as
        // much as typing the profile's answers. Small batches get small chunks, so that every thread has work.
        int chunk = Math.max(1, Math.min(MAX_CHUNK, files.size() / (threads * 8)));
        // By identity: a questionnaire is a large record, hashing it per profile would cost more than assessing.
        Map<Questionnaire, ProfileAssessor> assessors = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        try {
            for (int from = 0; from < files.size(); from += chunk) {
                List<Input> inputs = new ArrayList<>();
                for (Path file : files.subList(from, Math.min(files.size(), from + chunk))) {
                    inputs.add(read(file, source));
                }
                if (pool == null) {
                    for (Input in : inputs) {
                        sink.accept(assess(in, source, assessors));
                    }
                    continue;
                }
                window.addLast(pool.submit(() -> {
                    List<Result<R>> results = new ArrayList<>(inputs.size());
                    for (Input in : inputs) {
                        results.add(assess(in, source, assessors));
                    }
                    return results;
                }));
                drain(window, threads, sink);
            }
            drain(window, 0, sink);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static final int MAX_CHUNK = 4;

    /** A profile as read from disk, or why it could not be read. */
    private record Input(Path file, byte[] bytes, List<Diagnostic> unreadable) {}

    private static Input read(Path file, Source source) {
        try {
            return new Input(file, source.read(file), null);
        } catch (InvalidInputException e) {
            return new Input(file, null, e.diagnostics());
        }
    }

    private static <R> void drain(Deque<Future<List<Result<R>>>> window, int keep, Consumer<Result<R>> sink) throws InterruptedException {
        while (window.size() > keep) {
            try {
                window.removeFirst().get().forEach(sink);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error error) {
                    throw error; // out of memory on a worker is out of memory for the run (exit 3), not an internal error
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static final ProfileLoader PROFILES = new ProfileLoader();

    private Result<R> assess(Input in, Source source, Map<Questionnaire, ProfileAssessor> assessors) {
        if (in.unreadable() != null) {
            return Result.invalid(in.file(), in.unreadable());
        }
        Path file = in.file();
        String name = file.toString();
        Diagnostics parsing = new Diagnostics();
        Optional<YNode> root = PROFILES.parse(name, in.bytes(), parsing);
        if (root.isEmpty()) {
            return Result.invalid(file, parsing.list());
        }
        Questionnaire q;
        try {
            q = source.questionnaire(ProfileLoader.questionnaireNode(root.get()));
        } catch (InvalidInputException e) {
            parsing.addAll(e.diagnostics());
            return Result.invalid(file, parsing.list());
        }
        ProfileAssessor.Result r = assessors.computeIfAbsent(q, ProfileAssessor::new).assess(name, root.get(), parsing);
        if (r.assessment().isEmpty()) {
            return Result.invalid(file, r.diagnostics());
        }
        Assessment a = source.planned(r.assessment().get());
        try {
            return new Result<>(file, a, r.diagnostics(), job.apply(a), null);
        } catch (StepException e) {
            List<Diagnostic> all = new ArrayList<>(r.diagnostics());
            all.addAll(e.diagnostics());
            return new Result<>(file, null, all, null, e.getMessage());
        }
    }
}
