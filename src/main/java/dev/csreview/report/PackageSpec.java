package dev.csreview.report;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.questionnaire.Text;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import dev.csreview.yaml.TreeCache;
import dev.csreview.yaml.YamlReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a declaration package consists of, read from {@code package.yaml} beside the templates: the documents
 * (file stem per language, template, and when to include it) and the review clock (statutory steps in working
 * days, each citing its article). Legal wording and periods stay in data.
 */
public record PackageSpec(String companyQuestion, List<Document> documents, List<Step> timeline, Text gap, Text chartTitle, Print print, Plan plan,
        List<ChecklistItem> checklist, Guidance guidance) {

    /**
     * One item of the materials checklist (the work plan of Art. 8): what to gather, who usually holds it, and when
     * it is owed. {@code routes}: the routes it serves (any that applies includes it; empty: every package);
     * {@code onlyIf}: an answer or computed value that must be known true as well; {@code evidencedBy}: the questions
     * whose evidence (a profile's {@code evidence:}) is this material, so that it is ticked and shares its number;
     * {@code numbered}: false for a material that is not an exhibit of itself (the form the exhibits are attached to).
     */
    public record ChecklistItem(String id, Text name, Text owner, List<String> routes, String onlyIf, List<String> cites, List<String> evidencedBy,
            boolean numbered, dev.csreview.diagnostic.Location at) {}

    /**
     * The wording every printed page carries: the draft mark in the header, the page footer ({@code ${page}} and
     * {@code ${pages}} become the page fields) and how a short title is introduced ({@code ${short}}).
     */
    public record Print(Text draftMark, Text pageFooter, Text shortFormIntro) {
        public static final Print NONE = new Print(Text.EMPTY, Text.EMPTY, Text.EMPTY);
    }

    public PackageSpec(String companyQuestion, List<Document> documents, List<Step> timeline, Text gap, Text chartTitle) {
        this(companyQuestion, documents, timeline, gap, chartTitle, Print.NONE, null, List.of(), Guidance.NONE);
    }

    /**
     * The filing planner's data: which timeline steps make the ordinary review and the special procedure, the
     * working days kept for supplementary materials, the answers that record a filing's progress, each route's
     * planned-date answer and the duties that follow it, and the wording of its dates and warnings.
     */
    public record Plan(List<String> review, String special, int bufferDays, List<String> bufferCites, Progress progress,
            List<PlanRoute> routes, Map<String, Text> wording) {}

    /** Answer ids recording what already happened; {@code noticeStarts} is the step a notice of review starts. */
    public record Progress(String filedOn, String noticeOn, String noticeStarts, String supplementRequestedOn, String supplementProvidedOn) {}

    /**
     * A route to plan: the answer holding its planned date, what that date is, and the duties counted from it;
     * {@code happened} (optional) is the answer recording that the step the review must precede was already taken, and
     * on which date: that date then stands for the planned one, under {@code happenedName}.
     */
    public record PlanRoute(String route, String planned, Text plannedName, String happened, Text happenedName, List<String> cites,
            List<AfterStep> after) {}

    /** A duty {@code days} working days after the planned date, when the fact {@code onlyIf} (if any) is known true. */
    public record AfterStep(String id, int days, String onlyIf, Text name, List<String> cites) {}

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

    /** The file's name in a templates folder. */
    public static final String FILE = "package.yaml";

    static final Set<String> TOP_KEYS = Set.of("company_question", "gap", "chart_title", "documents", "timeline", "draft_mark", "page_footer",
            "short_form_intro", "plan", "checklist", "factor_evidence", "mitigations");
    static final Set<String> CHECKLIST_KEYS = Set.of("id", "name", "owner", "routes", "only_if", "cites", "evidenced_by", "exhibit");
    static final Set<String> PLAN_KEYS = Set.of("review", "special", "buffer_working_days", "buffer_cites", "progress", "routes", "wording");
    static final Set<String> PROGRESS_KEYS = Set.of("filed_on", "notice_on", "notice_starts", "supplement_requested_on", "supplement_provided_on");
    static final Set<String> ROUTE_KEYS = Set.of("route", "planned", "planned_name", "happened", "happened_name", "cites", "after");
    static final Set<String> AFTER_KEYS = Set.of("id", "working_days", "only_if", "name", "cites");
    static final Set<String> DOC_KEYS = Set.of("id", "template", "file", "title", "only_if_route", "chart");
    static final Set<String> STEP_KEYS = Set.of("id", "after", "working_days", "calendar_months", "extension", "name", "note", "cites");

    /** The package.yaml of {@code source} (the templates folder's, else the built-in one), if there is one. */
    public static Optional<PackageSpec> read(TemplateSource source) throws InvalidInputException {
        Optional<byte[]> bytes = source.readBytes(FILE);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(source.describe(FILE), bytes.get(), source.builtinTree(FILE)));
    }

    /** Parses package.yaml strictly; errors carry file:line:column like every other input. */
    public static PackageSpec parse(String sourceName, byte[] bytes) throws InvalidInputException {
        return parse(sourceName, bytes, null);
    }

    /** As {@link #parse(String, byte[])}, from the build-time tree ({@code cachedTree}) when it was made from {@code bytes}. */
    static PackageSpec parse(String sourceName, byte[] bytes, byte[] cachedTree) throws InvalidInputException {
        Diagnostics out = new Diagnostics();
        Optional<YNode> root = TreeCache.decode(cachedTree, bytes, sourceName).map(TreeCache.Cached::root);
        if (root.isEmpty()) {
            root = new YamlReader().read(sourceName, bytes, out);
        }
        if (root.isEmpty()) {
            throw new InvalidInputException(out.list());
        }
        Fields f = Fields.of(root.get(), Diagnostic.Term.of("package"), TOP_KEYS, out).orElse(null);
        if (f == null) {
            throw new InvalidInputException(out.list());
        }
        List<Document> docs = new ArrayList<>();
        for (YNode n : f.list("documents")) {
            Fields.of(n, Diagnostic.Term.of("document"), DOC_KEYS, out).ifPresent(d -> docs.add(new Document(
                    d.requiredString("id").orElse(""), d.requiredString("template").orElse(""),
                    text(d, "file", out), text(d, "title", out), d.string("only_if_route").orElse(null),
                    d.bool("chart").orElse(false))));
        }
        List<Step> steps = new ArrayList<>();
        for (YNode n : f.list("timeline")) {
            Fields.of(n, Diagnostic.Term.of("timeline step"), STEP_KEYS, out).ifPresent(s -> {
                checkDays(s, "working_days", out);
                checkDays(s, "extension", out);
                steps.add(new Step(
                    s.requiredString("id").orElse(""), s.string("after").orElse(null),
                    s.integer("working_days").orElse(0L).intValue(),
                    s.integer("calendar_months").map(Long::intValue).orElse(null),
                    s.integer("extension").map(Long::intValue).orElse(null),
                    text(s, "name", out), text(s, "note", out), s.strings("cites")));
            });
        }
        YNode planNode = f.node("plan");
        Plan plan = planNode == null || Fields.isNull(planNode) ? null : Fields.of(planNode, Diagnostic.Term.of("plan"), PLAN_KEYS, out).map(p -> plan(p, steps, out)).orElse(null);
        PackageSpec spec = new PackageSpec(f.string("company_question").orElse(null), List.copyOf(docs), List.copyOf(steps), text(f, "gap", out),
                text(f, "chart_title", out), new Print(text(f, "draft_mark", out), text(f, "page_footer", out), text(f, "short_form_intro", out)),
                plan, checklist(f, out), Guidance.parse(f, out));
        if (out.hasErrors()) {
            throw new InvalidInputException(out.list());
        }
        return spec;
    }

    private static List<ChecklistItem> checklist(Fields f, Diagnostics out) {
        List<ChecklistItem> items = new ArrayList<>();
        for (YNode n : f.list("checklist")) {
            Fields.of(n, Diagnostic.Term.of("checklist item"), CHECKLIST_KEYS, out).ifPresent(c -> items.add(new ChecklistItem(c.requiredString("id").orElse(""),
                    text(c, "name", out), text(c, "owner", out), c.strings("routes"), c.string("only_if").orElse(null), c.strings("cites"),
                    c.strings("evidenced_by"), c.bool("exhibit").orElse(true), c.at("evidenced_by"))));
        }
        return List.copyOf(items);
    }

    /** What the planner words; a package.yaml whose plan leaves one out is refused (it would print the key). */
    static final List<String> PLAN_WORDING = List.of("latest", "latest_extended", "latest_special", "passed", "late", "tight", "late_filed",
            "tight_filed", "weekdays");
    private static final int MAX_WORKING_DAYS = 1000;

    private static Plan plan(Fields p, List<Step> steps, Diagnostics out) {
        // The plan names timeline steps and counts working days: checked here, so that a consultant's package.yaml
        // fails when it loads (file:line:column, exit 2), not in the middle of a batch.
        java.util.Set<String> stepIds = new java.util.LinkedHashSet<>();
        steps.forEach(st -> stepIds.add(st.id()));
        for (String id : p.strings("review")) {
            checkStep(p.at("review"), "review", id, stepIds, out);
        }
        p.string("special").ifPresent(id -> checkStep(p.at("special"), "special", id, stepIds, out));
        checkDays(p, "buffer_working_days", out);
        Progress progress = null;
        YNode progressNode = p.node("progress");
        Fields g = progressNode == null ? null : Fields.of(progressNode, "progress", PROGRESS_KEYS, out).orElse(null);
        if (g != null) {
            g.string("notice_starts").ifPresent(id -> checkStep(g.at("notice_starts"), "notice_starts", id, stepIds, out));
            progress = new Progress(g.string("filed_on").orElse(null), g.string("notice_on").orElse(null), g.string("notice_starts").orElse(null),
                    g.string("supplement_requested_on").orElse(null), g.string("supplement_provided_on").orElse(null));
        }
        List<PlanRoute> routes = new ArrayList<>();
        for (YNode n : p.list("routes")) {
            Fields.of(n, Diagnostic.Term.of("plan route"), ROUTE_KEYS, out).ifPresent(r -> {
                List<AfterStep> after = new ArrayList<>();
                for (YNode a : r.list("after")) {
                    Fields.of(a, Diagnostic.Term.of("step after the planned date"), AFTER_KEYS, out).ifPresent(s -> {
                        checkDays(s, "working_days", out);
                        after.add(new AfterStep(s.requiredString("id").orElse(""), s.integer("working_days").orElse(0L).intValue(),
                                s.string("only_if").orElse(null), text(s, "name", out), s.strings("cites")));
                    });
                }
                String happened = r.string("happened").orElse(null);
                routes.add(new PlanRoute(r.requiredString("route").orElse(""), r.requiredString("planned").orElse(""),
                        text(r, "planned_name", out), happened, happened == null ? Text.EMPTY : text(r, "happened_name", out),
                        r.strings("cites"), List.copyOf(after)));
            });
        }
        Map<String, Text> wording = new LinkedHashMap<>();
        YNode wordingNode = p.node("wording");
        if (wordingNode instanceof YNode.Mapping m) {
            Fields all = Fields.of(m, "wording", m.entries().keySet(), out).orElseThrow();
            for (String key : m.entries().keySet()) {
                wording.put(key, text(all, key, out));
            }
        }
        List<String> needed = new ArrayList<>(PLAN_WORDING);
        if (routes.stream().anyMatch(r -> r.happened() != null)) {
            needed.add("happened");
        }
        for (String key : needed) {
            if (!wording.containsKey(key)) {
                out.error(p.at("wording"), "S004", Diagnostic.Term.of("plan wording"), key);
            }
        }
        return new Plan(p.strings("review"), p.string("special").orElse(null), p.integer("buffer_working_days").orElse(0L).intValue(),
                p.strings("buffer_cites"), progress, List.copyOf(routes), Map.copyOf(wording));
    }

    private static void checkStep(dev.csreview.diagnostic.Location at, String key, String id, java.util.Set<String> stepIds, Diagnostics out) {
        if (!stepIds.contains(id)) {
            out.error(at, "S007", key, id, String.join(", ", stepIds));
        }
    }

    private static void checkDays(Fields f, String key, Diagnostics out) {
        long n = f.integer(key).orElse(0L);
        if (n < 0 || n > MAX_WORKING_DAYS) {
            out.error(f.at(key), "S008", key, MAX_WORKING_DAYS, n);
        }
    }

    /**
     * What this package names of the questionnaire it is built for and does not find there (checklist evidence
     * questions, guidance factors, rules and items): errors, so that a typo does not drop an exhibit or a suggestion.
     */
    public List<dev.csreview.diagnostic.Diagnostic> check(dev.csreview.questionnaire.Questionnaire q) {
        Set<String> itemIds = new java.util.LinkedHashSet<>();
        checklist.forEach(c -> itemIds.add(c.id()));
        List<dev.csreview.diagnostic.Diagnostic> found = new ArrayList<>(guidance.check(q, itemIds));
        Set<String> questions = new java.util.LinkedHashSet<>();
        q.topLevelQuestions().forEach(x -> questions.add(x.id()));
        Diagnostics out = new Diagnostics();
        for (ChecklistItem c : checklist) {
            for (String id : c.evidencedBy()) {
                if (!questions.contains(id)) {
                    out.error(c.at(), "S010", "question", id, new dev.csreview.diagnostic.Diagnostic.Hint(Fields.didYouMean(id, questions)));
                }
            }
        }
        found.addAll(out.list());
        return found;
    }

    static Text text(Fields f, String key, Diagnostics out) {
        YNode n = f.node(key);
        if (n == null || Fields.isNull(n)) {
            return Text.EMPTY;
        }
        return Fields.of(n, key, Set.of("zh", "en"), out)
                .map(t -> new Text(t.string("zh").orElse(null), t.string("en").orElse(null)))
                .orElse(Text.EMPTY);
    }
}
