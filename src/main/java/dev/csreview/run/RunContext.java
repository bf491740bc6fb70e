package dev.csreview.run;

import dev.csreview.questionnaire.QuestionnaireLoader;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What one process's run holds for its commands, built once by the command line and handed to each command: the
 * start-up work begun before parsing (the preloaded questionnaire, an interview's terminal), the environment, and
 * the temporary files to remove if the process is stopped. Nothing of this lives in static fields, so two runs in
 * one JVM (tests) share nothing.
 */
public final class RunContext {
    private final Preload preload;
    private final Map<String, String> env;
    private final TemporaryFiles temporaryFiles = new TemporaryFiles();

    private RunContext(Preload preload, Map<String, String> env) {
        this.preload = preload;
        this.env = Map.copyOf(env);
    }

    /**
     * The context of a process run as {@code csreview args…}: starts loading what the command will need at once.
     * {@code openTerminal}, if not null, opens an interview's terminal meanwhile.
     */
    public static RunContext forProcess(String[] args, Map<String, String> env, Callable<? extends AutoCloseable> openTerminal) {
        return new RunContext(Preload.start(args, openTerminal), env);
    }

    /** A context with nothing started ahead (tests, and runs embedded in another program). */
    public static RunContext of(Map<String, String> env) {
        return new RunContext(Preload.none(), env);
    }

    /** The environment variables the run reads (SOURCE_DATE_EPOCH, CI, CSREVIEW_CONFIG, LANG…). */
    public Map<String, String> env() {
        return env;
    }

    /** A fresh reader of the run's input files; it takes the preloaded questionnaire when it asks for that one. */
    public Inputs inputs() {
        return new Inputs(this);
    }

    /** The terminal opened at start-up, once (null if none was: the caller opens its own). */
    public AutoCloseable takeTerminal() {
        return preload.takeTerminal();
    }

    QuestionnaireLoader.Loaded preloaded(String id) throws dev.csreview.diagnostic.InvalidInputException {
        return preload.take(id);
    }

    TemporaryFiles temporaryFiles() {
        return temporaryFiles;
    }
}
