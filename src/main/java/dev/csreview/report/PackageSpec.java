package dev.csreview.report;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.questionnaire.Text;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import dev.csreview.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a declaration package consists of, read from {@code package.yaml} beside the templates: the documents
 * (file stem per language, template, and when to include it) and the review clock (statutory steps in working
 * days, each citing its article). Legal wording and periods stay in data.
 */
public record PackageSpec(String companyQuestion, List<Document> documents, List<Step> timeline, Text gap, Text chartTitle, Print print) {

    /**
     * The wording every printed page carries: the draft mark in the header, the page footer ({@code ${page}} and
     * {@code ${pages}} become the page fields) and how a short title is introduced ({@code ${short}}).
     */
    public record Print(Text draftMark, Text pageFooter, Text shortFormIntro) {
        public static final Print NONE = new Print(Text.EMPTY, Text.EMPTY, Text.EMPTY);
    }

    public PackageSpec(String companyQuestion, List<Document> documents, List<Step> timeline, Text gap, Text chartTitle) {
        this(companyQuestion, documents, timeline, gap, chartTitle, Print.NONE);
    }

    /** One document of the package; {@code onlyIfRoute} names a route that must apply (not be not-triggered) for it to be included. */
    public record Document(String id, String template, Text file, Text title, String onlyIfRoute, boolean chart) {}

    /**
     * One step of the review clock: {@code days} working days after the end of step {@code after} (or of submission),
     * or, when {@code months} is set, that many calendar months (the 2021 draft counted its special procedure so).
     */
    public record Step(String id, String after, int days, Integer months, Integer extension, Text name, Text note, List<String> cites) {
        public Step(String id, String after, int days, Integer extension, Text name, Text note, List<String> cites) {
            this(id, after, days, null, extension, name, note, cites);
        }
    }

    static final Set<String> TOP_KEYS = Set.of("company_question", "gap", "chart_title", "documents", "timeline", "draft_mark", "page_footer",
            "short_form_intro");
    static final Set<String> DOC_KEYS = Set.of("id", "template", "file", "title", "only_if_route", "chart");
    static final Set<String> STEP_KEYS = Set.of("id", "after", "working_days", "calendar_months", "extension", "name", "note", "cites");

    /** Parses package.yaml strictly; errors carry file:line:column like every other input. */
    public static PackageSpec parse(String sourceName, byte[] bytes) throws InvalidInputException {
        Diagnostics out = new Diagnostics();
        Optional<YNode> root = new YamlReader().read(sourceName, bytes, out);
        if (root.isEmpty()) {
            throw new InvalidInputException(out.list());
        }
        Fields f = Fields.of(root.get(), "package", TOP_KEYS, out).orElse(null);
        if (f == null) {
            throw new InvalidInputException(out.list());
        }
        List<Document> docs = new ArrayList<>();
        for (YNode n : f.list("documents")) {
            Fields.of(n, "document", DOC_KEYS, out).ifPresent(d -> docs.add(new Document(
                    d.requiredString("id").orElse(""), d.requiredString("template").orElse(""),
                    text(d, "file", out), text(d, "title", out), d.string("only_if_route").orElse(null),
                    d.bool("chart").orElse(false))));
        }
        List<Step> steps = new ArrayList<>();
        for (YNode n : f.list("timeline")) {
            Fields.of(n, "timeline step", STEP_KEYS, out).ifPresent(s -> steps.add(new Step(
                    s.requiredString("id").orElse(""), s.string("after").orElse(null),
                    s.integer("working_days").orElse(0L).intValue(),
                    s.integer("calendar_months").map(Long::intValue).orElse(null),
                    s.integer("extension").map(Long::intValue).orElse(null),
                    text(s, "name", out), text(s, "note", out), s.strings("cites"))));
        }
        PackageSpec spec = new PackageSpec(f.string("company_question").orElse(null), List.copyOf(docs), List.copyOf(steps), text(f, "gap", out),
                text(f, "chart_title", out), new Print(text(f, "draft_mark", out), text(f, "page_footer", out), text(f, "short_form_intro", out)));
        if (out.hasErrors()) {
            throw new InvalidInputException(out.list());
        }
        return spec;
    }

    private static Text text(Fields f, String key, Diagnostics out) {
        YNode n = f.node(key);
        if (n == null || Fields.isNull(n)) {
            return Text.EMPTY;
        }
        return Fields.of(n, key, Set.of("zh", "en"), out)
                .map(t -> new Text(t.string("zh").orElse(null), t.string("en").orElse(null)))
                .orElse(Text.EMPTY);
    }
}
