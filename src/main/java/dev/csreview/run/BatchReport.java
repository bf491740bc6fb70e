package dev.csreview.run;

import dev.csreview.assessment.Assessment;
import dev.csreview.batch.BatchAssessor;
import dev.csreview.gate.Baseline;
import dev.csreview.gate.Change;
import dev.csreview.gate.Changes;
import dev.csreview.gate.Waivers;
import dev.csreview.output.Finding;
import dev.csreview.output.Findings;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch's outputs as profiles finish: each profile's findings (with their waivers) and its share of every format are
 * made on the worker ({@link #render}), then written in input order ({@link #accept}); only what the summaries and the
 * exit code need is kept, so that memory does not grow with the batch.
 */
final class BatchReport {
    /** One profile's findings and its share of each format, made on the worker; {@code packageFolder} if one was written. */
    record Rendered(List<Finding> findings, List<FormatSink.Part<?>> parts, Path packageFolder) {}

    private final List<FormatSink<?>> sinks;
    private final Findings findingMaker;
    private final Waivers waivers;
    /** The route and factor ids of the questionnaires, and the profiles, assessed so far: what a waiver may name. */
    private final java.util.Set<String> findingIds = new java.util.TreeSet<>();
    private final java.util.Set<String> profiles = new java.util.TreeSet<>();
    private final LocalDate today;
    private final boolean keepAllFindings;
    private final Baseline.Builder levels;
    private final Baseline before;
    private final Map<String, List<Finding>> kept = new LinkedHashMap<>();
    private Outcome worst = Outcome.NOT_TRIGGERED;
    private boolean planAtRisk;
    private boolean invalid;
    private List<Change> changes = List.of();
    private final Lang lang;

    /**
     * {@code today} decides which waivers have expired (null only when there are none); {@code before}: the baseline to
     * compare with, or null.
     */
    BatchReport(List<FormatSink<?>> sinks, Findings findingMaker, Waivers waivers, LocalDate today, boolean keepAllFindings,
            Baseline before, Baseline.CompanyQuestion company, Lang lang) {
        this.lang = lang;
        this.sinks = sinks;
        this.findingMaker = findingMaker;
        this.waivers = waivers;
        this.today = today;
        this.keepAllFindings = keepAllFindings;
        this.before = before;
        this.levels = before == null ? null : new Baseline.Builder(company);
    }

    /** One profile's findings and share of every format (thread-safe: runs on the workers). */
    Rendered render(Assessment a, Path packageFolder) {
        List<Finding> list = new ArrayList<>();
        for (Finding f : findingMaker.of(a)) {
            Waivers.Waiver w = waivers.find(f).orElse(null);
            list.add(w != null && !w.expires().isBefore(today) ? f.waived(RunMessages.get(lang, "run.waivedUntil", w.reason(), w.owner(), w.expires())) : f);
        }
        List<FormatSink.Part<?>> parts = new ArrayList<>(sinks.size());
        for (FormatSink<?> sink : sinks) {
            parts.add(FormatSink.Part.of(sink, a, list));
        }
        return new Rendered(list, parts, packageFolder);
    }

    /** Writes one valid profile's shares and keeps what the summaries need; in input order. */
    void accept(Assessment a, Rendered made) {
        profiles.add(a.profileName());
        a.questionnaire().determinations().forEach(d -> findingIds.add("route:" + d.id()));
        a.questionnaire().factors().forEach(f -> findingIds.add("factor:" + f.id()));
        try {
            for (FormatSink.Part<?> part : made.parts()) {
                part.write();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        // Every finding is kept only for the formats that list them all at the end (GitHub annotations behind another
        // format); otherwise just those a waiver touches.
        List<Finding> keep = keepAllFindings ? list : list.stream().filter(f -> f.isWaived() || waivers.find(f).isPresent()).toList();
        if (!keep.isEmpty() || keepAllFindings) {
            kept.put(a.profileName(), keep);
        }
        if (levels != null) {
            levels.add(a);
        }
    }

    /** A profile that was invalid or that its job rejected. */
    /** Waivers that name a finding or profile this run did not meet (see {@link Waivers#unmatched}). */
    List<dev.csreview.diagnostic.Diagnostic> unmatchedWaivers() {
        return waivers.unmatched(findingIds, profiles);
    }

    void rejected() {
        invalid = true;
    }

    /** Writes every format's end, in the order the sinks were made. */
    void finish() throws IOException {
        changes = before == null ? List.of() : Changes.between(before, levels.build());
        for (FormatSink<?> sink : sinks) {
            sink.finish(this);
        }
    }

    boolean invalid() {
        return invalid;
    }

    boolean comparesWithBaseline() {
        return before != null;
    }

    /** The changes since the baseline (known once {@link #finish} has begun). */
    List<Change> changes() {
        return changes;
    }

    /** The findings kept: those a waiver touches, or all of them when a format lists them at the end. */
    List<Finding> keptFindings() {
        return kept.values().stream().flatMap(List::stream).toList();
    }

    /** Expired waivers that still match a finding: each one named, with its owner and where it is. */
    List<String> expiredWaivers() {
        List<String> found = new ArrayList<>();
        for (Finding f : keptFindings()) {
            Waivers.Waiver w = waivers.find(f).orElse(null);
            if (w != null && w.expires().isBefore(today) && f.severity() != Finding.Severity.NONE) {
                found.add(RunMessages.get(lang, "run.waiverExpired", f.id(), f.profile(), w.expires(), w.owner(), w.location()));
            }
        }
        return found;
    }

    /** The most serious route outcome no waiver answers. */
    Outcome worstUnwaived() {
        return worst;
    }

    /** Whether a filing plan of the batch cannot hold or holds only without the extension (unwaived). */
    boolean planAtRisk() {
        return planAtRisk;
    }

    /** The most serious route outcome that got worse since the baseline, unless a waiver answers it. */
    Outcome worstWorsened() {
        Set<String> waived = new HashSet<>();
        keptFindings().stream().filter(Finding::isWaived).forEach(f -> waived.add(f.profile() + "\u0000" + f.id()));
        Outcome result = Outcome.NOT_TRIGGERED;
        for (Change c : changes) {
            if (c.worse() && c.id().startsWith("route:") && !waived.contains(c.profile() + "\u0000" + c.id())) {
                Outcome o = Outcome.fromId(c.after());
                result = o.atLeast(result) ? o : result;
            }
        }
        return result;
    }
}
