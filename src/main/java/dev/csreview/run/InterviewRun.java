package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.assessment.RestsOn;
import dev.csreview.calendar.ChinaWorkingDays;
import dev.csreview.calendar.Today;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.interview.ConfirmScreen;
import dev.csreview.interview.Interview;
import dev.csreview.interview.InterviewRunner;
import dev.csreview.interview.Labels;
import dev.csreview.interview.Prompter;
import dev.csreview.interview.Reply;
import dev.csreview.interview.SessionFile;
import dev.csreview.interview.SourcesInterview;
import dev.csreview.interview.terminal.Prompters;
import dev.csreview.output.TextReport;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.report.PackageFolder;
import dev.csreview.report.PackageRequest;
import dev.csreview.yaml.YNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * {@code csreview interview}: asks the questionnaire's questions through a prompter the command opens (JLine or plain
 * lines), saves every answer to the session file at once, and at the end prints the assessment and writes the
 * declaration package exactly as {@code assess --out} does.
 */
public final class InterviewRun {
    /**
     * What to ask and where to save it. {@code session}: the session file ({@code sessionNamed}: given by --session,
     * so the hint to resume repeats it); {@code update}: a profile to update in place (it becomes the session);
     * {@code startOver}: --new; {@code sources}: ask for the facts' sources after the questions; {@code packages}: the
     * package options as given (no --out: the current folder).
     */
    public record Request(String questionnaire, List<Path> questionnaireFolders, Path session, boolean sessionNamed, boolean resume,
            Path update, boolean startOver, boolean sources, PackageChoices packages, Lang lang) {}

    /** How the interview ended; on FINISHED, the package's folder. */
    public record Summary(InterviewRunner.Result ending, Path packageFolder) {}

    /**
     * Opens the interview's front end on another thread while the questionnaire loads (the command picks JLine or the
     * plain prompter: the run knows no terminal).
     */
    @FunctionalInterface
    public interface FrontEnd {
        CompletableFuture<Prompters.Opened> open(Labels labels);
    }

    private final RunContext context;
    private final PrintWriter out;
    private final PrintWriter err;
    private final FrontEnd frontEnd;
    private final String version;

    public InterviewRun(RunContext context, PrintWriter out, PrintWriter err, FrontEnd frontEnd, String version) {
        this.context = context;
        this.out = out;
        this.err = err;
        this.frontEnd = frontEnd;
        this.version = version;
    }

