package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Binds a questionnaire's {@code sections} and their questions, choices, validations and group fields. */
final class QuestionBinder {
    private final Diagnostics out;
    private final SharedFields shared;

    QuestionBinder(Diagnostics out, SharedFields shared) {
        this.out = out;
        this.shared = shared;
    }

    Section section(YNode n) {
        Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("section"), QuestionnaireLoader.SECTION_KEYS, out);
        if (fo.isEmpty()) {
            return null;
        }
        Fields f = fo.get();
        String id = f.requiredString("id").orElse("");
        List<Question> questions = shared.each(f, "questions", qn -> question(qn, false));
        if (questions.isEmpty()) {
            out.error(f.location(), "Q021", id);
        }
        return new Section(id, shared.text(f, "title", true), shared.text(f, "intro", false), shared.expr(f, "when"),
                questions, f.location());
    }

    private Question question(YNode n, boolean inGroup) {
        Optional<Fields> fo = Fields.of(n, Diagnostic.Term.of("question"), QuestionnaireLoader.QUESTION_KEYS, out);
        if (fo.isEmpty()) {
            return null;
        }
        Fields f = fo.get();
        String id = f.requiredString("id").orElse("");
        String typeName = f.requiredString("type").orElse("text");
        QuestionType type;
        try {
            type = QuestionType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Object[] hint = SharedFields.didYouMeanOr(typeName, QuestionType.ids());
            out.error(f.at("type"), "Q001", typeName, id, hint[0], hint[1]);
            type = QuestionType.TEXT;
        }
        if (type == QuestionType.GROUP && inGroup) {
            out.error(f.at("type"), "Q002", id);
        }
        List<Choice> choices = new ArrayList<>();
        for (YNode cn : f.list("choices")) {
            Fields.of(cn, Diagnostic.Term.of("choice"), QuestionnaireLoader.CHOICE_KEYS, out).ifPresent(c -> choices.add(new Choice(
                    c.requiredString("id").orElse(""), shared.text(c, "text", true), shared.text(c, "help", false), c.location())));
        }
        List<Validation> validations = new ArrayList<>();
        for (YNode vn : f.list("validate")) {
            Fields.of(vn, Diagnostic.Term.of("validation"), QuestionnaireLoader.VALIDATION_KEYS, out).ifPresent(v -> {
                Expr rule = shared.expr(v, "rule");
                if (rule == null && !v.has("rule")) {
                    out.error(v.location(), "S004", "validation", "rule");
                }
                if (rule != null) {
                    validations.add(new Validation(rule, shared.text(v, "message", true)));
                }
            });
        }
        List<Question> fields = shared.each(f, "fields", fn -> question(fn, true));
        return new Question(
                id,
                type,
                shared.text(f, "text", true),
                shared.text(f, "help", false),
                shared.cites(f),
                shared.expr(f, "when"),
                f.bool("required").orElse(true),
                f.bool("unknown").orElse(false),
                defaultValue(f),
                List.copyOf(choices),
                f.integer("min").orElse(null),
                f.integer("max").orElse(null),
                shared.text(f, "unit", false),
                List.copyOf(validations),
                fields,
                f.string("item_label").orElse(null),
                f.integer("min_items").map(Long::intValue).orElse(null),
                f.integer("max_items").map(Long::intValue).orElse(null),
                f.location());
    }

    /** The default as a located scalar or list; checked against the question's type by the linter. */
    private static Object defaultValue(Fields f) {
        YNode n = f.node("default");
        return n == null || Fields.isNull(n) ? null : n;
    }
}
