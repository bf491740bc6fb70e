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
import java.util.function.Function;

/**
 * Assesses many profiles on a pool of threads and hands each result to a sink in input order, as soon as it and
 * every earlier one are done. At most a small window of results is in memory at once, so a batch of 10,000
 * profiles needs no more memory than one of 100.
 */
public final class BatchAssessor {
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

    /** Writes something per assessment (a package) and returns what to report, or throws to reject it. */
    public interface Step {
        String apply(Assessment a) throws StepException;
    }

    /** A per-profile step failed in a way the user can fix (e.g. the package folder exists). */
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
     * One profile's outcome: an assessment unless it was invalid, its diagnostics, what the step reported, and
     * what the renderer made of it (e.g. its JSON), made on the worker so that output scales with the threads.
     */
    public record Result(Path file, Assessment assessment, List<Diagnostic> diagnostics, String stepResult, String problem, Object rendered) {
        public Result(Path file, Assessment assessment, List<Diagnostic> diagnostics, String stepResult, String problem) {
            this(file, assessment, diagnostics, stepResult, problem, null);
        }
    }

    private final int threads;
    private final Function<Assessment, Object> renderer;

    public BatchAssessor(int threads) {
        this(threads, null);
    }

    /** {@code renderer} runs on the worker for every valid assessment; its result travels in {@link Result#rendered()}. */
    public BatchAssessor(int threads, Function<Assessment, Object> renderer) {
        this.threads = Math.max(1, threads);
        this.renderer = renderer;
    }

    public void run(List<Path> files, Source source, Step step, Consumer<Result> sink) throws InterruptedException {
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads);
        Deque<Future<List<Result>>> window = new ArrayDeque<>();
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
                        sink.accept(assess(in, source, assessors, step));
                    }
                    continue;
                }
                window.addLast(pool.submit(() -> {
                    List<Result> results = new ArrayList<>(inputs.size());
                    for (Input in : inputs) {
                        results.add(assess(in, source, assessors, step));
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

    private static void drain(Deque<Future<List<Result>>> window, int keep, Consumer<Result> sink) throws InterruptedException {
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

    private Result assess(Input in, Source source, Map<Questionnaire, ProfileAssessor> assessors, Step step) {
        if (in.unreadable() != null) {
            return new Result(in.file(), null, in.unreadable(), null, null);
        }
        Result r = assessAndStep(in.file(), in.bytes(), source, assessors, step);
        return renderer == null || r.assessment() == null ? r
                : new Result(r.file(), r.assessment(), r.diagnostics(), r.stepResult(), r.problem(), renderer.apply(r.assessment()));
    }

    private static final ProfileLoader PROFILES = new ProfileLoader();

    private static Result assessAndStep(Path file, byte[] bytes, Source source, Map<Questionnaire, ProfileAssessor> assessors, Step step) {
        String name = file.toString();
        Diagnostics parsing = new Diagnostics();
        Optional<YNode> root = PROFILES.parse(name, bytes, parsing);
        if (root.isEmpty()) {
            return new Result(file, null, parsing.list(), null, null);
        }
        Questionnaire q;
        try {
            q = source.questionnaire(ProfileLoader.questionnaireNode(root.get()));
        } catch (InvalidInputException e) {
            parsing.addAll(e.diagnostics());
            return new Result(file, null, parsing.list(), null, null);
        }
        ProfileAssessor.Result r = assessors.computeIfAbsent(q, ProfileAssessor::new).assess(name, root.get(), parsing);
        if (r.assessment().isEmpty()) {
            return new Result(file, null, r.diagnostics(), null, null);
        }
        Assessment a = source.planned(r.assessment().get());
        if (step == null) {
            return new Result(file, a, r.diagnostics(), null, null);
        }
        try {
            return new Result(file, a, r.diagnostics(), step.apply(a), null);
        } catch (StepException e) {
            List<Diagnostic> all = new java.util.ArrayList<>(r.diagnostics());
            all.addAll(e.diagnostics());
            return new Result(file, null, all, null, e.getMessage());
        }
    }
}
