package dev.csreview.cli;

import dev.csreview.run.Inputs;
import dev.csreview.run.DiagnosticPrinter;
import dev.csreview.run.RunContext;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.profile.HistoryEvent;
import dev.csreview.profile.Profile;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.yaml.YNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csreview history PROFILE...}: when each answer was given and under which questionnaire version, and the migrations. */
@Command(name = "history", mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {
    private final RunContext context;

    HistoryCommand(RunContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    QuestionnairePath questionnairePath;

    @Parameters(paramLabel = "PROFILE", arity = "1..*")
    List<Path> profiles;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs inputs = context.inputs();
        DiagnosticPrinter printer = new DiagnosticPrinter(common.lang(), inputs.sources);
        boolean invalid = false;
        try {
            inputs.allowQuestionnairesUnder(questionnairePath.folders);
            for (Path file : inputs.expand(profiles)) {
                Diagnostics problems = new Diagnostics();
                String name = file.toString();
                try {
                    byte[] bytes = inputs.read(file);
                    ProfileLoader loader = new ProfileLoader();
                    Optional<YNode> root = loader.parse(name, bytes, problems);
                    Optional<YNode.Scalar> named = root.flatMap(ProfileLoader::questionnaireNode);
                    Questionnaire q = (named.isPresent() ? inputs.namedByProfile(named.get().text(), named.get().location())
                            : inputs.questionnaire(inputs.catalog.defaultId())).questionnaire();
                    Optional<Profile> p = root.flatMap(r -> loader.load(name, r, q, problems));
                    if (p.isPresent() && !problems.hasErrors()) {
                        out.print(text(p.get(), q, common.lang()));
                    }
                } catch (InvalidInputException e) {
                    problems.addAll(e.diagnostics());
                }
                printer.print(problems.list(), err);
                invalid |= problems.hasErrors();
            }
        } catch (InvalidInputException e) {
            printer.print(e.diagnostics(), err);
            return ExitCode.INVALID;
        }
        out.flush();
        return invalid ? ExitCode.INVALID : ExitCode.OK;
    }

    /** The events in order, then each answer with the last event that gave it (else the version it was first written for). */
    static String text(Profile p, Questionnaire q, dev.csreview.questionnaire.Lang lang) {
        StringBuilder s = new StringBuilder(p.sourceName()).append(" · ").append(q.id()).append(' ').append(q.version());
        if (p.migration() != null) {
            s.append(CliMessages.get(lang, "history.writtenFor", p.migration().from()));
        }
        s.append('\n');
        // Answers no event names were given under the version the profile was first written for.
        String first = p.migration() != null ? p.migration().from()
                : p.history().stream().map(HistoryEvent::from).filter(java.util.Objects::nonNull).findFirst().orElse(p.questionnaireVersion());
        Map<String, String> given = new LinkedHashMap<>();
        for (HistoryEvent e : p.history()) {
            if (e.event().equals(HistoryEvent.MIGRATED)) {
                s.append("  ").append(e.on()).append("  ").append(CliMessages.get(lang, "history.migrated", e.from(), e.version())).append('\n');
            } else {
                s.append("  ").append(e.on()).append("  ").append(CliMessages.get(lang, "history.answered", e.version(), String.join(", ", e.questions())))
                        .append('\n');
                e.questions().forEach(id -> given.put(id, CliMessages.get(lang, "history.given", e.on(), e.version())));
            }
        }
        if (p.history().isEmpty()) {
            s.append("  ").append(CliMessages.get(lang, "history.none")).append('\n');
        }
        s.append("  ").append(CliMessages.get(lang, "history.answers")).append('\n');
        String unrecorded = CliMessages.get(lang, "history.unrecorded", first.isEmpty() ? CliMessages.get(lang, "history.unnamed") : first);
        int width = p.answers().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String id : p.answers().keySet()) {
            s.append("    ").append(id).append(" ".repeat(width - id.length() + 2))
                    .append(given.getOrDefault(id, unrecorded)).append('\n');
        }
        return s.toString();
    }
}
