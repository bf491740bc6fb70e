package dev.csreview.profile;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.migration.AnswerMigration;
import dev.csreview.migration.MigrationReport;
import dev.csreview.migration.ProfileMigrator;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.QuestionType;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import dev.csreview.yaml.YamlReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a profile (batch answers) and types every answer against the questionnaire: choices exist, numbers
 * are numbers in range, dates are dates, "unknown" only where allowed. Conditions, defaults and required
 * answers are the evaluator's business, shared with the interview.
 */
public final class ProfileLoader {
    /** The word a profile uses for "I do not know yet". */
    public static final String UNKNOWN = "unknown";

    public static final Set<String> TOP_KEYS = Set.of("questionnaire", "version", "answers", "history", "evidence");
    static final Set<String> HISTORY_KEYS = Set.of("on", "version", "event", "from", "questions");
    static final Set<String> EVIDENCE_KEYS = Set.of("document", "date", "holder");

    private final YamlReader yaml = new YamlReader();

    /** Reads the header only, to pick the questionnaire a profile answers. */
    public Optional<String> questionnaireId(String sourceName, byte[] bytes) {
        return yaml.read(sourceName, bytes, new Diagnostics()).flatMap(ProfileLoader::questionnaireId);
    }

    /** The header's {@code questionnaire:} value with where it is, read from the profile's bytes. */
    public Optional<YNode.Scalar> questionnaireNode(String sourceName, byte[] bytes) {
        return yaml.read(sourceName, bytes, new Diagnostics()).flatMap(ProfileLoader::questionnaireNode);
    }

    /** The questionnaire a parsed profile names in its header, if it names one. */
    public static Optional<String> questionnaireId(YNode root) {
        return questionnaireNode(root).map(YNode.Scalar::text);
    }

    /** The header's {@code questionnaire:} value, with where it is (to point at it when no such questionnaire exists). */
    public static Optional<YNode.Scalar> questionnaireNode(YNode root) {
        return Optional.of(root)
                .filter(n -> n instanceof YNode.Mapping)
                .map(n -> ((YNode.Mapping) n).get("questionnaire"))
                .filter(n -> n instanceof YNode.Scalar)
                .map(n -> (YNode.Scalar) n);
    }

    /** Parses a profile's YAML; errors go to {@code out}; empty if it is not YAML the loader accepts. */
    public Optional<YNode> parse(String sourceName, byte[] bytes, Diagnostics out) {
        return yaml.read(sourceName, bytes, out);
    }

    /** Loads the profile; all diagnostics (errors and warnings) go to {@code out}; empty if unusable. */
    public Optional<Profile> load(String sourceName, byte[] bytes, Questionnaire q, Diagnostics out) {
        return parse(sourceName, bytes, out).flatMap(root -> load(sourceName, root, q, out));
    }

