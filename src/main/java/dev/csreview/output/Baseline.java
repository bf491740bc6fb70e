package dev.csreview.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A previous assessment JSON ({@code csreview-assessment/1}) read back as finding levels by profile and id,
 * so a run can report what is new or worse. Read with the streaming parser: only ids and levels matter.
 */
public final class Baseline {
    private final Map<String, Map<String, String>> levels;
    private final Map<String, Map<String, Integer>> scores;

    private Baseline(Map<String, Map<String, String>> levels, Map<String, Map<String, Integer>> scores) {
        this.levels = levels;
        this.scores = scores;
    }

    /** Factor scores by profile, then by finding id. */
    public Map<String, Map<String, Integer>> scores() {
        return scores;
    }

    /** Levels by profile, then by finding id ({@code route:<id>} → outcome, {@code factor:<id>} → level). */
    public Map<String, Map<String, String>> levels() {
        return levels;
    }

    /** The current run as a baseline, to compare like with like. */
    public static Baseline of(List<dev.csreview.assessment.Assessment> assessments) {
        Builder b = new Builder();
        assessments.forEach(b::add);
        return b.build();
    }

    /** Collects levels and scores one assessment at a time (a batch does not keep its assessments). */
    public static final class Builder {
        private final Map<String, Map<String, String>> levels = new LinkedHashMap<>();
        private final Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();

        public void add(dev.csreview.assessment.Assessment a) {
            Map<String, String> byId = new LinkedHashMap<>();
            Map<String, Integer> scoreById = new LinkedHashMap<>();
            for (var d : a.determinations()) {
                byId.put("route:" + d.determination().id(), d.outcome().id());
            }
            for (var f : a.factors()) {
                byId.put("factor:" + f.factor().id(), f.level().id());
                scoreById.put("factor:" + f.factor().id(), f.score());
            }
            levels.put(a.profileName(), byId);
            scores.put(a.profileName(), scoreById);
        }

        public Baseline build() {
            return new Baseline(levels, scores);
        }
    }

    /** Reads an assessment JSON; a file that is not one is an IOException whose message says where and why. */
    public static Baseline parse(byte[] json) throws IOException {
        try {
            return parseJson(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // The parser's own message quotes the source; say only where and what.
            var at = e.getLocation();
            throw new IOException((at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ") + e.getOriginalMessage());
        }
    }

    private static Baseline parseJson(byte[] json) throws IOException {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an assessment JSON document");
            }
            List<Map<String, Object>> assessments = new ArrayList<>();
            Map<String, Object> root = readObject(p);
            if (p.nextToken() != null) {
                throw new IOException("more after the end of the JSON document");
            }
            Object list = root.get("assessments");
            if (list instanceof List<?> l) {
                for (Object o : l) {
                    assessments.add(cast(o));
                }
            } else if (root.containsKey("determinations")) {
                assessments.add(root);
            } else {
                throw new IOException("no assessments in this JSON document");
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
                        throw new IOException("factor score is not a number: " + m.get("score"));
                    }
                }
                result.put(String.valueOf(a.get("profile")), byId);
                scores.put(String.valueOf(a.get("profile")), scoreById);
            }
        }
        return new Baseline(result, scores);
    }

    /** A JSON array, or none; anything else is the wrong schema (an error about the file, not a crash). */
    private static List<?> list(Object o) throws IOException {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l;
        }
        throw new IOException("unexpected JSON structure: determinations and factors must be arrays");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) throws IOException {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IOException("unexpected JSON structure");
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
