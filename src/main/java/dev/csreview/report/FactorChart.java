package dev.csreview.report;

import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A horizontal bar chart of the Article 10 factor scores as plain SVG, drawn from data: a solid bar for the
 * settled score, a hatched extension up to what unknown facts could add. No raster, no script.
 */
public final class FactorChart {
    private FactorChart() {}

    @SuppressWarnings("unchecked")
    public static String svg(List<Object> factors, String title) {
        int rowHeight = 28;
        int labelWidth = 60;
        int barWidth = 420;
        int height = 40 + factors.size() * rowHeight;
        int max = 1;
        for (Object o : factors) {
            Map<String, Object> f = (Map<String, Object>) o;
            max = Math.max(max, Math.max((int) f.get("potential"), (int) f.get("max_level_min")));
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelWidth + barWidth + 140)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(labelWidth + barWidth + 140).append(' ').append(height)
                .append("\" aria-label=\"").append(esc(title)).append("\">");
        s.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"3\" height=\"6\" fill=\"#c9a227\"/></pattern></defs>");
        s.append("<text x=\"0\" y=\"18\" font-size=\"14\" font-weight=\"bold\">").append(esc(title)).append("</text>");
        int y = 32;
        for (Object o : factors) {
            Map<String, Object> f = (Map<String, Object>) o;
            int score = (int) f.get("score");
            int potential = (int) f.get("potential");
            int w = score * barWidth / max;
            int wp = potential * barWidth / max;
            String colour = switch (String.valueOf(f.get("level"))) {
                case "high" -> "#b3261e";
                case "medium" -> "#c9a227";
                default -> "#2e7d32";
            };
            s.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"13\">").append(esc("(" + f.get("number") + ")")).append("</text>");
            s.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(barWidth)
                    .append("\" height=\"18\" fill=\"#eeeeee\"/>");
            if (wp > w) {
                s.append("<rect x=\"").append(labelWidth + w).append("\" y=\"").append(y + 4).append("\" width=\"").append(wp - w)
                        .append("\" height=\"18\" fill=\"url(#hatch)\"/>");
            }
            s.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
                    .append("\" height=\"18\" fill=\"").append(colour).append("\"/>");
            s.append("<text x=\"").append(labelWidth + barWidth + 8).append("\" y=\"").append(y + 17).append("\" font-size=\"13\">")
                    .append(esc(Boolean.FALSE.equals(f.get("applicable")) ? String.valueOf(f.get("level_name"))
                            : f.get("level_name") + " (" + score + (potential > score ? "–" + potential : "") + ")")).append("</text>");
            y += rowHeight;
        }
        return s.append("</svg>").toString();
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeXml10(s);
    }
}