    public Summary run(Request r) throws IOException {
        Lang lang = r.lang();
        Labels labels = Labels.of(lang);
        Path session = r.session();
        boolean resume = r.resume();
        if (resume && r.startOver()) {
            throw RunException.invalid(lang, "interview.resumeAndNew");
        }
        if (r.update() != null) {
            if (r.startOver()) {
                throw RunException.invalid(lang, "interview.updateAndNew");
            }
            if (!Files.isRegularFile(r.update())) {
                throw RunException.invalid(lang, "interview.noProfile", r.update());
            }
            session = r.update();
            resume = true;
        }
        // The session's folder and the package options are checked now, not after a long interview (exit 2, naming them).
        Outputs.checkFolder(session.toAbsolutePath().getParent(), "--session", lang);
        PackageChoices packages = withFolder(r.packages());
        if (packages != null) {
            Outputs.checkFolder(packages.out(), "--out", lang);
        }
        packages.checkTemplates();
        CompletableFuture<Prompters.Opened> opening = frontEnd.open(labels);
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(lang, inputs.sources);
        try {
            printer.print(packages.unusedTemplates(), err);
        } catch (InvalidInputException e) {
            Prompters.discard(opening);
            printer.print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }
        Questionnaire q;
        byte[] saved = null;
        try {
            inputs.allowQuestionnairesUnder(r.questionnaireFolders());
            if (Files.exists(session)) {
                saved = inputs.read(session);
            }
            Optional<YNode.Scalar> named = saved == null ? Optional.empty() : new ProfileLoader().questionnaireNode(session.toString(), saved);
            q = inputs.choose(r.questionnaire(), named).questionnaire();
        } catch (InvalidInputException e) {
            Prompters.discard(opening);
            printer.print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }

        SessionFile file = new SessionFile(session, q, lang);
        InterviewRunner.Result result;
        try (Prompters.Opened prompter = Prompters.await(opening)) {
            SessionFile.Saved start = startingPoint(prompter.prompter(), labels, saved, session, resume, r.startOver(), file, printer);
            List<String> setAside = setAside(saved, session, start);
            if (!setAside.isEmpty()) {
                // The first save writes only what the questionnaire takes: the file as it was stays beside it.
                Path bak = SessionFile.backupOf(session);
                Files.copy(session, bak);
                prompter.prompter().say(labels.get("notice.setAside", String.join(", ", setAside), bak));
            } else if (r.update() != null && start.migration() != null) {
                // The interview saves the profile in its own layout: the file as the user wrote it stays beside it.
                Path bak = SessionFile.backupOf(r.update());
                Files.copy(r.update(), bak);
                prompter.prompter().say(labels.get("notice.backup", bak));
            }
            file.keepHistory(start.history(), start.migration(), firstSave(packages.date()));
            file.keepEvidence(start.evidence());
            Interview interview = new Interview(q, lang, start.answers(), start.position(), start.toAsk());
            result = new InterviewRunner(interview, prompter.prompter(), file).run();
            if (result == InterviewRunner.Result.FINISHED && r.sources()) {
                askSources(q, lang, labels, prompter.prompter(), file, interview, session);
            }
        } catch (Prompter.Quit e) {
            result = InterviewRunner.Result.QUIT;
        } catch (Prompter.Interrupted e) {
            result = InterviewRunner.Result.INTERRUPTED;
        } catch (Prompter.InputEnded e) {
            result = InterviewRunner.Result.INPUT_ENDED;
        }
        // The terminal is restored by now, so the message lands on a normal screen.
        String sessionOption = r.sessionNamed() ? " --session " + session : "";
        if (result == InterviewRunner.Result.QUIT) {
            // Quitting on purpose is not an interruption: the session is saved and the run did what was asked.
            err.println(labels.get("quit", session, sessionOption));
            err.flush();
            return new Summary(result, null);
        }
        if (result == InterviewRunner.Result.INPUT_ENDED) {
            err.println("csreview: " + labels.get("inputEnded", session, sessionOption));
            err.flush();
            return new Summary(result, null);
        }
        if (result == InterviewRunner.Result.INTERRUPTED) {
            err.println("csreview: " + labels.get("interrupted", session, sessionOption));
            err.flush();
            return new Summary(result, null);
        }
        err.println(labels.get("finished", session));
        if (!r.sources()) {
            err.println(labels.get("sources.offer"));
        }
        return new Summary(result, finish(q, lang, labels, session, packages, printer));
    }

    /**
     * What the first save would leave out of a resumed file: the answers the questionnaire cannot take (a value it
     * does not accept, an unknown question, a question a migration removed), or, when only something else was
     * refused, the lines the loader reported. Empty when the file is kept whole.
     */
    private static List<String> setAside(byte[] saved, Path session, SessionFile.Saved start) {
        if (saved == null || start.diagnostics().list().isEmpty() && start.migration() == null) {
            return List.of();
        }
        java.util.Set<String> written = new java.util.LinkedHashSet<>();
        new ProfileLoader().parse(session.toString(), saved, new Diagnostics())
                .filter(root -> root instanceof YNode.Mapping)
                .map(root -> ((YNode.Mapping) root).get("answers"))
                .filter(answers -> answers instanceof YNode.Mapping)
                .ifPresent(answers -> written.addAll(((YNode.Mapping) answers).entries().keySet()));
        List<String> lost = written.stream().filter(id -> !start.answers().containsKey(id)).toList();
        if (!lost.isEmpty()) {
            return lost;
        }
        // Kept answers may still have lost a record field or an evidence entry: name where the loader objected.
        return start.diagnostics().list().stream().filter(d -> d.location() != null)
                .map(d -> d.code() + " " + d.location().line() + ":" + d.location().column()).distinct().toList();
    }

    /** The package options with their folder: --out, else the current folder. */
    private static PackageChoices withFolder(PackageChoices p) {
        return p.out() != null ? p : new PackageChoices(Path.of("."), p.formats(), p.languages(), p.date(), p.force(), p.templates(),
                p.brandFile(), p.referenceDocx(), p.pdfFont(), p.lang());
    }

    /** The date, looked up on the first save, not before the first question (the zone database costs start-up). */
    private static Supplier<LocalDate> firstSave(Optional<LocalDate> fixed) {
        return new Supplier<>() {
            private LocalDate day;

            @Override
            public LocalDate get() {
                if (day == null) {
                    day = fixed.orElseGet(Today::onThisMachine);
                }
                return day;
            }
        };
    }

