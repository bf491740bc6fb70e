package dev.csreview.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, checked questionnaire: the law's reading as data; {@code citationCache} holds the citations rendered for
 * it (not part of its value).
 */
public record Questionnaire(
        String id,
        String version,
        Text title,
        Text disclaimer,
        String regulation,
        List<String> languages,
        Map<String, Instrument> instruments,
        List<Section> sections,
        List<Computed> computed,
        List<Factor> factors,
        List<Rule> rules,
        List<Determination> determinations,
        List<Note> notes,
        List<Migration> migrations,
        String sourceName,
        String sha256,
        CitationCache citationCache) {

    /** A questionnaire with an empty citation cache of its own. */
    public Questionnaire(String id, String version, Text title, Text disclaimer, String regulation, List<String> languages,
            Map<String, Instrument> instruments, List<Section> sections, List<Computed> computed, List<Factor> factors,
            List<Rule> rules, List<Determination> determinations, List<Note> notes, List<Migration> migrations,
            String sourceName, String sha256) {
        this(id, version, title, disclaimer, regulation, languages, instruments, sections, computed, factors, rules,
                determinations, notes, migrations, sourceName, sha256, new CitationCache());
    }

    /** Every question, group fields included, by id, in questionnaire order. */
    public Map<String, Question> questionsById() {
        Map<String, Question> out = new LinkedHashMap<>();
        for (Section s : sections) {
            for (Question q : s.questions()) {
                out.put(q.id(), q);
                for (Question f : q.fields()) {
                    out.put(f.id(), f);
                }
            }
        }
        return out;
    }

    /** Top-level questions (not group fields), in order. */
    public List<Question> topLevelQuestions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Factor> factor(String factorId) {
        return factors.stream().filter(f -> f.id().equals(factorId)).findFirst();
    }

    public Optional<Section> sectionOf(String questionId) {
        return sections.stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst();
    }
}
