package dev.csreview.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.csreview.diagnostic.Diagnostic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A previous assessment JSON ({@code csreview-assessment/1}) read back as finding levels by profile and id,
 * so a run can report what is new or worse. Read with the streaming parser: only ids, levels and the company
 * answer matter. Profiles are matched by their stable identity, not their path: the answer to the question the
 * questionnaire's package names as the company's ({@code company_question}, data), so a moved file is the same
 * profile; a profile without that answer is matched by its path.
 */
public final class Baseline {
    /** One profile's findings: where it was read from, levels by finding id, factor scores by finding id. */
    public record Profile(String path, Map<String, String> levels, Map<String, Integer> scores) {}

    /** Which question names the company, by questionnaire id (null: none); the questionnaire's package says. */
    @FunctionalInterface
    public interface CompanyQuestion {
        String of(String questionnaireId);

        CompanyQuestion NONE = id -> null;
    }

    private final Map<String, Profile> profiles;

    private Baseline(Map<String, Profile> profiles) {
        this.profiles = profiles;
    }

    /** The profiles by identity ({@code company:NAME}, or {@code profile:PATH} without a company answer), in order. */
    public Map<String, Profile> profiles() {
        return profiles;
    }

    /** The current run as a baseline, to compare like with like. */
    public static Baseline of(List<dev.csreview.assessment.Assessment> assessments, CompanyQuestion company) {
        Builder b = new Builder(company);
        assessments.forEach(b::add);
        return b.build();
    }

    /** Collects levels and scores one assessment at a time (a batch does not keep its assessments). */
    public static final class Builder {
        private final CompanyQuestion company;
        private final Identities ids = new Identities();

        public Builder(CompanyQuestion company) {
            this.company = company;
        }

        public synchronized void add(dev.csreview.assessment.Assessment a) {
            Map<String, String> byId = new LinkedHashMap<>();
            Map<String, Integer> scoreById = new LinkedHashMap<>();
            for (var d : a.determinations()) {
                byId.put("route:" + d.determination().id(), d.outcome().id());
            }
            for (var f : a.factors()) {
                byId.put("factor:" + f.factor().id(), f.level().id());
                scoreById.put("factor:" + f.factor().id(), f.score());
            }
            String question = company.of(a.questionnaire().id());
            var answer = question == null ? null : a.answers().answers().get(question);
            Object name = answer == null || !answer.status().isKnown() ? null : answer.value();
            ids.put(name instanceof String n ? n : null, new Profile(a.profileName(), byId, scoreById));
        }

        public Baseline build() {
            return new Baseline(ids.profiles);
        }
    }

    /**
     * Identities in the order profiles come: the company's name with its spacing and case folded, or the path. The
     * same company twice in one run (two scenarios) is told apart by its order among the files: "#2", "#3".
     */
    private static final class Identities {
        final Map<String, Profile> profiles = new LinkedHashMap<>();

        void put(String company, Profile p) {
            String base = company == null || company.isBlank() ? "profile:" + p.path()
                    : "company:" + company.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            String key = base;
            for (int n = 2; profiles.containsKey(key); n++) {
                key = base + " #" + n;
            }
            profiles.put(key, p);
        }
    }

    /**
     * A file that is not an assessment JSON: why, in csreview's words (a diagnostics term, J001's argument), shown in
     * the reader's language; the message is its English.
     */
    public static final class NotAnAssessment extends IOException {
        private final transient Diagnostic.Term reason;
        private final int line;
        private final int column;

        NotAnAssessment(Diagnostic.Term reason) {
            this(reason, 0, 0);
        }

        NotAnAssessment(Diagnostic.Term reason, int line, int column) {
            super(reason.in(java.util.Locale.ENGLISH));
            this.reason = reason;
            this.line = line;
            this.column = column;
        }

        public Diagnostic.Term reason() {
            return reason;
        }

