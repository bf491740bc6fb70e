package dev.csreview.run;

import dev.csreview.assessment.ProfileAssessor;
import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.migration.OlderReading;
import dev.csreview.output.ReadingDiff;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.yaml.YNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One profile assessed under two readings (questionnaire versions) and what differs: {@code diff --questionnaire OLD
 * NEW PROFILE...} per client, and {@code portfolio --compare-with OLD} to mark the clients whose outcome changes.
 */
public final class ReadingComparison {
    private final RunContext context;
    private final Lang lang;
    private final ReadingDiff diff;

    public ReadingComparison(RunContext context, Lang lang) {
        this.context = context;
        this.lang = lang;
        this.diff = new ReadingDiff(lang);
    }

    /**
     * What differs for one profile: {@code differences} and the answers the old reading did not ask; or, when the old
     * reading cannot read the profile, {@code unreadable} says why. Empty (with {@code problems}) when the new one cannot.
     */
    public record Compared(List<ReadingDiff.Difference> differences, List<String> notAsked, String unreadable, String text) {
        public boolean changed() {
            return unreadable != null || !differences.isEmpty();
        }

        public boolean worse() {
            return differences.stream().anyMatch(d -> d.worse() && d.kind().equals("route"));
        }
    }

    public Optional<Compared> compare(String name, YNode root, Questionnaire older, Questionnaire newer, Diagnostics problems) {
        ProfileAssessor.Result now = new ProfileAssessor(newer).assess(name, root, new Diagnostics());
        if (now.assessment().isEmpty()) {
            // Not readable under the new reading: the profile itself needs work, as assess would say.
            problems.addAll(now.diagnostics());
            return Optional.empty();
        }
        OlderReading.Prepared prepared = OlderReading.prepare(root, newer, older);
        ProfileAssessor.Result then = new ProfileAssessor(older).assess(name, prepared.root(), new Diagnostics());
        if (then.assessment().isEmpty()) {
            Diagnostic first = then.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElse(null);
            String why = java.text.MessageFormat.format(
                    dev.csreview.messages.Messages.bundle("dev.csreview.output.labels", lang.locale())
                            .getString("diff.unreadable"), older.version(), first == null ? "" : first.location() + ": " + first.message(lang.locale()));
            return Optional.of(new Compared(List.of(), prepared.notAsked(), why,
                    name + ": " + older.version() + " → " + newer.version() + "\n  " + why + "\n"));
        }
        List<ReadingDiff.Difference> found = diff.between(then.assessment().get(), now.assessment().get());
        return Optional.of(new Compared(found, prepared.notAsked(), null,
                diff.text(name, older.version(), newer.version(), found, prepared.notAsked())));
    }

    /**
     * How {@code diff --questionnaire} came out: a profile could not be read (under the new reading, or under the old
     * one: then it is named with why, but not compared); a route got more serious for one.
     */
    public record Outcome(boolean invalid, boolean worse) {}

    /** {@code diff --questionnaire}: every profile's comparison, in order. */
    public Outcome run(String oldReading, String newReading, List<Path> profiles, List<Path> questionnaireFolders, PrintWriter out,
            PrintWriter err) {
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(lang, inputs.sources);
        Questionnaire older;
        Questionnaire newer;
        List<Path> files;
        try {
            inputs.allowQuestionnairesUnder(questionnaireFolders);
            older = inputs.questionnaire(oldReading).questionnaire();
            newer = inputs.questionnaire(newReading).questionnaire();
            files = inputs.expandBatch(profiles, false, lang);
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }
        boolean invalid = false;
        boolean worse = false;
        int unreadable = 0;
        for (Path file : files) {
            String name = file.toString();
            Diagnostics problems = new Diagnostics();
            Optional<Compared> compared = Optional.empty();
            try {
                Optional<YNode> root = new ProfileLoader().parse(name, inputs.read(file), problems);
                if (root.isPresent()) {
                    compared = compare(name, root.get(), older, newer, problems);
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.diagnostics());
            }
            if (compared.isEmpty()) {
                printer.print(problems.list(), err);
                invalid = true;
                continue;
            }
            // A profile the old reading cannot read is printed with why, but its comparison is not made: exit 2.
            unreadable += compared.get().unreadable() != null ? 1 : 0;
            worse |= compared.get().worse();
            out.print(compared.get().text());
        }
        out.flush();
        if (unreadable > 0) {
            err.println("csreview: " + RunMessages.get(lang, "diff.incomplete", unreadable, older.version()));
        }
        return new Outcome(invalid || unreadable > 0, worse);
    }
}
