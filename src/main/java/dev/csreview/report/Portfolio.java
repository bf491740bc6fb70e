package dev.csreview.report;

import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FilingPlan;
import dev.csreview.assessment.FactorScore;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The consultant's overview of many clients: routes and factor levels as a heat map, next deadlines, links to
 * each client's package, as one self-contained HTML page and a CSV for spreadsheets. Pure: rows in, bytes out.
 */
public final class Portfolio {
    private final TemplateRenderer templates;

    public Portfolio(TemplateRenderer templates) {
        this.templates = templates;
    }

    /** A profile that could not be assessed (invalid, or its package refused): listed with why, never left out. */
    public record Unassessed(String profile, String reason) {}

    public Map<String, byte[]> build(List<PortfolioRow> rows, Brand brand, Lang lang, LocalDate date, String toolVersion) {
        return build(rows, List.of(), brand, lang, date, toolVersion);
    }

    public Map<String, byte[]> build(List<PortfolioRow> rows, List<Unassessed> unassessed, Brand brand, Lang lang, LocalDate date, String toolVersion) {
        ResourceBundle labels = dev.csreview.messages.Messages.bundle("dev.csreview.output.labels", lang.locale());
        List<Object> routeHeads = new ArrayList<>();
        List<Object> factorHeads = new ArrayList<>();
        if (!rows.isEmpty()) {
            for (DeterminationResult d : rows.get(0).assessment().determinations()) {
                routeHeads.add(d.determination().title().in(lang));
            }
            for (FactorScore f : rows.get(0).assessment().factors()) {
                factorHeads.add(Map.of("number", f.factor().number(), "title", f.factor().title().in(lang)));
            }
        }
        List<Object> clients = new ArrayList<>();
        for (PortfolioRow r : rows) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", r.client());
            c.put("profile", r.assessment().profileName());
            c.put("link", r.link());
            List<Object> routes = new ArrayList<>();
            for (DeterminationResult d : r.assessment().determinations()) {
                routes.add(Map.of("outcome", d.outcome().id(), "label", labels.getString("outcome." + d.outcome().id())));
            }
            c.put("routes", routes);
            List<Object> factors = new ArrayList<>();
            for (FactorScore f : r.assessment().factors()) {
                int index = f.factor().levels().indexOf(f.level());
                int top = f.factor().levels().size() - 1;
                factors.add(Map.of("heat", !f.applicable() ? "na" : String.valueOf(top == 0 ? 0 : index * 3 / top),
                        "name", f.applicable() ? f.level().name().in(lang) : labels.getString("notApplicable"), "score", f.score(),
                        "settled", f.isSettled()));
            }
            c.put("factors", factors);
            c.put("worst", labels.getString("outcome." + r.assessment().worstOutcome().id()));
            c.put("worst_id", r.assessment().worstOutcome().id());
            c.put("deadline", r.nextDeadline() == null ? "" : r.nextDeadline().toString());
            c.put("plan", planLevel(r.assessment().plan()));
            c.put("reading_change", r.readingChange() == null ? "" : r.readingChange());
            c.put("problem", "");
            clients.add(c);
        }
        for (Unassessed u : unassessed) {
            // The name says it too, so a user's own template that knows no "problem" still shows the client as such.
            String problem = java.text.MessageFormat.format(labels.getString("portfolio.notAssessed"), u.reason());
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", u.profile() + " (" + problem + ")");
            c.put("profile", u.profile());
            c.put("link", null);
            c.put("routes", List.of());
            c.put("factors", List.of());
            c.put("worst", "");
            c.put("worst_id", NOT_ASSESSED);
            c.put("deadline", "");
            c.put("plan", "");
            c.put("reading_change", "");
            c.put("problem", problem);
            clients.add(c);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", lang.code());
        // Only with --compare-with: a column marks the clients whose outcome the earlier reading decided otherwise.
        data.put("compared", rows.stream().anyMatch(r -> r.readingChange() != null));
        data.put("date", date.toString());
        data.put("tool_version", toolVersion);
        data.put("brand", Map.of("name", brand.name(), "colour", brand.colour(), "logo", brand.logoDataUri()));
        data.put("route_heads", routeHeads);
        data.put("factor_heads", factorHeads);
        data.put("clients", clients);
        data.put("count", rows.size() + unassessed.size());
        data.put("not_assessed", unassessed.size());
        data.put("columns", routeHeads.size() + factorHeads.size() + 1);
        data.put("must_declare", rows.stream().filter(r -> r.assessment().worstOutcome() == Outcome.MUST_DECLARE).count());
        data.put("cannot_tell", rows.stream().filter(r -> r.assessment().worstOutcome() == Outcome.CANNOT_TELL).count());
        data.put("disclaimer", labels.getString("disclaimer"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("portfolio.html", templates.render("portfolio.html.peb", data).getBytes(StandardCharsets.UTF_8));
        files.put("portfolio.csv", csv(rows, unassessed).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** The most serious warning of a client's filing plan: late, tight, or empty. */
    private static String planLevel(FilingPlan plan) {
        String level = "";
        for (FilingPlan.Warning w : plan.warnings()) {
            if (w.level() == FilingPlan.Level.LATE) {
                return "late";
            }
            if (w.level() == FilingPlan.Level.TIGHT) {
                level = "tight";
            }
        }
        return level;
    }

    /** The worst_outcome of a profile that could not be assessed. */
    static final String NOT_ASSESSED = "not_assessed";

    static String csv(List<PortfolioRow> rows) {
        return csv(rows, List.of());
    }

    /**
     * RFC 4180, ids not labels (for spreadsheets and scripts); cells that a spreadsheet would run as formulas are
     * defused. Each factor has two columns: {@code factor:ID}, the level its certain points give, and
     * {@code factor:ID:could_reach}, empty when the factor is settled, else the level it could reach once the facts
     * still to find out are known (the HTML's "?"). A profile that could not be assessed is a row of its own:
     * worst_outcome {@code not_assessed}, why in {@code problem} (a column only then).
     */
    static String csv(List<PortfolioRow> rows, List<Unassessed> unassessed) {
        StringBuilder out = new StringBuilder();
        List<String> head = new ArrayList<>(List.of("client", "profile", "worst_outcome", "next_deadline", "package"));
        if (!rows.isEmpty()) {
            rows.get(0).assessment().determinations().forEach(d -> head.add("route:" + d.determination().id()));
            rows.get(0).assessment().factors().forEach(f -> {
                head.add("factor:" + f.factor().id());
                head.add("factor:" + f.factor().id() + ":could_reach");
            });
        }
        int width = head.size();
        // Only with --compare-with: the column says what the earlier reading concluded differently.
        boolean compared = rows.stream().anyMatch(r -> r.readingChange() != null);
        if (compared) {
            head.add("reading_change");
        }
        if (!unassessed.isEmpty()) {
            head.add("problem");
        }
        line(out, head);
        for (PortfolioRow r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.client(), r.assessment().profileName(), r.assessment().worstOutcome().id(),
                    r.nextDeadline() == null ? "" : r.nextDeadline().toString(), r.packageFolder() == null ? "" : r.packageFolder()));
            r.assessment().determinations().forEach(d -> cells.add(d.outcome().id()));
            r.assessment().factors().forEach(f -> {
                cells.add(f.applicable() ? f.level().id() : "not_applicable");
                cells.add(!f.applicable() || f.isSettled() ? "" : f.potentialLevel().id());
            });
            if (compared) {
                cells.add(r.readingChange() == null ? "" : r.readingChange());
            }
            if (!unassessed.isEmpty()) {
                cells.add("");
            }
            line(out, cells);
        }
        for (Unassessed u : unassessed) {
            List<String> cells = new ArrayList<>(List.of("", u.profile(), NOT_ASSESSED));
            while (cells.size() < width + (compared ? 1 : 0)) {
                cells.add("");
            }
            cells.add(u.reason());
            line(out, cells);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i) == null ? "" : cells.get(i);
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                v = "\"" + v.replace("\"", "\"\"") + "\"";
            }
            out.append(i == 0 ? "" : ",").append(v);
        }
        out.append("\r\n");
    }
}