        /** Where in the file, 1-based; 0 when the whole file is meant. */
        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** Reads an assessment JSON; a file that is not one is a {@link NotAnAssessment} saying where and why. */
    public static Baseline parse(byte[] json, CompanyQuestion company) throws IOException {
        try {
            return parseJson(json, company);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // The parser's words are English, name its own switches and quote "[Source: …]": say where, in ours.
            var at = e.getLocation();
            Diagnostic.Term why = Diagnostic.Term.of(e instanceof com.fasterxml.jackson.core.io.JsonEOFException ? "json truncated"
                    : e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException ? "json too deep" : "json syntax");
            throw at == null || at.getLineNr() < 1 ? new NotAnAssessment(why) : new NotAnAssessment(why, at.getLineNr(), Math.max(1, at.getColumnNr()));
        }
    }

    private static Baseline parseJson(byte[] json, CompanyQuestion company) throws IOException {
        Identities ids = new Identities();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotAnAssessment(Diagnostic.Term.of("json not an assessment"));
            }
            List<Map<String, Object>> assessments = new ArrayList<>();
            Map<String, Object> root = readObject(p);
            if (p.nextToken() != null) {
                throw new NotAnAssessment(Diagnostic.Term.of("json trailing"));
            }
            Object list = root.get("assessments");
            if (list instanceof List<?> l) {
                for (Object o : l) {
                    assessments.add(cast(o));
                }
            } else if (root.containsKey("determinations")) {
                assessments.add(root);
            } else {
                throw new NotAnAssessment(Diagnostic.Term.of("json no assessments"));
            }
            for (Map<String, Object> a : assessments) {
                Map<String, String> byId = new LinkedHashMap<>();
                Map<String, Integer> scoreById = new LinkedHashMap<>();
                for (Object d : list(a.get("determinations"))) {
                    Map<String, Object> m = cast(d);
                    byId.put("route:" + m.get("id"), String.valueOf(m.get("outcome")));
                }
                for (Object f : list(a.get("factors"))) {
                    Map<String, Object> m = cast(f);
                    byId.put("factor:" + m.get("id"), String.valueOf(m.get("level")));
                    try {
                        scoreById.put("factor:" + m.get("id"), Integer.parseInt(String.valueOf(m.get("score"))));
                    } catch (NumberFormatException e) {
                        throw new NotAnAssessment(Diagnostic.Term.of("json score not a number", m.get("score")));
                    }
                }
                ids.put(companyName(a, company), new Profile(String.valueOf(a.get("profile")), byId, scoreById));
            }
        }
        return new Baseline(ids.profiles);
    }

    /** The company answer of one assessment in JSON ({@code answers.QUESTION.value} when answered), or null. */
    private static String companyName(Map<String, Object> a, CompanyQuestion company) {
        Object questionnaire = a.get("questionnaire");
        String question = questionnaire instanceof Map<?, ?> q && q.get("id") instanceof String id ? company.of(id) : null;
        if (question == null || !(a.get("answers") instanceof Map<?, ?> answers) || !(answers.get(question) instanceof Map<?, ?> answer)) {
            return null;
        }
        boolean given = "answered".equals(answer.get("status")) || "defaulted".equals(answer.get("status"));
        return given && answer.get("value") instanceof String name ? name : null;
    }

    /** A JSON array, or none; anything else is the wrong schema (an error about the file, not a crash). */
    private static List<?> list(Object o) throws IOException {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l;
        }
        throw new NotAnAssessment(Diagnostic.Term.of("json not arrays"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) throws IOException {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new NotAnAssessment(Diagnostic.Term.of("json structure"));
    }

    private static Map<String, Object> readObject(JsonParser p) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            m.put(name, readValue(p));
        }
        return m;
    }

    private static Object readValue(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> readObject(p);
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(readValue(p));
                }
                yield l;
            }
            case VALUE_NULL -> null;
            default -> p.getText();
        };
    }
}