    /** Types an already parsed profile (see {@link #parse}) against {@code q}. */
    public Optional<Profile> load(String sourceName, YNode root, Questionnaire q, Diagnostics out) {
        // Answers written for an earlier version are read through the questionnaire's migrations, still located in the file.
        Optional<AnswerMigration.Migrated> migrated = ProfileMigrator.migrate(root, q, out);
        if (migrated.isPresent()) {
            root = migrated.get().root();
        }
        Optional<Fields> fo = Fields.of(root, Diagnostic.Term.of("profile"), TOP_KEYS, out);
        if (fo.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fo.get();
        String id = f.requiredString("questionnaire").orElse("");
        String version = f.string("version").orElse("");
        if (!id.isEmpty() && !id.equals(q.id())) {
            out.error(f.at("questionnaire"), "P001", id, q.id());
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        YNode answersNode = f.node("answers");
        if (answersNode == null || Fields.isNull(answersNode)) {
            out.error(f.location(), "S004", "profile", "answers");
        } else if (!(answersNode instanceof YNode.Mapping m)) {
            out.error(answersNode.location(), "S001", "answers", answersNode.kindName());
        } else {
            Map<String, Question> top = new LinkedHashMap<>();
            q.topLevelQuestions().forEach(question -> top.put(question.id(), question));
            readAnswers(m, top, answers, out, "answers");
        }
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        YNode evidenceNode = f.node("evidence");
        if (evidenceNode != null && !Fields.isNull(evidenceNode)) {
            if (evidenceNode instanceof YNode.Mapping m) {
                readEvidence(m, q, evidence, out);
            } else {
                out.error(evidenceNode.location(), "S001", "evidence", evidenceNode.kindName());
            }
        }
        MigrationReport report = migrated.map(AnswerMigration.Migrated::report).orElse(null);
        // A missing answer has no line of its own: it is reported at the answers: key, else at the top of the file.
        Location answersAt = f.has("answers") ? f.keyAt("answers") : f.location();
        return Optional.of(new Profile(id, report != null ? report.from() : version, sourceName, answers, report, history(f.node("history"), out),
                evidence, answersAt.line() > 0 ? answersAt : new Location(sourceName, 1, 1)));
    }

    /**
     * {@code evidence:} maps a question id to its source: a document named in one line, or {@code document}, {@code
     * date} and {@code holder}. Evidence for a question that is not there is an error (a typo would lose an exhibit).
     */
    private void readEvidence(YNode.Mapping m, Questionnaire q, Map<String, Evidence> into, Diagnostics out) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        q.topLevelQuestions().forEach(question -> ids.add(question.id()));
        for (var e : m.entries().entrySet()) {
            Location keyAt = m.keyLocation(e.getKey());
            if (!ids.contains(e.getKey())) {
                out.error(keyAt, "P040", e.getKey(), new Diagnostic.Hint(Fields.didYouMean(e.getKey(), ids)));
                continue;
            }
            YNode v = e.getValue();
            if (v instanceof YNode.Scalar s && s.kind() == YNode.ScalarKind.STRING && !s.text().isBlank()) {
                into.put(e.getKey(), new Evidence(s.text().strip(), null, null, keyAt));
            } else if (v instanceof YNode.Mapping) {
                Fields.of(v, Diagnostic.Term.of("evidence for", e.getKey()), EVIDENCE_KEYS, out).ifPresent(ev -> {
                    String document = ev.requiredString("document").orElse("").strip();
                    if (!document.isEmpty()) {
                        into.put(e.getKey(), new Evidence(document, ev.string("date").map(String::strip).orElse(null),
                                ev.string("holder").map(String::strip).orElse(null), keyAt));
                    }
                });
            } else {
                out.error(v.location(), "P041", e.getKey(), v.kindName());
            }
        }
    }

    /** The {@code history:} entries: each a mapping with a date, a version and what happened. */
    private static List<HistoryEvent> history(YNode node, Diagnostics out) {
        List<HistoryEvent> events = new ArrayList<>();
        if (node == null || Fields.isNull(node)) {
            return events;
        }
        if (!(node instanceof YNode.Seq seq)) {
            out.error(node.location(), "S001", "history", node.kindName());
            return events;
        }
        for (YNode item : seq.items()) {
            Optional<Fields> fo = Fields.of(item, Diagnostic.Term.of("history entry"), HISTORY_KEYS, out);
            if (fo.isEmpty()) {
                continue;
            }
            Fields h = fo.get();
            String on = h.requiredString("on").orElse("");
            try {
                LocalDate.parse(on);
            } catch (DateTimeParseException e) {
                out.error(h.at("on"), "P012", "history.on", "'" + on + "'");
            }
            String event = h.requiredString("event").orElse("");
            if (!event.isEmpty() && !event.equals(HistoryEvent.MIGRATED) && !event.equals(HistoryEvent.ANSWERED)) {
                out.error(h.at("event"), "S005", "event", Diagnostic.Term.of("migrated or answered"), "'" + event + "'");
            }
            events.add(new HistoryEvent(on, h.requiredString("version").orElse(""), event, h.string("from").orElse(null), h.strings("questions"),
                    h.location()));
        }
        return List.copyOf(events);
    }

    private void readAnswers(YNode.Mapping m, Map<String, Question> known, Map<String, Answer> into, Diagnostics out, String where) {
        for (var e : m.entries().entrySet()) {
            Question question = known.get(e.getKey());
            Location keyAt = m.keyLocation(e.getKey());
            if (question == null) {
                out.error(keyAt, "P003", e.getKey(), where, new Diagnostic.Hint(Fields.didYouMean(e.getKey(), known.keySet())));
                continue;
            }
            Answer a = typed(question, e.getValue(), keyAt, out);
            if (a != null) {
                into.put(question.id(), a);
            }
        }
    }

    private Answer typed(Question question, YNode node, Location keyAt, Diagnostics out) {
        Location at = node.location();
        if (Fields.isNull(node) || (node instanceof YNode.Scalar s0 && s0.kind() == YNode.ScalarKind.STRING && s0.text().isBlank())) {
            // "key:" with nothing after it is an unanswered question, not an empty answer.
            return new Answer(null, AnswerStatus.MISSING, keyAt);
        }
        if (node instanceof YNode.Scalar s && s.kind() == YNode.ScalarKind.STRING && s.text().equals(UNKNOWN)) {
            if (!question.allowUnknown()) {
                out.error(at, "P004", question.id());
                return null;
            }
            return Answer.unknown(keyAt);
        }
        return switch (question.type()) {
            case YESNO -> yesNo(question, node, out);
            case INTEGER -> integer(question, node, out);
            case SINGLE -> single(question, node, out);
            case MULTI -> multi(question, node, out);
            case TEXT -> text(question, node, out);
            case DATE -> date(question, node, out);
            case GROUP -> group(question, node, out);
        };
    }

    private Answer yesNo(Question question, YNode node, Diagnostics out) {
        if (node instanceof YNode.Scalar s) {
            String t = s.text().strip().toLowerCase(java.util.Locale.ROOT);
            // 是/否 as the interview takes them: counsel writing a profile by hand often answers in Chinese.
            if (t.equals("true") || t.equals("yes") || t.equals("是")) {
                return new Answer(Boolean.TRUE, AnswerStatus.ANSWERED, node.location());
            }
            if (t.equals("false") || t.equals("no") || t.equals("否")) {
                return new Answer(Boolean.FALSE, AnswerStatus.ANSWERED, node.location());
            }
        }
        out.error(node.location(), "P005", question.id(), describe(node), question.allowUnknown() ? "yes, no, unknown" : "yes, no");
        return null;
    }

    private Answer integer(Question question, YNode node, Diagnostics out) {
        String digits = null;
        if (node instanceof YNode.Scalar s && s.kind() == YNode.ScalarKind.INTEGER) {
            digits = s.text().replace("_", "");
        } else if (node instanceof YNode.Scalar s && s.kind() == YNode.ScalarKind.STRING) {
            // 3,200,000 or full-width ３２０００００, as the interview takes them.
            digits = WrittenNumbers.digits(s.text());
        }
        if (digits != null) {
            long v;
            try {
                v = Long.parseLong(digits);
            } catch (NumberFormatException e) {
                String written = ((YNode.Scalar) node).text();
                if (!digits.matches("[+-]?\\d+")) {
                    out.error(node.location(), "P006", question.id(), written);
                } else if (question.min() != null && question.max() != null) {
                    // A whole number, only too long for a long: the question's own range says what is taken.
                    out.error(node.location(), "P007", question.id(), written, question.min(), question.max());
                } else {
                    out.error(node.location(), "P015", question.id(), written, Long.MAX_VALUE);
                }
                return null;
            }
            if ((question.min() != null && v < question.min()) || (question.max() != null && v > question.max())) {
                out.error(node.location(), "P007", question.id(), v,
                        question.min() == null ? "−∞" : question.min(), question.max() == null ? "∞" : question.max());
                return null;
            }
            return new Answer(v, AnswerStatus.ANSWERED, node.location());
        }
        out.error(node.location(), "P006", question.id(), describe(node));
        return null;
    }

    private Answer single(Question question, YNode node, Diagnostics out) {
        if (node instanceof YNode.Scalar s && s.kind() != YNode.ScalarKind.NULL) {
            String choice = choiceId(question, s, out);
            return choice == null ? null : new Answer(choice, AnswerStatus.ANSWERED, node.location());
        }
        out.error(node.location(), "P008", question.id(), describe(node), choices(question));
        return null;
    }

    private Answer multi(Question question, YNode node, Diagnostics out) {
        if (!(node instanceof YNode.Seq seq)) {
            out.error(node.location(), "P009", question.id(), describe(node));
            return null;
        }
        List<String> picked = new ArrayList<>();
        for (YNode item : seq.items()) {
            if (!(item instanceof YNode.Scalar s) || s.isNull()) {
                out.error(item.location(), "P008", question.id(), describe(item), choices(question));
                return null;
            }
            String choice = choiceId(question, s, out);
            if (choice == null) {
                return null;
            }
            if (picked.contains(choice)) {
                out.error(item.location(), "P010", choice, question.id());
                return null;
            }
            picked.add(choice);
        }
        return new Answer(List.copyOf(picked), AnswerStatus.ANSWERED, node.location());
    }

    private String choiceId(Question question, YNode.Scalar s, Diagnostics out) {
        if (question.choice(s.text()) == null) {
            List<String> ids = question.choices().stream().map(c -> c.id()).toList();
            out.error(s.location(), "P008", question.id(), s.text(), choices(question), new Diagnostic.Hint(Fields.didYouMean(s.text(), ids)));
            return null;
        }
        return s.text();
    }

    private Answer text(Question question, YNode node, Diagnostics out) {
        if (node instanceof YNode.Scalar s) {
            return new Answer(s.text(), AnswerStatus.ANSWERED, node.location());
        }
        out.error(node.location(), "P011", question.id(), describe(node));
        return null;
    }

    private Answer date(Question question, YNode node, Diagnostics out) {
        if (node instanceof YNode.Scalar s) {
            try {
                LocalDate d = LocalDate.parse(s.text());
                return new Answer(d.toString(), AnswerStatus.ANSWERED, node.location());
            } catch (DateTimeParseException e) {
                // fall through to the diagnostic
            }
        }
        out.error(node.location(), "P012", question.id(), describe(node));
        return null;
    }

    private Answer group(Question question, YNode node, Diagnostics out) {
        if (!(node instanceof YNode.Seq seq)) {
            out.error(node.location(), "P013", question.id(), describe(node));
            return null;
        }
        Map<String, Question> fields = new LinkedHashMap<>();
        question.fields().forEach(f -> fields.put(f.id(), f));
        List<Item> items = new ArrayList<>();
        int index = 0;
        for (YNode itemNode : seq.items()) {
            index++;
            if (!(itemNode instanceof YNode.Mapping m)) {
                out.error(itemNode.location(), "P014", question.id(), index, itemNode.kindName());
                continue;
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            readAnswers(m, fields, answers, out, question.id() + "[" + index + "]");
            items.add(new Item(index, itemNode.location(), answers));
        }
        return new Answer(List.copyOf(items), AnswerStatus.ANSWERED, node.location());
    }

    private static String describe(YNode node) {
        return node instanceof YNode.Scalar s ? "'" + s.text() + "'" : node.kindName();
    }

    private static String choices(Question question) {
        return String.join(", ", question.choices().stream().map(c -> c.id()).toList());
    }
}
