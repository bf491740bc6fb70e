package dev.csreview.run;

import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.profile.ProfileSkeleton;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** {@code csreview init}: a commented profile skeleton for people who prefer to fill in YAML by hand. */
public final class InitRun {
    /** The questionnaire to write a skeleton for (null: the default) and the file (null: standard output); {@code force}: replace it. */
    public record Request(String questionnaire, Path file, boolean force, Lang lang) {}

    /** The file written, or null when the skeleton went to standard output. */
    public record Summary(Path written) {}

    private final RunContext context;
    private final PrintWriter out;
    private final PrintWriter err;

    public InitRun(RunContext context, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    public Summary run(Request r) throws IOException {
        Inputs inputs = context.inputs();
        Questionnaire q;
        try {
            q = inputs.choose(r.questionnaire(), Optional.empty()).questionnaire();
        } catch (InvalidInputException e) {
            new DiagnosticPrinter(r.lang(), inputs.sources).print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }
        String text = new ProfileSkeleton(q, r.lang()).write();
        if (r.file() == null) {
            out.print(text);
            out.flush();
            return new Summary(null);
        }
        Path folder = r.file().toAbsolutePath().getParent();
        if (Files.isDirectory(r.file()) || folder != null && !Files.isDirectory(folder)) {
            // The user's argument, not the machine failing: exit 2, naming the path.
            throw RunException.invalid(r.lang(), Files.isDirectory(r.file()) ? "init.isFolder" : "init.noFolder", r.file(), folder);
        }
        if (Files.exists(r.file()) && !r.force()) {
            throw RunException.invalid(r.lang(), "exists", r.file());
        }
        Files.writeString(r.file(), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        out.println(r.file());
        return new Summary(r.file());
    }
}
