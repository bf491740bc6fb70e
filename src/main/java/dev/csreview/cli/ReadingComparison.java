package dev.csreview.cli;

import dev.csreview.assessment.Assessment;
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

/** {@code diff --questionnaire OLD NEW PROFILE...}: each profile assessed under two readings, and what differs, per client. */
final class ReadingComparison {
    private final Lang lang;
    private final QuestionnairePath paths;
    private final PrintWriter err;

    ReadingComparison(Lang lang, QuestionnairePath paths, PrintWriter err) {
        this.lang = lang;
        this.paths = paths;
        this.err = err;
    }

    int run(String oldReading, String newReading, List<Path> profiles, PrintWriter out) {
        Inputs inputs = new Inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(lang, inputs.sources);
        Questionnaire older;
        Questionnaire newer;
        List<Path> files;
        try {
            inputs.allowQuestionnairesUnder(paths.folders);
            older = inputs.questionnaire(oldReading).questionnaire();
            newer = inputs.questionnaire(newReading).questionnaire();
            files = inputs.expand(profiles);
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        }
        ReadingDiff diff = new ReadingDiff(lang);
        boolean invalid = false;
        boolean worse = false;
        for (Path file : files) {
            String name = file.toString();
            Diagnostics parsing = new Diagnostics();
            Optional<YNode> root;
            try {
                root = new ProfileLoader().parse(name, inputs.read(file), parsing);
            } catch (InvalidInputException e) {
                printer.print(e.diagnostics(), err);
                invalid = true;
                continue;
            }
            if (root.isEmpty()) {
                printer.print(parsing.list(), err);
                invalid = true;
                continue;
            }
            ProfileAssessor.Result now = new ProfileAssessor(newer).assess(name, root.get(), new Diagnostics());
            if (now.assessment().isEmpty()) {
                // Not readable under the new reading: the profile itself needs work, as assess would say.
                printer.print(now.diagnostics(), err);
                invalid = true;
                continue;
            }
            OlderReading.Prepared prepared = OlderReading.prepare(root.get(), newer, older);
            ProfileAssessor.Result then = new ProfileAssessor(older).assess(name, prepared.root(), new Diagnostics());
            Assessment a = now.assessment().get();
            if (then.assessment().isEmpty()) {
                Diagnostic first = then.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElse(null);
                out.print(name + ": " + older.version() + " → " + newer.version() + "\n  " + java.text.MessageFormat.format(
                        java.util.ResourceBundle.getBundle("dev.csreview.output.labels", lang.locale(), ReadingComparison.class.getModule())
                                .getString("diff.unreadable"), older.version(),
                        first == null ? "" : first.location() + ": " + first.message(lang.locale())) + "\n");
                continue;
            }
            List<ReadingDiff.Difference> found = diff.between(then.assessment().get(), a);
            worse |= found.stream().anyMatch(d -> d.worse() && d.kind().equals("route"));
            out.print(diff.text(name, older.version(), newer.version(), found, prepared.notAsked()));
        }
        out.flush();
        return invalid ? ExitCode.INVALID : worse ? ExitCode.THRESHOLD : ExitCode.OK;
    }
}
