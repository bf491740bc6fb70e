package dev.csreview.cli;

import dev.csreview.assessment.Assessment;
import dev.csreview.batch.BatchAssessor;
import dev.csreview.gate.Baseline;
import dev.csreview.gate.Change;
import dev.csreview.gate.Waivers;
import dev.csreview.output.AssessmentJson;
import dev.csreview.output.Finding;
import dev.csreview.output.Findings;
import dev.csreview.output.GithubAnnotations;
import dev.csreview.output.JsonText;
import dev.csreview.output.JunitReport;
import dev.csreview.output.SarifReport;
import dev.csreview.output.TextReport;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The per-run state of a batch: streams results out in order and keeps only what summaries need. */
final class BatchRun {
    private final Outputs outputs;
    private final Set<String> chosen;
    private final PrintWriter out;
    private final PrintWriter err;
    private final DiagnosticPrinter printer;
    private final Inputs inputs;
    private final Waivers waivers;
    private final LocalDate today;
    private final Findings findingMaker;
    private final TextReport textReport;
    private final AssessmentJson assessmentJson = new AssessmentJson();
    private final Map<String, List<Finding>> findings = new LinkedHashMap<>();
    private final boolean keepAllFindings;
    private final boolean streamGithub;
    private Outcome worst = Outcome.NOT_TRIGGERED;
    private boolean planAtRisk;
    private final java.util.function.Predicate<Finding> gate;
    private final java.nio.file.Path sourceRoot;
    private final Baseline.Builder levels;
    private final boolean keepLevels;
    private Outputs.Sink text;
    private Outputs.Sink json;
    private JsonText.ArrayStream jsonItems;
    // JUnit: the suites go to a scratch file as profiles finish, the totals' header is written at the end.
    private Outputs.Scratch junitSuites;
    private int junitTests;
    private int junitFailures;
    // SARIF likewise: results to a scratch file, the rules (one per route or factor) kept for the opening.
    private Outputs.Scratch sarifResults;
    private int sarifCount;
    private final Map<String, Map<String, Object>> sarifRules = new java.util.TreeMap<>();
    private boolean invalid;
    private int written;

    /**
     * {@code today} decides which waivers have expired; null only when there are none. {@code gate}: the findings that
     * fail the run (--fail-on), which JUnit reports as failed cases.
     */
    BatchRun(Outputs outputs, Set<String> chosen, PrintWriter err, DiagnosticPrinter printer, Inputs inputs, Waivers waivers,
            LocalDate today, Lang lang, boolean keepLevels, java.util.function.Predicate<Finding> gate, java.nio.file.Path sourceRoot,
            Baseline.CompanyQuestion company) throws IOException {
        this.levels = new Baseline.Builder(company);
        this.gate = gate;
        this.sourceRoot = sourceRoot;
        this.outputs = outputs;
        this.chosen = chosen;
        this.out = outputs.out();
        this.err = err;
        this.printer = printer;
        this.inputs = inputs;
        this.waivers = waivers;
        this.today = today;
        this.keepLevels = keepLevels;
        if (chosen.contains("junit")) {
            junitSuites = outputs.scratch();
        }
        if (chosen.contains("sarif")) {
            sarifResults = outputs.scratch();
        }
        // Annotations go out as profiles finish, unless another format is on standard output (they would break it).
        this.streamGithub = chosen.contains("github") && (outputs.toFiles() || chosen.size() == 1);
        this.keepAllFindings = chosen.contains("github") && !streamGithub;
        this.findingMaker = new Findings(lang);
        this.textReport = new TextReport(lang);
        if (chosen.contains("text")) {
            text = outputs.sink("text");
        }
        if (chosen.contains("json")) {
            json = outputs.sink("json");
            jsonItems = new JsonText.ArrayStream(json.writer(), json.bytes(), AssessmentJson.SCHEMA, "assessments");
        }
    }

