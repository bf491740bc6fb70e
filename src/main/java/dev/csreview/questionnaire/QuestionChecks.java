package dev.csreview.questionnaire;

import static dev.csreview.questionnaire.DeclaredIds.suggest;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import dev.csreview.yaml.YNode;
import java.util.HashMap;
import java.util.Map;

/** The linter's checks of one question: its type against its choices, bounds, fields and default, with its conditions. */
final class QuestionChecks {
    private final Diagnostics out;
    private final ExpressionChecks expressions;
    private final CitationChecks citations;

    QuestionChecks(Diagnostics out, ExpressionChecks expressions, CitationChecks citations) {
        this.out = out;
        this.expressions = expressions;
        this.citations = citations;
    }

    void checkQuestion(Question question, Question group) {
        String what = "question " + question.id();
        expressions.checkAnswerExpr(question.when(), group, what);
        citations.requireCites(question.cites(), question.location(), "question", question.id(), false);
        for (Validation v : question.validations()) {
            expressions.checkAnswerExpr(v.rule(), group, what);
        }
        boolean choiceType = question.type() == QuestionType.SINGLE || question.type() == QuestionType.MULTI;
        if (choiceType && question.choices().isEmpty()) {
            out.error(question.location(), "Q040", question.id());
        }
        if (!choiceType && !question.choices().isEmpty()) {
            out.error(question.location(), "Q041", question.id(), question.type().id());
        }
        Map<String, Location> choiceIds = new HashMap<>();
        for (Choice c : question.choices()) {
            Location first = choiceIds.putIfAbsent(c.id(), c.location());
            if (first != null) {
                out.error(c.location(), "Q010", "choice", c.id(), first.line());
            }
            if (!DeclaredIds.CHOICE_LIKE.matcher(c.id()).matches()) {
                out.error(c.location(), "Q033", c.id());
            }
        }
        if (question.min() != null && question.max() != null && question.min() > question.max()) {
            out.error(question.location(), "Q042", question.id(), question.min(), question.max());
        }
        if (question.isGroup()) {
            if (question.fields().isEmpty()) {
                out.error(question.location(), "Q043", question.id());
            }
            if (question.itemLabel() != null
                    && question.fields().stream().noneMatch(f -> f.id().equals(question.itemLabel()))) {
                out.error(question.location(), "Q044", question.itemLabel(), question.id(),
                        suggest(question.itemLabel(), question.fields().stream().map(Question::id).toList()));
            }
            for (Question field : question.fields()) {
                checkQuestion(field, question);
            }
        } else if (!question.fields().isEmpty()) {
            out.error(question.location(), "Q045", question.id());
        }
        if (question.defaultValue() instanceof YNode def) {
            checkDefault(question, def);
        }
        if (question.allowUnknown() && question.isGroup()) {
            out.error(question.location(), "Q046", question.id());
        }
    }

    private void checkDefault(Question question, YNode def) {
        boolean ok = switch (question.type()) {
            case YESNO -> def instanceof YNode.Scalar s && s.kind() == YNode.ScalarKind.BOOLEAN;
            case INTEGER -> def instanceof YNode.Scalar s && s.kind() == YNode.ScalarKind.INTEGER && fitsLong(s.text());
            case SINGLE -> def instanceof YNode.Scalar s && question.choice(s.text()) != null;
            case MULTI -> def instanceof YNode.Seq seq && seq.items().stream()
                    .allMatch(i -> i instanceof YNode.Scalar s && question.choice(s.text()) != null);
            case TEXT, DATE -> def instanceof YNode.Scalar;
            case GROUP -> false;
        };
        if (!ok) {
            out.error(def.location(), "Q047", question.id(), question.type().id());
        }
    }

    private static boolean fitsLong(String text) {
        try {
            Long.parseLong(text.replace("_", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
