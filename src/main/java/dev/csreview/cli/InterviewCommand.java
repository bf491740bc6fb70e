package dev.csreview.cli;

import dev.csreview.run.Inputs;
import dev.csreview.run.PackageChoices;
import dev.csreview.run.RunException;
import dev.csreview.run.DiagnosticPrinter;
import dev.csreview.run.PackageWriting;
import dev.csreview.run.RunContext;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.interview.ConfirmScreen;
import dev.csreview.interview.Interview;
import dev.csreview.interview.InterviewRunner;
import dev.csreview.interview.Labels;
import dev.csreview.interview.Prompter;
import dev.csreview.interview.Reply;
import dev.csreview.interview.SessionFile;
import dev.csreview.interview.terminal.Prompters;
import dev.csreview.output.TextReport;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.report.PackageFolder;
import dev.csreview.report.PackageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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
        mixinStandardHelpOptions = true)
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lang lang = common.lang();
        Labels labels = Labels.of(lang);
        if (resume && fresh) {
            err.println("csreview: " + CliMessages.get(lang, "interview.resumeAndNew"));
            return ExitCode.INVALID;
        }
        if (update != null) {
            if (fresh || !Files.isRegularFile(update)) {
                err.println("csreview: " + (fresh ? CliMessages.get(lang, "interview.updateAndNew") : CliMessages.get(lang, "interview.noProfile", update)));
                return ExitCode.INVALID;
            }
            session = update;
            resume = true;
        }
        // Package options are checked now, not after a long interview; the calendar loads only at the end.
        Optional<LocalDate> fixedDate;
        try {
            fixedDate = pkg.fixedDate(context.env());
            pkg.formats();
            pkg.languages();
            pkg.choices(context.env()).checkTemplates();
            if (pkg.out == null) {
                pkg.out = Path.of(".");
            }
        } catch (RunException e) {
            err.println("csreview: " + e.getMessage());
            return ExitCode.INVALID;
        }
        CompletableFuture<Prompters.Opened> opening = Prompters.openInBackground(plain, stdin, err, labels, () -> (org.jline.terminal.Terminal) context.takeTerminal());
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(lang, inputs.sources);
        Questionnaire q;
        byte[] saved = null;
        try {
            inputs.allowQuestionnairesUnder(questionnairePath.folders);
            if (Files.exists(session)) {
                saved = inputs.read(session);
            }
            var named = saved == null ? java.util.Optional.<dev.csreview.yaml.YNode.Scalar>empty()
                    : new ProfileLoader().questionnaireNode(session.toString(), saved);
            q = questionnaire.choose(inputs, named).questionnaire();
        } catch (InvalidInputException e) {
            Prompters.discard(opening);
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        }

        SessionFile file = new SessionFile(session, q, lang);
        InterviewRunner.Result result;
        try (Prompters.Opened prompter = Prompters.await(opening)) {
            SessionFile.Saved start = startingPoint(prompter.prompter(), labels, saved, file, printer, err);
            if (start == null) {
                return ExitCode.INVALID;
            }
            if (update != null && start.migration() != null) {
                // The interview saves the profile in its own layout: the file as the user wrote it stays beside it.
                Path bak = SessionFile.backupOf(update);
                Files.copy(update, bak);
                prompter.prompter().say(labels.get("notice.backup", bak));
            }
            // The date is looked up on the first save, not before the first question (the zone database costs start-up).
            java.util.function.Supplier<LocalDate> today = new java.util.function.Supplier<>() {
                private LocalDate day;

                @Override
                public LocalDate get() {
                    if (day == null) {
                        day = fixedDate.orElseGet(LocalDate::now);
                    }
                    return day;
                }
            };
            file.keepHistory(start.history(), start.migration(), today);
            file.keepEvidence(start.evidence());
            Interview interview = new Interview(q, lang, start.answers(), start.position(), start.toAsk());
            result = new InterviewRunner(interview, prompter.prompter(), file).run();
            if (result == InterviewRunner.Result.FINISHED && sources) {
                askSources(q, lang, labels, prompter.prompter(), file, interview);
            }
        } catch (Prompter.Quit e) {
            result = InterviewRunner.Result.QUIT;
        } catch (Prompter.Interrupted e) {
            result = InterviewRunner.Result.INTERRUPTED;
        }
        // The terminal is restored by now, so the message lands on a normal screen.
        String sessionOption = spec.commandLine().getParseResult().hasMatchedOption("--session") ? " --session " + session : "";
        if (result == InterviewRunner.Result.QUIT) {
            // Quitting on purpose is not an interruption: the session is saved and the run did what was asked.
            err.println(labels.get("quit", session, sessionOption));
            err.flush();
            return ExitCode.OK;
        }
        if (result == InterviewRunner.Result.INTERRUPTED) {
            err.println("csreview: " + labels.get("interrupted", session, sessionOption));
            err.flush();
            return ExitCode.INTERRUPTED;
        }
        err.println(labels.get("finished", session));
        if (!sources) {
            err.println(labels.get("sources.offer"));
        }
        return finish(q, lang, labels, fixedDate.orElseGet(LocalDate::now), printer, out, err);
    }

    /**
     * {@code --sources}: the facts the saved answers' conclusions rest on, each asked for its source and saved at once.
     * A session that does not assess (it will be reported by the batch path after) is left as it is.
     */
    private void askSources(Questionnaire q, Lang lang, Labels labels, Prompter prompter, SessionFile file, dev.csreview.interview.Interview interview)
            throws IOException {
        ProfileAssessor.Result assessed = new ProfileAssessor(q).assess(session.toString(), Files.readAllBytes(session));
        if (assessed.assessment().isEmpty()) {
            return;
        }
        Assessment a = assessed.assessment().get();
        new dev.csreview.interview.SourcesInterview(q, lang, labels).ask(prompter, dev.csreview.assessment.RestsOn.questions(a), a.answers().answers(),
                a.evidence(), given -> {
                    file.keepEvidence(given);
                    file.save(interview.answers(), interview.position());
                });
    }

    /** A resumed session's answers and position, or nothing to start over; null when the session cannot be read. */
    private SessionFile.Saved startingPoint(Prompter prompter, Labels labels, byte[] saved, SessionFile file, DiagnosticPrinter printer,
            PrintWriter err) throws IOException {
        SessionFile.Saved none = new SessionFile.Saved(Map.of(), null, new Diagnostics());
        if (saved == null) {
            return none;
        }
        if (!resume && (fresh || !askToResume(prompter, labels, saved, file))) {
            file.moveAside();
            return none;
        }
        Diagnostics problems = new Diagnostics();
        Optional<SessionFile.Saved> s = file.load(saved, problems);
        // Answers the questionnaire no longer accepts are left out (and asked again); the diagnostics say which.
        printer.print(problems.list(), err);
        // Unreadable, or answers to another questionnaire (P001): resuming would silently lose answers.
        if (s.isEmpty() || problems.list().stream().anyMatch(d -> d.code().equals("P001"))) {
            err.println("csreview: " + labels.get("session.damaged", session));
            return null;
        }
        prompter.say(labels.get("notice.resumed", session, s.get().answers().size()));
        if (s.get().migration() != null) {
            prompter.say(labels.get("notice.migrated", s.get().migration().from(), s.get().migration().to(), s.get().toAsk().size()));
        }
        return s.get();
    }

    private boolean askToResume(Prompter prompter, Labels labels, byte[] saved, SessionFile file) {
        long answers = new String(saved, StandardCharsets.UTF_8).lines().filter(l -> l.matches("  [a-z][a-z0-9_]*:.*")).count();
        // The cursor on "yes": resuming loses nothing, starting over by a stray Enter would put the answers aside.
        ConfirmScreen ask = new ConfirmScreen(labels.get("resume.message", session, answers, file.backup()), List.of(), null, true);
        while (true) {
            Reply r = prompter.confirm(ask);
            if (r instanceof Reply.Given g && g.value() instanceof Boolean b) {
                return b;
            }
        }
    }

    /** The batch path on the saved session: the same assessment and package as {@code assess SESSION --out DIR}. */
    private int finish(Questionnaire q, Lang lang, Labels labels, LocalDate today, DiagnosticPrinter printer, PrintWriter out,
            PrintWriter err) throws IOException {
        byte[] bytes = Files.readAllBytes(session);
        ProfileAssessor.Result result = new ProfileAssessor(q).assess(session.toString(), bytes);
        printer.print(result.diagnostics().stream().filter(d -> !d.code().equals("P020")).toList(), err);
        if (result.assessment().isEmpty()) {
            return ExitCode.INVALID;
        }
        Assessment a = result.assessment().get();
        out.print(new TextReport(lang).render(a));
        out.flush();
        PackageRequest request = new PackageRequest(pkg.formats(), pkg.languages(), today, ChinaWorkingDays.builtin(), Version.get());
        try {
            PackageChoices.Loaded style = pkg.choices(context.env()).load(context.inputs(), context.env());
            Path folder = new PackageWriting(style.settings()).write(a, request.withBrand(style.brand()));
            out.println(labels.get("package.written", folder));
        } catch (PackageFolder.ExistsException e) {
            err.println("csreview: " + CliMessages.get(lang, "interview.exists", e.getMessage(), session, pkg.out));
            return ExitCode.INVALID;
        } catch (RunException e) {
            err.println("csreview: " + e.getMessage());
            return ExitCode.INVALID;
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        }
        out.flush();
        return ExitCode.OK;
    }
}