    void accept(BatchAssessor.Result r) {
        printer.print(r.diagnostics(), err);
        // The profile's text was kept only to show its diagnostics; drop it so a large batch stays small.
        inputs.sources.remove(r.file().toString());
        if (r.problem() != null) {
            err.println("csreview: " + r.problem());
        }
        if (r.assessment() == null) {
            invalid = true;
            return;
        }
        Assessment a = r.assessment();
        Rendered made = r.rendered() instanceof Rendered m ? m : render(a);
        if (made.text() != null) {
            text.writer().print((written++ > 0 ? "----\n" : "") + made.text());
        }
        if (made.json() instanceof byte[] utf8) {
            jsonItems.addRendered(utf8);
        } else if (made.json() instanceof String item) {
            jsonItems.addRendered(item);
        }
        List<Finding> list = made.findings();
        for (Finding f : list) {
            if (f.kind().equals("route") && !f.isWaived()) {
                Outcome o = Outcome.fromId(f.level());
                worst = o.atLeast(worst) ? o : worst;
            }
            if (f.kind().equals("plan") && !f.isWaived() && (f.severity() == Finding.Severity.ERROR || f.severity() == Finding.Severity.WARNING)) {
                planAtRisk = true;
            }
        }
        if (made.github() != null) {
            out.print(made.github());
        }
        if (made.junitSuite() != null) {
            try {
                junitSuites.bytes().write(made.junitSuite());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            junitTests += list.size();
            junitFailures += JunitReport.failures(list, gate);
        }
        if (sarifResults != null) {
            for (Finding f : list) {
                Map<String, Object> result = SarifReport.result(f, sourceRoot);
                if (result != null) {
                    SarifReport.addRule(sarifRules, f);
                    sarifResults.writer().print((sarifCount++ == 0 ? "" : ", ") + JsonText.item(result, SarifReport.RESULT_DEPTH));
                }
            }
        }
        // Every finding is kept only for the formats that list them all at the end (GitHub; SARIF and JUnit on standard
        // output); otherwise just those a waiver touches, so that memory does not grow with the batch.
        if (keepAllFindings) {
            findings.put(a.profileName(), list);
        } else {
            List<Finding> touched = list.stream().filter(f -> f.isWaived() || waivers.find(f).isPresent()).toList();
            if (!touched.isEmpty()) {
                findings.put(a.profileName(), touched);
            }
        }
        if (keepLevels) {
            levels.add(a);
        }
        if (r.stepResult() != null) {
            (text != null && text.tmp() == null ? out : err).println(r.stepResult());
        }
    }

    /**
     * One profile's share of each output, made on the worker that assessed it, so that output scales with the threads.
     * {@code json} is UTF-8 bytes where the JSON goes to a file, else a string; {@code junitSuite} is UTF-8 bytes
     * (encoded here, not on the thread that writes them out).
     */
    record Rendered(List<Finding> findings, String text, Object json, byte[] junitSuite, String github) {}

    /** What the workers make of each assessment for this run (see {@link Rendered}); thread-safe. */
    java.util.function.Function<Assessment, Object> renderer() {
        return this::render;
    }

    private Rendered render(Assessment a) {
        List<Finding> list = new ArrayList<>();
        for (Finding f : findingMaker.of(a)) {
            Waivers.Waiver w = waivers.find(f).orElse(null);
            list.add(w != null && !w.expires().isBefore(today) ? f.waived(w.reason() + " (" + w.owner() + ", until " + w.expires() + ")") : f);
        }
        Object json = null;
        if (jsonItems != null) {
            JsonText.Body item = g -> assessmentJson.write(g, a, Version.get());
            json = jsonItems.takesBytes() ? JsonText.itemUtf8(item) : JsonText.item(item, 1);
        }
        byte[] junitSuite = junitSuites == null ? null : JunitReport.suite(a.profileName(), list, gate).getBytes(StandardCharsets.UTF_8);
        return new Rendered(list, text == null ? null : textReport.render(a), json, junitSuite, streamGithub ? GithubAnnotations.render(list) : null);
    }

    void finishStreams() {
        if (jsonItems != null) {
            jsonItems.close();
            json.writer().print("\n"); // not println: the same bytes on every OS
        }
    }

    Baseline levels() {
        return levels.build();
    }

    boolean invalid() {
        return invalid;
    }

    void writeSummaries(List<Change> changes) throws IOException {
        List<Finding> all = findings.values().stream().flatMap(List::stream).toList();
        if (text != null) {
            List<Finding> waived = all.stream().filter(Finding::isWaived).toList();
            if (!waived.isEmpty()) {
                text.writer().print("\nWaived\n");
                for (Finding f : waived) {
                    text.writer().println("  " + f.profile() + "  " + f.id() + " = " + f.level() + ": " + f.waiver());
                }
            }
            if (keepLevels) {
                text.writer().print(ChangeReport.text(changes));
            }
            text.close(out);
        }
        if (json != null) {
            json.close(out);
        }
        for (String format : chosen) {
            if (format.equals("junit") && junitSuites != null) {
                writeStreamedJunit();
                continue;
            }
            if (format.equals("sarif") && sarifResults != null) {
                writeStreamedSarif();
                continue;
            }
            if (format.equals("github") && !streamGithub) {
                out.print(GithubAnnotations.render(all));
            }
        }
        out.flush();
    }

    private void writeStreamedJunit() throws IOException {
        Outputs.Sink s = outputs.sink("junit");
        s.writer().print(JunitReport.header(junitTests, junitFailures));
        junitSuites.pourInto(s);
        s.writer().print(JunitReport.footer());
        s.close(out);
    }

    private void writeStreamedSarif() throws IOException {
        Outputs.Sink s = outputs.sink("sarif");
        if (sarifCount == 0) {
            sarifResults.pourInto(s); // nothing in it; closed and deleted
            s.writer().print(SarifReport.document(sarifRules, List.of(), Version.get(), sourceRoot));
        } else {
            String[] around = SarifReport.around(sarifRules, Version.get(), sourceRoot);
            s.writer().print(around[0]);
            sarifResults.pourInto(s);
            s.writer().print(around[1]);
        }
        s.close(out);
    }

    /** Expired waivers that still match a finding fail the run, naming the owner and where the waiver is. */
    boolean reportExpiredWaivers(Waivers all) {
        boolean expired = false;
        for (Finding f : findings.values().stream().flatMap(List::stream).toList()) {
            Waivers.Waiver w = all.find(f).orElse(null);
            if (w != null && w.expires().isBefore(today) && f.severity() != Finding.Severity.NONE) {
                // The owner and ids are the waiver file's text: control characters shown, not sent to the terminal.
                err.println(DiagnosticPrinter.visible("csreview: the waiver for " + f.id() + " (" + f.profile() + ") expired on " + w.expires()
                        + " (owner: " + w.owner() + ", " + w.location() + "): review the finding, then renew or remove the waiver"));
                expired = true;
            }
        }
        return expired;
    }

    Outcome worstUnwaived() {
        return worst;
    }

    /** Whether a filing plan of the batch cannot hold or holds only without the extension (unwaived). */
    boolean planAtRisk() {
        return planAtRisk;
    }

    Outcome worstWorsened(List<Change> changes) {
        Set<String> waived = new java.util.HashSet<>();
        findings.values().stream().flatMap(List::stream).filter(Finding::isWaived).forEach(f -> waived.add(f.profile() + "\u0000" + f.id()));
        Outcome worst = Outcome.NOT_TRIGGERED;
        for (Change c : changes) {
            if (c.worse() && c.id().startsWith("route:") && !waived.contains(c.profile() + "\u0000" + c.id())) {
                Outcome o = Outcome.fromId(c.after());
                worst = o.atLeast(worst) ? o : worst;
            }
        }
        return worst;
    }
}
