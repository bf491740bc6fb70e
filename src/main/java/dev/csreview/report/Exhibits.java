package dev.csreview.report;

import dev.csreview.profile.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The package's one register of exhibits: the checklist's materials first (附件1 …, in checklist order), each holding
 * the documents a profile's {@code evidence:} gives for the questions it is evidenced by, then every other document
 * the evidence names, one number per distinct document. Pure: which number an answer's source has.
 */
final class Exhibits {

    /**
     * One numbered exhibit: a checklist item (with the documents already held for it) or a document on its own;
     * number 0 for a checklist material that is not an exhibit (the form itself).
     */
    record Exhibit(int number, PackageSpec.ChecklistItem item, List<Evidence> documents) {
        boolean held() {
            return !documents.isEmpty();
        }
    }

    private final List<Exhibit> register = new ArrayList<>();
    private final Map<String, Integer> byQuestion = new LinkedHashMap<>();

    /**
     * @param items    the checklist items this package lists, in order
     * @param evidence the profile's evidence by question id
     * @param order    question ids in questionnaire order (the order documents not on the checklist are numbered in)
     */
    Exhibits(List<PackageSpec.ChecklistItem> items, Map<String, Evidence> evidence, List<String> order) {
        int next = 1;
        for (PackageSpec.ChecklistItem item : items) {
            int number = item.numbered() ? next++ : 0;
            List<Evidence> documents = new ArrayList<>();
            for (String question : item.evidencedBy()) {
                Evidence e = evidence.get(question);
                if (e != null && number > 0 && !byQuestion.containsKey(question)) {
                    byQuestion.put(question, number);
                    if (documents.stream().noneMatch(d -> d.document().equals(e.document()))) {
                        documents.add(e);
                    }
                }
            }
            register.add(new Exhibit(number, item, List.copyOf(documents)));
        }
        Map<String, Integer> byDocument = new LinkedHashMap<>();
        for (Exhibit x : register) {
            x.documents().forEach(d -> byDocument.putIfAbsent(d.document(), x.number()));
        }
        for (String question : order) {
            Evidence e = evidence.get(question);
            if (e == null || byQuestion.containsKey(question)) {
                continue;
            }
            Integer n = byDocument.get(e.document());
            if (n == null) {
                n = next++;
                register.add(new Exhibit(n, null, List.of(e)));
                byDocument.put(e.document(), n);
            }
            byQuestion.put(question, n);
        }
    }

    List<Exhibit> register() {
        return List.copyOf(register);
    }

    /** The exhibit number holding the source of the answer to {@code question}, or null when none is given. */
    Integer numberOf(String question) {
        return byQuestion.get(question);
    }
}
