package dev.csreview.profile;

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

    public ProfileSkeleton(Questionnaire q, Lang lang) {
        this.q = q;
        this.lang = lang;
    }

    public String write() {
        StringBuilder out = new StringBuilder();
        comment(out, "", q.title().in(lang));
        if (!q.disclaimer().isEmpty()) {
            comment(out, "", q.disclaimer().in(lang));
        }
        comment(out, "", lang == Lang.ZH
                ? "填写每个问题的答案；尚不清楚的事实可填 unknown（如允许）。填写后运行：csreview validate 本文件"
                : "Answer each question; write unknown where a fact is not known yet (where allowed). Then run: csreview validate THIS-FILE");
        out.append("questionnaire: ").append(q.id()).append('\n');
        out.append("version: ").append(ProfileWriter.scalar(q.version())).append('\n');
        out.append("answers:\n");
        for (Section s : q.sections()) {
            out.append('\n');
            comment(out, "  ", "== " + s.title().in(lang) + " ==");
            if (s.when() != null) {
                comment(out, "  ", (lang == Lang.ZH ? "仅当 " : "only if ") + s.when().source());
            }
            for (Question question : s.questions()) {
                describe(out, "  ", question);
                if (question.isGroup()) {
                    out.append("  ").append(question.id()).append(": []\n");
                    comment(out, "  ", lang == Lang.ZH ? "每项一条记录，例如：" : "one record per item, for example:");
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
        comment(out, "", lang == Lang.ZH
                ? "事实出处（可选）：为答案注明依据的文件、日期和保管部门；申报材料据此为附件编号，并在申报书和分析报告中引用。例如："
                : "Where facts come from (optional): the document, its date and who holds it; the package numbers them as exhibits and cites them in the form and the report. For example:");
        comment(out, "", "evidence:");
        comment(out, "", lang == Lang.ZH
                ? "  users_registered: {document: 用户数据库统计报表, date: 2026-10-08, holder: 数据平台部}"
                : "  users_registered: {document: User database statistics, date: 2026-10-08, holder: Data platform team}");
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
            comment(out, indent, "  " + (lang == Lang.ZH ? "仅当 " : "only if ") + question.when().source());
        }
    }

    private String allowed(Question question) {
        String unknown = question.allowUnknown() ? " | unknown" : "";
        return switch (question.type()) {
            case YESNO -> "yes | no" + unknown;
            case INTEGER -> (lang == Lang.ZH ? "整数" : "whole number")
                    + (question.min() != null || question.max() != null
                            ? " " + (question.min() == null ? "" : question.min()) + ".." + (question.max() == null ? "" : question.max()) : "")
                    + (question.unit().isEmpty() ? "" : " " + question.unit().in(lang)) + unknown;
            case SINGLE -> question.choices().stream().map(this::choice).collect(Collectors.joining(" | ")) + unknown;
            case MULTI -> "[" + question.choices().stream().map(this::choice).collect(Collectors.joining(", ")) + "]" + unknown;
            case DATE -> "YYYY-MM-DD" + unknown;
            case TEXT -> (lang == Lang.ZH ? "文本" : "text") + unknown;
            case GROUP -> lang == Lang.ZH ? "记录列表" : "list of records";
        } + (question.required() || question.type() == QuestionType.GROUP ? "" : (lang == Lang.ZH ? "（可选）" : " (optional)"));
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
