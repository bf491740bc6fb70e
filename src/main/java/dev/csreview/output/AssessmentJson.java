package dev.csreview.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.ComputedValue;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactRead;
import dev.csreview.assessment.FactState;
import dev.csreview.assessment.FactorScore;
import dev.csreview.assessment.NoteResult;
import dev.csreview.assessment.RuleHit;
import dev.csreview.diagnostic.Location;
import dev.csreview.profile.Answer;
import dev.csreview.profile.AnswerStatus;
import dev.csreview.profile.Item;
import dev.csreview.migration.MigrationReport;
import dev.csreview.questionnaire.Citation;
import dev.csreview.questionnaire.Determination;
import dev.csreview.questionnaire.Text;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The machine-readable assessment, schema {@value #SCHEMA} (documented in docs/assessment-json.md). Field
 * order is fixed and nothing depends on time or locale, so CI can diff it. Written straight to Jackson's
 * generator: a batch writes tens of kilobytes a profile, and a tree of maps in between cost a third as much again
 * as the writing (docs/performance.md). Thread-safe: a batch's workers share one.
 */
public final class AssessmentJson {
    public static final String SCHEMA = "csreview-assessment/1";

    /** The keys, encoded once. */
    private static final SerializedString ANSWERS = key("answers");
    private static final SerializedString ASSESSMENTS = key("assessments");
    private static final SerializedString APPLIES = key("applies");
    private static final SerializedString ALSO_CONSIDER = key("also_consider");
    private static final SerializedString CITES = key("cites");
    private static final SerializedString COLUMN = key("column");
    private static final SerializedString COMPUTED = key("computed");
    private static final SerializedString COMPUTED_FROM = key("computed_from");
    private static final SerializedString COULD_BE = key("could_be");
    private static final SerializedString DETERMINATIONS = key("determinations");
    private static final SerializedString DRIVERS = key("drivers");
    private static final SerializedString EN = key("en");
    private static final SerializedString FACTORS = key("factors");
    private static final SerializedString FILE = key("file");
    private static final SerializedString FIRED = key("fired");
    private static final SerializedString ID = key("id");
    private static final SerializedString ITEM = key("item");
    private static final SerializedString ITEM_LABEL = key("item_label");
    private static final SerializedString ITEMS = key("items");
    private static final SerializedString LEANING = key("leaning");
    private static final SerializedString LEVEL = key("level");
    private static final SerializedString LINE = key("line");
    private static final SerializedString MISSING = key("missing");
    private static final SerializedString MIGRATION = key("migration");
    private static final SerializedString EVIDENCE = key("evidence");
    private static final SerializedString DOCUMENT = key("document");
    private static final SerializedString DATE = key("date");
    private static final SerializedString HOLDER = key("holder");
    private static final SerializedString FROM = key("from");
    private static final SerializedString TO = key("to");
    private static final SerializedString CHANGES = key("changes");
    private static final SerializedString WHAT = key("what");
    private static final SerializedString QUESTION = key("question");
    private static final SerializedString DETAIL = key("detail");
    private static final SerializedString NUMBER = key("number");
    private static final SerializedString OUTCOME = key("outcome");
    private static final SerializedString PLAN = key("plan");
    private static final SerializedString POINTS = key("points");
    private static final SerializedString POTENTIAL_LEVEL = key("potential_level");
    private static final SerializedString APPLICABLE = key("applicable");
    private static final SerializedString POTENTIAL_SCORE = key("potential_score");
    private static final SerializedString PROFILE = key("profile");
    private static final SerializedString QUESTIONNAIRE = key("questionnaire");
    private static final SerializedString REASON = key("reason");
    private static final SerializedString RULE = key("rule");
    private static final SerializedString RULES = key("rules");
    private static final SerializedString SCHEMA_KEY = key("schema");
    private static final SerializedString SCORE = key("score");
    private static final SerializedString SHA256 = key("sha256");
    private static final SerializedString SOURCE = key("source");
    private static final SerializedString STATE = key("state");
    private static final SerializedString STATUS = key("status");
    private static final SerializedString TEXT = key("text");
    private static final SerializedString TITLE = key("title");
    private static final SerializedString TOOL = key("tool");
    private static final SerializedString VALUE = key("value");
    private static final SerializedString VERSION = key("version");
    private static final SerializedString WHY = key("why");
    private static final SerializedString WORST_OUTCOME = key("worst_outcome");
    private static final SerializedString ZH = key("zh");

    private static final String[] FACT_STATES = lowerCaseNames(FactState.values());
    private static final String[] ANSWER_STATUSES = lowerCaseNames(AnswerStatus.values());

    // The questionnaire's texts and citations recur in every profile of a batch: each is encoded (quoted, escaped,
    // UTF-8) once per run rather than once per use. Bounded by the questionnaires' size: only their strings go in.
    private final Map<String, SerializedString> encoded = new ConcurrentHashMap<>();

    private static SerializedString key(String name) {
        return new SerializedString(name);
    }

    private static String[] lowerCaseNames(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (Enum<?> v : values) {
            names[v.ordinal()] = v.name().toLowerCase(Locale.ROOT);
        }
        return names;
    }

    /** One assessment as a JSON document. */
    public String render(Assessment a, String toolVersion) {
        return JsonText.write(g -> write(g, a, toolVersion)) + "\n";
    }

    /** As {@link #render(Assessment, String)}, written to {@code out} as UTF-8 (a package's assessment.json). */
    public void render(Assessment a, String toolVersion, java.io.OutputStream out) throws java.io.IOException {
        JsonText.write(g -> write(g, a, toolVersion), out);
        out.write('\n');
    }

    /** Several assessments as one document (batch runs). */
    public String renderAll(List<Assessment> all, String toolVersion) {
        return JsonText.write(g -> {
            g.writeStartObject();
            g.writeFieldName(SCHEMA_KEY);
            g.writeString(SCHEMA);
            g.writeFieldName(ASSESSMENTS);
            g.writeStartArray();
            for (Assessment a : all) {
                write(g, a, toolVersion);
            }
            g.writeEndArray();
            g.writeEndObject();
        }) + "\n";
    }

    /** One assessment as a JSON object, written to {@code g} (an item of a batch's stream, or a whole document). */
    public void write(JsonGenerator g, Assessment a, String toolVersion) throws IOException {
        g.writeStartObject();
        g.writeFieldName(SCHEMA_KEY);
        g.writeString(SCHEMA);
        g.writeFieldName(TOOL);
        JsonText.value(g, tool(toolVersion));
        g.writeFieldName(QUESTIONNAIRE);
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeString(a.questionnaire().id());
        g.writeFieldName(VERSION);
        JsonText.value(g, a.questionnaire().version());
        g.writeFieldName(SHA256);
        JsonText.value(g, a.questionnaire().sha256());
        g.writeEndObject();
        g.writeFieldName(PROFILE);
        JsonText.value(g, a.profileName());
        if (a.migration() != null) {
            migration(g, a.migration());
        }
        g.writeFieldName(WORST_OUTCOME);
        g.writeString(a.worstOutcome().id());
        g.writeFieldName(DETERMINATIONS);
        g.writeStartArray();
        for (DeterminationResult d : a.determinations()) {
            determination(g, a.questionnaire(), d);
        }
        g.writeEndArray();
        g.writeFieldName(FACTORS);
        g.writeStartArray();
        for (FactorScore f : a.factors()) {
            factor(g, f);
        }
        g.writeEndArray();
        g.writeFieldName(ALSO_CONSIDER);
        g.writeStartArray();
        for (NoteResult n : a.notes()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(n.note().id());
            g.writeFieldName(APPLIES);
            g.writeString(certainty(n.certain()));
            text(g, TITLE, n.note().title());
            text(g, TEXT, n.note().text());
            cites(g, n.note().cites());
            reads(g, MISSING, n.missing());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!a.plan().isEmpty()) {
            g.writeFieldName(PLAN);
            JsonText.value(g, PlanTree.of(a.plan()));
        }
        g.writeFieldName(COMPUTED);
        g.writeStartArray();
        for (ComputedValue c : a.computed()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(c.computed().id());
            g.writeFieldName(VALUE);
            JsonText.value(g, c.value());
            g.writeFieldName(STATE);
            g.writeString(FACT_STATES[c.state().ordinal()]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(ANSWERS);
        answers(g, a.answers().answers());
        if (!a.evidence().isEmpty()) {
            evidence(g, a.evidence());
        }
        g.writeEndObject();
    }

    /** Where the facts come from, as the profile's {@code evidence:} gives them (only when it gives any). */
    private static void evidence(JsonGenerator g, Map<String, dev.csreview.profile.Evidence> evidence) throws IOException {
        g.writeFieldName(EVIDENCE);
        g.writeStartObject();
        for (var e : evidence.entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeStartObject();
            g.writeFieldName(DOCUMENT);
            JsonText.value(g, e.getValue().document());
            g.writeFieldName(DATE);
            JsonText.value(g, e.getValue().date());
            g.writeFieldName(HOLDER);
            JsonText.value(g, e.getValue().holder());
            source(g, e.getValue().source());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void determination(JsonGenerator g, dev.csreview.questionnaire.Questionnaire q, DeterminationResult d) throws IOException {
        Determination det = d.determination();
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeString(det.id());
        text(g, TITLE, det.title());
        g.writeFieldName(OUTCOME);
        g.writeString(d.outcome().id());
        g.writeFieldName(LEANING);
        g.writeString(d.leaning().id());
        text(g, REASON, RouteReason.of(q, d));
        cites(g, det.cites(), d.reasonHolds() ? d.decidingCase().cites() : List.of());
        g.writeFieldName(COULD_BE);
        g.writeStartArray();
        for (Determination.Case c : d.couldBe()) {
            g.writeStartObject();
            g.writeFieldName(OUTCOME);
            g.writeString(c.outcome().id());
            text(g, REASON, c.reason());
            cites(g, c.cites());
            g.writeEndObject();
        }
        g.writeEndArray();
        reads(g, DRIVERS, d.drivers());
        reads(g, MISSING, d.missing());
        g.writeEndObject();
    }

    private void factor(JsonGenerator g, FactorScore f) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeString(f.factor().id());
        g.writeFieldName(NUMBER);
        JsonText.value(g, f.factor().number());
        text(g, TITLE, f.factor().title());
        g.writeFieldName(APPLICABLE);
        g.writeBoolean(f.applicable());
        g.writeFieldName(SCORE);
        g.writeNumber(f.score());
        g.writeFieldName(LEVEL);
        g.writeString(f.level().id());
        g.writeFieldName(POTENTIAL_SCORE);
        g.writeNumber(f.potential());
        g.writeFieldName(POTENTIAL_LEVEL);
        g.writeString(f.potentialLevel().id());
        cites(g, f.factor().cites());
        g.writeFieldName(RULES);
        g.writeStartArray();
        for (RuleHit h : f.hits()) {
            g.writeStartObject();
            g.writeFieldName(RULE);
            g.writeString(h.rule().id());
            g.writeFieldName(FIRED);
            g.writeString(certainty(h.certain()));
            g.writeFieldName(POINTS);
            JsonText.value(g, h.rule().points());
            item(g, h.item(), h.itemLabel());
            text(g, WHY, h.rule().why());
            cites(g, h.rule().cites());
            reads(g, DRIVERS, h.drivers());
            reads(g, MISSING, h.missing());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Fact reads under {@code key}, each once, in the order first read. */
    private void reads(JsonGenerator g, SerializedString key, List<FactRead> reads) throws IOException {
        g.writeFieldName(key);
        g.writeStartArray();
        for (FactRead r : reads.size() < 2 ? reads : new LinkedHashSet<>(reads)) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(r.id());
            item(g, r.item(), r.itemLabel());
            g.writeFieldName(VALUE);
            JsonText.value(g, plain(r.value()));
            g.writeFieldName(STATE);
            g.writeString(FACT_STATES[r.state().ordinal()]);
            source(g, r.source());
            if (!r.basis().isEmpty()) {
                reads(g, COMPUTED_FROM, r.basis());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static Object plain(Object value) {
        if (value instanceof List<?> l && !l.isEmpty() && !(l.get(0) instanceof String)) {
            return "[" + l.size() + " items]";
        }
        return value;
    }

    /** Only for a profile written for an earlier version: which, and what reading it under this one did. */
    private void migration(JsonGenerator g, MigrationReport m) throws IOException {
        g.writeFieldName(MIGRATION);
        g.writeStartObject();
        g.writeFieldName(FROM);
        JsonText.value(g, m.from());
        g.writeFieldName(TO);
        JsonText.value(g, m.to());
        g.writeFieldName(CHANGES);
        g.writeStartArray();
        for (MigrationReport.Entry e : m.entries()) {
            g.writeStartObject();
            g.writeFieldName(WHAT);
            g.writeString(e.what().name().toLowerCase(java.util.Locale.ROOT));
            g.writeFieldName(QUESTION);
            JsonText.value(g, e.question());
            g.writeFieldName(DETAIL);
            JsonText.value(g, e.detail());
            text(g, WHY, e.why());
            source(g, e.at());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, Location loc) throws IOException {
        g.writeFieldName(SOURCE);
        if (loc == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeFieldName(FILE);
        JsonText.value(g, loc.file());
        g.writeFieldName(LINE);
        g.writeNumber(loc.line());
        g.writeFieldName(COLUMN);
        g.writeNumber(loc.column());
        g.writeEndObject();
    }

    private static void answers(JsonGenerator g, Map<String, Answer> answers) throws IOException {
        g.writeStartObject();
        for (var e : answers.entrySet()) {
            g.writeFieldName(e.getKey());
            answer(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static void answer(JsonGenerator g, Answer a) throws IOException {
        g.writeStartObject();
        g.writeFieldName(STATUS);
        g.writeString(ANSWER_STATUSES[a.status().ordinal()]);
        if (a.value() instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Item) {
            g.writeFieldName(ITEMS);
            g.writeStartArray();
            for (Item item : a.items()) {
                answers(g, item.answers());
            }
            g.writeEndArray();
        } else {
            g.writeFieldName(VALUE);
            JsonText.value(g, a.value());
        }
        source(g, a.source());
        g.writeEndObject();
    }

    /** The tool block, in a fixed key order (Map.of iterates in a different order in every JVM). */
    public static Map<String, Object> tool(String version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "csreview");
        m.put("version", version);
        return m;
    }

    private void cites(JsonGenerator g, List<Citation> cites) throws IOException {
        cites(g, cites, List.of());
    }

    /** The refs of two lists of citations, as one array under "cites", each ref once (a case often repeats its route's). */
    private void cites(JsonGenerator g, List<Citation> first, List<Citation> then) throws IOException {
        g.writeFieldName(CITES);
        g.writeStartArray();
        for (Citation c : first) {
            questionnaireString(g, c.ref());
        }
        for (Citation c : then) {
            if (!citesRef(first, c.ref())) {
                questionnaireString(g, c.ref());
            }
        }
        g.writeEndArray();
    }

    private static boolean citesRef(List<Citation> cites, String ref) {
        for (Citation c : cites) {
            if (c.ref().equals(ref)) {
                return true;
            }
        }
        return false;
    }

    /** The group item a rule hit or a read belongs to, if any: its index and label. */
    private static void item(JsonGenerator g, Integer item, String label) throws IOException {
        if (item != null) {
            g.writeFieldName(ITEM);
            g.writeNumber(item);
            g.writeFieldName(ITEM_LABEL);
            JsonText.value(g, label);
        }
    }

    /** How a rule fired or a note applies: for certain, or only on some reading of what is unknown. */
    private static String certainty(boolean certain) {
        return certain ? "yes" : "maybe";
    }

    private void text(JsonGenerator g, SerializedString key, Text t) throws IOException {
        g.writeFieldName(key);
        g.writeStartObject();
        g.writeFieldName(ZH);
        questionnaireString(g, t.zh());
        g.writeFieldName(EN);
        questionnaireString(g, t.en());
        g.writeEndObject();
    }

    private void questionnaireString(JsonGenerator g, String s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        SerializedString e = encoded.get(s);
        if (e == null) {
            e = new SerializedString(s);
            encoded.put(s, e);
        }
        g.writeString(e);
    }
}
