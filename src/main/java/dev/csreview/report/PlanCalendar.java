package dev.csreview.report;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.FilingPlan;
import dev.csreview.questionnaire.Citations;
import dev.csreview.questionnaire.Lang;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A filing plan as an iCalendar file (RFC 5545): one all-day event per date of the plan, its name in the package's
 * first language and the other beneath. UIDs come from the questionnaire, the company and the date's id, so that
 * importing a later plan updates the events instead of adding new ones; DTSTAMP is the package's date, so the same
 * answers and date give the same bytes.
 */
public final class PlanCalendar {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private PlanCalendar() {}

    /** {@code calendarName}: what the plan is called in the package's wording (package.yaml plan.wording.calendar). */
    public static byte[] ics(Assessment a, String company, String calendarName, LocalDate stamp, List<Lang> languages) {
        Lang first = languages.get(0);
        Lang other = languages.size() > 1 ? languages.get(1) : null;
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//csreview//filing plan//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName == null || calendarName.isEmpty() ? company : company + " · " + calendarName));
        line(out, "X-WR-TIMEZONE:Asia/Shanghai");
        Set<String> seen = new HashSet<>();
        for (FilingPlan.RoutePlan r : a.plan().routes()) {
            for (FilingPlan.Milestone m : r.milestones()) {
                // Two routes planned from one date share its later duties (the CSRC filing): one event each.
                if (!seen.add(m.kind() + "\u0000" + m.name().in(first) + "\u0000" + m.date())) {
                    continue;
                }
                line(out, "BEGIN:VEVENT");
                line(out, "UID:" + PackageBuilder.sha256((a.questionnaire().id() + "\u0000" + company + "\u0000" + m.id())
                        .getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "@csreview");
                line(out, "DTSTAMP:" + stamp.format(DATE) + "T000000Z");
                line(out, "DTSTART;VALUE=DATE:" + m.date().format(DATE));
                line(out, "DTEND;VALUE=DATE:" + m.date().plusDays(1).format(DATE));
                line(out, "SUMMARY:" + text(m.name().in(first) + (m.weekdaysOnly() ? " ~" : "")));
                StringBuilder description = new StringBuilder(r.routeTitle().in(first));
                if (other != null) {
                    description.append('\n').append(m.name().in(other));
                }
                description.append('\n').append(Citations.renderRefs(a.questionnaire(), m.cites(), first));
                line(out, "DESCRIPTION:" + text(description.toString()));
                line(out, "CATEGORIES:" + text(m.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
                line(out, "TRANSP:TRANSPARENT");
                line(out, "END:VEVENT");
            }
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c < 0x20 || c == 0x7F ? ' ' : c); // control characters are not TEXT
            }
        }
        return out.toString();
    }

    /** A content line, folded at 75 octets without splitting a UTF-8 character (§3.1), ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
