package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Binds a questionnaire's {@code instruments}: the laws it cites, their articles and summaries. */
final class InstrumentBinder {
    private static final Pattern RANGE = Pattern.compile("^(\\d+)-(\\d+)$");

    private final Diagnostics out;
    private final SharedFields shared;

    InstrumentBinder(Diagnostics out, SharedFields shared) {
        this.out = out;
        this.shared = shared;
    }

    Map<String, Instrument> instruments(Fields f) {
        Map<String, Instrument> result = new LinkedHashMap<>();
        YNode node = f.node("instruments");
        if (node == null) {
            out.error(f.location(), "S004", Diagnostic.Term.of("questionnaire"), "instruments");
            return result;
        }
        if (!(node instanceof YNode.Mapping m)) {
            out.error(node.location(), "S001", "instruments", node.kindName());
            return result;
        }
        for (var e : m.entries().entrySet()) {
            Optional<Fields> io = Fields.of(e.getValue(), Diagnostic.Term.of("instrument"), QuestionnaireLoader.INSTRUMENT_KEYS, out);
            if (io.isEmpty()) {
                continue;
            }
            Fields i = io.get();
            Map<String, Text> summaries = new LinkedHashMap<>();
            YNode sn = i.node("summaries");
            if (sn instanceof YNode.Mapping sm) {
                for (var s : sm.entries().entrySet()) {
                    summaries.put(s.getKey(), shared.textNode(s.getValue(), "summaries"));
                }
            } else if (sn != null && !Fields.isNull(sn)) {
                out.error(sn.location(), "S001", "summaries", sn.kindName());
            }
            result.put(e.getKey(), new Instrument(
                    e.getKey(),
                    shared.text(i, "name", true),
                    i.string("number").orElse(null),
                    i.string("effective").orElse(null),
                    i.string("status").orElse(null),
                    i.strings("sources"),
                    articles(i),
                    summaries,
                    i.strings("quoted"),
                    shared.text(i, "article_format", false),
                    shared.text(i, "item_format", false)));
        }
        return result;
    }

    /** Articles as a list, where an item may be a range {@code "1-23"}. */
    private List<String> articles(Fields i) {
        List<String> result = new ArrayList<>();
        YNode n = i.node("articles");
        List<String> raw = n instanceof YNode.Scalar s && !s.isNull() ? List.of(s.text()) : i.strings("articles");
        for (String a : raw) {
            Matcher m = RANGE.matcher(a.trim());
            if (m.matches()) {
                // No instrument has a million articles; longer numbers would overflow (found by fuzzing).
                if (m.group(1).length() > 6 || m.group(2).length() > 6) {
                    out.error(i.at("articles"), "Q020", a);
                    continue;
                }
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                if (to < from || to - from > 2000) {
                    out.error(i.at("articles"), "Q020", a);
                    continue;
                }
                for (int k = from; k <= to; k++) {
                    result.add(Integer.toString(k));
                }
            } else {
                result.add(a.trim());
            }
        }
        if (raw.isEmpty()) {
            // Only when none are written: a bad range is reported as such (Q020), not also as missing.
            out.error(i.location(), "S004", Diagnostic.Term.of("instrument"), "articles");
        }
        return List.copyOf(result);
    }
}
