package dev.csreview.profile;

import dev.csreview.messages.Messages;
import dev.csreview.questionnaire.Choice;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Question;
import dev.csreview.questionnaire.QuestionType;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Section;
import java.util.stream.Collectors;

/**
 * A commented profile to fill in by hand: every question with its text, help, articles, allowed answers and
 * condition, and an empty value. Until it is filled in, {@code csreview validate} lists what is missing.
 */
public final class ProfileSkeleton {
    private final Questionnaire q;
    private final Lang lang;
    private final Messages words;

    public ProfileSkeleton(Questionnaire q, Lang lang) {
        this.q = q;
        this.lang = lang;
        this.words = Messages.of("dev.csreview.profile.skeleton", lang.locale());
    }

    public String write() {
        StringBuilder out = new StringBuilder();
        comment(out, "", q.title().in(lang));
        if (!q.disclaimer().isEmpty()) {
            comment(out, "", q.disclaimer().in(lang));
        }
        comment(out, "", words.text("intro"));
        out.append("questionnaire: ").append(q.id()).append('\n');
        out.append("version: ").append(ProfileWriter.scalar(q.version())).append('\n');
        out.append("answers:\n");
        for (Section s : q.sections()) {
            out.append('\n');
            comment(out, "  ", "== " + s.title().in(lang) + " ==");
            if (s.when() != null) {
                comment(out, "  ", words.get("onlyIf", s.when().source()));
            }
            for (Question question : s.questions()) {
                describe(out, "  ", question);
                if (question.isGroup()) {
                    out.append("  ").append(question.id()).append(": []\n");
                    comment(out, "  ", words.text("groupExample"));
                    boolean first = true;
                    for (Question field : question.fields()) {
                        describe(out, "  #     ", field);
                        out.append("  #").append(first ? "  - " : "    ").append(field.id()).append(":\n");
                        first = false;
                    }
                } else {
                    out.append("  ").append(question.id()).append(":\n");
                }
            }
        }
        out.append('\n');
        comment(out, "", words.text("evidence"));
        comment(out, "", "evidence:");
        comment(out, "", words.text("evidenceExample"));
        return out.toString();
    }

    private void describe(StringBuilder out, String indent, Question question) {
        comment(out, indent, question.text().in(lang));
        if (!question.help().isEmpty()) {
            comment(out, indent, "  " + question.help().in(lang));
        }
        comment(out, indent, "  " + allowed(question)
                + (question.cites().isEmpty() ? "" : "  [" + question.cites().stream().map(c -> c.ref()).collect(Collectors.joining(", ")) + "]"));
        if (question.when() != null) {
            comment(out, indent, "  " + words.get("onlyIf", question.when().source()));
        }
    }

    private String allowed(Question question) {
        String unknown = question.allowUnknown() ? " | unknown" : "";
        return switch (question.type()) {
            case YESNO -> "yes | no" + unknown;
            case INTEGER -> words.text("integer")
                    + (question.min() != null || question.max() != null
                            ? " " + (question.min() == null ? "" : question.min()) + ".." + (question.max() == null ? "" : question.max()) : "")
                    + (question.unit().isEmpty() ? "" : " " + question.unit().in(lang)) + unknown;
            case SINGLE -> question.choices().stream().map(this::choice).collect(Collectors.joining(" | ")) + unknown;
            case MULTI -> "[" + question.choices().stream().map(this::choice).collect(Collectors.joining(", ")) + "]" + unknown;
            case DATE -> "YYYY-MM-DD" + unknown;
            case TEXT -> words.text("text") + unknown;
            case GROUP -> words.text("group");
        } + (question.required() || question.type() == QuestionType.GROUP ? "" : words.text("optional"));
    }

    private String choice(Choice c) {
        return c.id() + " (" + c.text().in(lang) + ")";
    }

    /** Comment lines; an indent that already holds '#' (inside the example item) gets no second one. */
    private static void comment(StringBuilder out, String indent, String text) {
        for (String line : text.split("\n")) {
            out.append(indent).append(indent.contains("#") ? "" : "# ").append(line).append('\n');
        }
    }
}
