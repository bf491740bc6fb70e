package dev.csreview.run;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.profile.HistoryEvent;
import dev.csreview.profile.Profile;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.yaml.YNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code csreview history}: when each answer was given and under which questionnaire version, and the migrations. */
public final class HistoryRun {
    /** The profiles (files or folders; none found is refused unless {@code allowEmpty}) whose history to print, with the folders their headers may name questionnaires in. */
    public record Request(List<Path> profiles, boolean allowEmpty, List<Path> questionnaireFolders, Lang lang) {}

    /** Whether a profile could not be read (exit 2); the others' histories are printed all the same. */
    public record Summary(boolean invalid) {}

    private final RunContext context;
    private final PrintWriter out;
    private final PrintWriter err;

    public HistoryRun(RunContext context, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    public Summary run(Request r) {
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(r.lang(), inputs.sources);
        boolean invalid = false;
        try {
            inputs.allowQuestionnairesUnder(r.questionnaireFolders());
            for (Path file : inputs.expandBatch(r.profiles(), r.allowEmpty(), r.lang())) {
                Diagnostics problems = new Diagnostics();
                String name = file.toString();
                try {
                    byte[] bytes = inputs.read(file);
                    ProfileLoader loader = new ProfileLoader();
                    Optional<YNode> root = loader.parse(name, bytes, problems);
                    Questionnaire q = inputs.choose(null, root.flatMap(ProfileLoader::questionnaireNode)).questionnaire();
                    Optional<Profile> p = root.flatMap(node -> loader.load(name, node, q, problems));
                    if (p.isPresent() && !problems.hasErrors()) {
                        out.print(text(p.get(), q, r.lang()));
                    }
                } catch (InvalidInputException e) {
                    problems.addAll(e.diagnostics());
                }
                printer.print(problems.list(), err);
                invalid |= problems.hasErrors();
            }
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }
        out.flush();
        return new Summary(invalid);
    }

    /** The events in order, then each answer with the last event that gave it (else the version it was first written for). */
    private static String text(Profile p, Questionnaire q, Lang lang) {
        StringBuilder s = new StringBuilder(p.sourceName()).append(" · ").append(q.id()).append(' ').append(q.version());
        if (p.migration() != null) {
            s.append(RunMessages.get(lang, "history.writtenFor", p.migration().from()));
        }
        s.append('\n');
        // Answers no event names were given under the version the profile was first written for.
        String first = p.migration() != null ? p.migration().from()
                : p.history().stream().map(HistoryEvent::from).filter(java.util.Objects::nonNull).findFirst().orElse(p.questionnaireVersion());
        Map<String, String> given = new LinkedHashMap<>();
        for (HistoryEvent e : p.history()) {
            if (e.event().equals(HistoryEvent.MIGRATED)) {
                s.append("  ").append(e.on()).append("  ").append(RunMessages.get(lang, "history.migrated", e.from(), e.version())).append('\n');
            } else {
                s.append("  ").append(e.on()).append("  ").append(RunMessages.get(lang, "history.answered", e.version(), String.join(", ", e.questions())))
                        .append('\n');
                e.questions().forEach(id -> given.put(id, RunMessages.get(lang, "history.given", e.on(), e.version())));
            }
        }
        if (p.history().isEmpty()) {
            s.append("  ").append(RunMessages.get(lang, "history.none")).append('\n');
        }
        s.append("  ").append(RunMessages.get(lang, "history.answers")).append('\n');
        String unrecorded = RunMessages.get(lang, "history.unrecorded", first.isEmpty() ? RunMessages.get(lang, "history.unnamed") : first);
        int width = p.answers().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String id : p.answers().keySet()) {
            s.append("    ").append(id).append(" ".repeat(width - id.length() + 2))
                    .append(given.getOrDefault(id, unrecorded)).append('\n');
        }
        return s.toString();
    }
}
