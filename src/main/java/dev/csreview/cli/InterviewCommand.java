package dev.csreview.cli;

import dev.csreview.interview.InterviewRunner;
import dev.csreview.interview.terminal.Prompters;
import dev.csreview.run.InterviewRun;
import dev.csreview.run.RunContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code csreview interview}: the guided interview. Asks the questionnaire's questions on the terminal (JLine) or as
 * numbered lines (dumb terminals, pipes, {@code --plain}), saves every answer to the session file at once, and at the
 * end prints the assessment and writes the declaration package exactly as {@code assess --out} does.
 */
@Command(
        name = "interview",
        mixinStandardHelpOptions = true,
        addMethodSubcommands = false)
final class InterviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    QuestionnaireOption questionnaire;

    @Mixin
    QuestionnairePath questionnairePath;

    @Option(names = "--session", paramLabel = "FILE", defaultValue = "csreview-session.yaml")
    Path session;

    @Option(names = "--resume")
    boolean resume;

    @Option(names = "--update", paramLabel = "PROFILE")
    Path update;

    @Option(names = "--new")
    boolean fresh;

    @Option(names = "--sources")
    boolean sources;

    @Option(names = "--plain")
    boolean plain;

    @Mixin
    PackageOptions pkg;

    private final RunContext context;
    private final InputStream stdin;

    InterviewCommand(RunContext context) {
        this(context, System.in);
    }

    /** For tests: the plain prompter reads this instead of standard input. */
    InterviewCommand(RunContext context, InputStream stdin) {
        this.context = context;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InterviewRun.Request request = new InterviewRun.Request(questionnaire.orNull(), questionnairePath.folders, session,
                spec.commandLine().getParseResult().hasMatchedOption("--session"), resume, update, fresh, sources,
                pkg.choices(context.env()), common.lang());
        InterviewRun.FrontEnd frontEnd = labels -> Prompters.openInBackground(plain, stdin, err, labels,
                () -> (org.jline.terminal.Terminal) context.takeTerminal());
        InterviewRun.Summary summary = new InterviewRun(context, spec.commandLine().getOut(), err, frontEnd, Version.get()).run(request);
        return switch (summary.ending()) {
            case INTERRUPTED -> ExitCode.INTERRUPTED;
            // Nothing interrupted the run, but the package was not written: a script must not read this as done.
            case INPUT_ENDED -> ExitCode.FAILED;
            case FINISHED, QUIT -> ExitCode.OK;
        };
    }
}
