package dev.csreview.run;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.diagnostic.Location;
import dev.csreview.files.InputFiles;
import dev.csreview.gate.Baseline;
import dev.csreview.gate.Change;
import dev.csreview.gate.Changes;
import dev.csreview.questionnaire.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code csreview diff}: what changed between two assessment JSON files, or, with two readings (questionnaire
 * versions), what changes for each client when the reading changes.
 */
public final class DiffRun {
    /** Two JSON files ({@code readings} null), or two readings and the profiles to read under both. */
    public record Request(List<Path> files, List<String> readings, List<Path> questionnaireFolders, boolean json, Lang lang) {}

    /** A profile could not be read; something got more serious (a route, or any level between two JSON files). */
    public record Summary(boolean invalid, boolean worse) {}

    private final RunContext context;
    private final PrintWriter out;
    private final PrintWriter err;

    public DiffRun(RunContext context, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    public Summary run(Request r) {
        if (r.readings() != null) {
            ReadingComparison.Outcome o = new ReadingComparison(context, r.lang())
                    .run(r.readings().get(0), r.readings().get(1), r.files(), r.questionnaireFolders(), out, err);
            return new Summary(o.invalid(), o.worse());
        }
        if (r.files().size() != 2) {
            throw RunException.invalid(r.lang(), "diff.twoFiles");
        }
        List<Change> changes;
        try {
            CompanyQuestions company = new CompanyQuestions(null);
            changes = Changes.between(parse(r.files().get(0), company), parse(r.files().get(1), company));
        } catch (InvalidInputException e) {
            new DiagnosticPrinter(r.lang(), Map.of()).print(e.diagnostics(), err);
            throw RunException.invalid(null);
        }
        out.print(r.json() ? ChangeReport.json(changes) : ChangeReport.text(changes, r.lang()).stripLeading());
        out.flush();
        return new Summary(false, changes.stream().anyMatch(Change::worse));
    }

    /**
     * An assessment JSON (diff's files, assess --baseline) through the bounded reader; a file that is not one is a
     * J001 at file:line:column, in csreview's words.
     */
    static Baseline parse(Path file, Baseline.CompanyQuestion company) throws InvalidInputException {
        try {
            return Baseline.parse(InputFiles.read(file, InputFiles.JSON_LIMIT), company);
        } catch (Baseline.NotAnAssessment n) {
            Location at = n.line() == 0 ? Location.of(file.toString()) : new Location(file.toString(), n.line(), n.column());
            throw new InvalidInputException(List.of(Diagnostic.error(at, "J001", n.reason())));
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Diagnostic.error(Location.of(file.toString()), "J001", e.getMessage())));
        }
    }
}