    /**
     * {@code --sources}: the facts the saved answers' conclusions rest on, each asked for its source and saved at once.
     * A session that does not assess (it will be reported by the batch path after) is left as it is.
     */
    private static void askSources(Questionnaire q, Lang lang, Labels labels, Prompter prompter, SessionFile file, Interview interview,
            Path session) throws IOException {
        ProfileAssessor.Result assessed = new ProfileAssessor(q).assess(session.toString(), Files.readAllBytes(session));
        if (assessed.assessment().isEmpty()) {
            return;
        }
        Assessment a = assessed.assessment().get();
        new SourcesInterview(q, lang, labels).ask(prompter, RestsOn.questions(a), a.answers().answers(), a.evidence(), given -> {
            file.keepEvidence(given);
            file.save(interview.answers(), interview.position());
        });
    }

    /** A resumed session's answers and position, or nothing to start over; exit 2 when the session cannot be read. */
    private SessionFile.Saved startingPoint(Prompter prompter, Labels labels, byte[] saved, Path session, boolean resume, boolean startOver,
            SessionFile file, DiagnosticPrinter printer) throws IOException {
        SessionFile.Saved none = new SessionFile.Saved(Map.of(), null, new Diagnostics());
        if (saved == null) {
            return none;
        }
        if (!resume && (startOver || !askToResume(prompter, labels, saved, session, file))) {
            file.moveAside();
            return none;
        }
        Diagnostics problems = new Diagnostics();
        Optional<SessionFile.Saved> s = file.load(saved, problems);
        // Answers the questionnaire no longer accepts are left out (and asked again); the diagnostics say which.
        printer.print(problems.list(), err);
        // Unreadable, or answers to another questionnaire (P001): resuming would silently lose answers.
        if (s.isEmpty() || problems.list().stream().anyMatch(d -> d.code().equals("P001"))) {
            throw RunException.invalid(labels.get("session.damaged", session));
        }
        prompter.say(labels.get("notice.resumed", session, s.get().answers().size()));
        if (s.get().migration() != null) {
            prompter.say(labels.get("notice.migrated", s.get().migration().from(), s.get().migration().to(), s.get().toAsk().size()));
        }
        return s.get();
    }

    private static boolean askToResume(Prompter prompter, Labels labels, byte[] saved, Path session, SessionFile file) {
        long answers = new String(saved, StandardCharsets.UTF_8).lines().filter(l -> l.matches("  [a-z][a-z0-9_]*:.*")).count();
        // The cursor on "yes": resuming loses nothing, starting over by a stray Enter would put the answers aside.
        ConfirmScreen ask = new ConfirmScreen(labels.get("resume.message", session, answers, file.backup()), List.of(), null, true);
        while (true) {
            Reply reply = prompter.confirm(ask);
            if (reply instanceof Reply.Given g && g.value() instanceof Boolean b) {
                return b;
            }
        }
    }

    /** The batch path on the saved session: the same assessment and package as {@code assess SESSION --out DIR}. */
    private Path finish(Questionnaire q, Lang lang, Labels labels, Path session, PackageChoices packages, DiagnosticPrinter printer)
            throws IOException {
        byte[] bytes = Files.readAllBytes(session);
        ProfileAssessor.Result result = new ProfileAssessor(q).assess(session.toString(), bytes);
        printer.print(result.diagnostics().stream().filter(d -> !d.code().equals("P020")).toList(), err);
        if (result.assessment().isEmpty()) {
            throw RunException.invalid(null);
        }
        Assessment a = result.assessment().get();
        out.print(new TextReport(lang).render(a));
        out.flush();
        LocalDate today = packages.date().orElseGet(Today::onThisMachine);
        PackageRequest request = new PackageRequest(packages.formats(), packages.languages(), today, ChinaWorkingDays.builtin(), version);
        Path folder;
        try {
            PackageChoices.Loaded style = packages.load(context.inputs(), context.env());
            folder = new PackageWriting(style.settings()).write(a, request.withBrand(style.brand()));
        } catch (PackageFolder.ExistsException e) {
            throw RunException.invalid(lang, "interview.exists", e.getMessage(), session, packages.out());
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }
        out.println(labels.get("package.written", folder));
        out.flush();
        return folder;
    }
}
