package dev.csreview.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.yaml.TreeCache;
import dev.csreview.yaml.YNode;
import dev.csreview.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the working-day calendar ({@code questionnaires/calendar/cn-working-days.yaml}) and checks it:
 * dates parse, ranges run forwards, days sit in their year, weekend working days are weekend days and not
 * also days off, no unknown keys (a misspelt {@code workday:} would otherwise drop a year's data silently).
 */
public final class WorkingDayCalendarLoader {
    /** Where the built-in calendar sits on the classpath (the build copies {@code questionnaires/} into the jar). */
    public static final String BUILTIN_RESOURCE = "/questionnaires/calendar/cn-working-days.yaml";

    static final String KIND = "cn-working-days";

    /** The calendar shipped in the jar, parsed once; a broken built-in file is a build error, so unchecked. */
    public static WorkingDayCalendar builtin() {
        return Builtin.CALENDAR;
    }

    /** Parses and validates the calendar in {@code in}; {@code source} names it in error messages. */
    public WorkingDayCalendar load(InputStream in, String source) throws IOException, CalendarDataException {
        return load(in.readAllBytes(), source, null);
    }

    /**
     * As {@link #load(InputStream, String)}, from bytes, skipping the YAML parse when {@code cachedTree} was made
     * from them at build time ({@link TreeCache}). The project's YAML reader refuses repeated keys (a repeated
     * year would otherwise replace the first), anchors and tabs, as for every other file.
     */
    WorkingDayCalendar load(byte[] bytes, String source, byte[] cachedTree) throws CalendarDataException {
        Optional<YNode> tree = TreeCache.decode(cachedTree, bytes, source).map(TreeCache.Cached::root);
        if (tree.isEmpty()) {
            Diagnostics out = new Diagnostics();
            tree = new YamlReader().read(source, bytes, out);
            if (tree.isEmpty()) {
                throw new CalendarDataException(source, out.list().stream()
                        .map(d -> "not valid YAML: " + d.location().line() + ":" + d.location().column() + ": " + d.message(Locale.ENGLISH))
                        .toList());
            }
        }
        JsonNode root = json(tree.get());
        List<String> problems = new ArrayList<>();
        List<CalendarYear> years = parse(root, problems);
        if (!problems.isEmpty()) {
            throw new CalendarDataException(source, problems);
        }
        return new WorkingDayCalendar(years);
    }

    private static List<CalendarYear> parse(JsonNode root, List<String> problems) {
        List<CalendarYear> years = new ArrayList<>();
        if (root == null || !root.isObject()) {
            problems.add("(root): expected a mapping with 'calendar' and 'years'");
            return years;
        }
        onlyKeys(root, "(root)", problems, "calendar", "years");
        JsonNode kind = root.get("calendar");
        if (kind == null || !KIND.equals(kind.asText())) {
            problems.add("calendar: expected '" + KIND + "'");
        }
        JsonNode yearsNode = root.get("years");
        if (yearsNode == null || !yearsNode.isObject() || yearsNode.isEmpty()) {
            problems.add("years: expected a non-empty mapping of year to that year's arrangement");
            return years;
        }
        for (Map.Entry<String, JsonNode> e : yearsNode.properties()) {
            String path = "years." + e.getKey();
            if (!e.getKey().matches("\\d{4}")) {
                problems.add(path + ": a year is four digits");
                continue;
            }
            CalendarYear y = parseYear(Integer.parseInt(e.getKey()), e.getValue(), path, problems);
            if (y != null) {
                years.add(y);
            }
        }
        crossCheck(years, problems);
        return years;
    }

    private static CalendarYear parseYear(int year, JsonNode node, String path, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": expected a mapping with 'notice', 'holidays' and 'workdays'");
            return null;
        }
        int before = problems.size();
        onlyKeys(node, path, problems, "notice", "holidays", "workdays");
        CalendarYear.Notice notice = parseNotice(year, node.get("notice"), path + ".notice", problems);

        List<CalendarYear.Holiday> holidays = new ArrayList<>();
        JsonNode hs = node.get("holidays");
        if (hs == null || !hs.isArray() || hs.isEmpty()) {
            problems.add(path + ".holidays: expected a non-empty list of {from, to, name}");
        } else {
            for (int i = 0; i < hs.size(); i++) {
                CalendarYear.Holiday h = parseHoliday(year, hs.get(i), path + ".holidays[" + i + "]", problems);
                if (h != null) {
                    holidays.add(h);
                }
            }
        }

        List<LocalDate> workdays = new ArrayList<>();
        JsonNode ws = node.get("workdays");
        // A year may have no weekend working days at all, so an empty list is allowed; a missing key is not.
        if (ws == null || !ws.isArray()) {
            problems.add(path + ".workdays: expected a list of dates (empty if the notice moves no weekend)");
        } else {
            for (int i = 0; i < ws.size(); i++) {
                String where = path + ".workdays[" + i + "]";
                LocalDate d = date(ws.get(i), where, problems);
                if (d == null) {
                    continue;
                }
                if (d.getYear() != year) {
                    problems.add(where + ": " + d + " is not in " + year);
                }
                DayOfWeek dow = d.getDayOfWeek();
                if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                    problems.add(where + ": " + d + " is a " + dow + ", already a working day; only weekend days belong here");
                }
                if (workdays.contains(d)) {
                    problems.add(where + ": " + d + " is listed twice");
                }
                workdays.add(d);
            }
        }
        return problems.size() == before ? new CalendarYear(year, notice, holidays, workdays) : null;
    }

    private static CalendarYear.Notice parseNotice(int year, JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(path + ": expected {title, number, published}");
            return null;
        }
        onlyKeys(node, path, problems, "title", "number", "published");
        String title = text(node.get("title"), path + ".title", problems);
        String number = text(node.get("number"), path + ".number", problems);
        LocalDate published = date(node.get("published"), path + ".published", problems);
        // Catches a block copied from the year before and not fully edited.
        if (title != null && !title.contains(year + "年")) {
            problems.add(path + ".title: does not name the year " + year + " (expected '…关于" + year + "年部分节假日安排的通知')");
        }
        if (title == null || number == null || published == null) {
            return null;
        }
        return new CalendarYear.Notice(title, number, published);
    }

    private static CalendarYear.Holiday parseHoliday(int year, JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(path + ": expected {from, to, name: {zh, en}}");
            return null;
        }
        onlyKeys(node, path, problems, "from", "to", "name");
        LocalDate from = date(node.get("from"), path + ".from", problems);
        LocalDate to = date(node.get("to"), path + ".to", problems);
        JsonNode name = node.get("name");
        String zh = null;
        String en = null;
        if (name == null || !name.isObject()) {
            problems.add(path + ".name: expected {zh, en}");
        } else {
            onlyKeys(name, path + ".name", problems, "zh", "en");
            zh = text(name.get("zh"), path + ".name.zh", problems);
            en = text(name.get("en"), path + ".name.en", problems);
        }
        if (from == null || to == null || zh == null || en == null) {
            return null;
        }
        if (to.isBefore(from)) {
            problems.add(path + ": 'to' " + to + " is before 'from' " + from);
            return null;
        }
        // A break may begin in the last days of the year before (2023's New Year ran from 2022-12-31),
        // never later than the year, and no break lasts anywhere near a month.
        if (to.getYear() != year || from.isBefore(LocalDate.of(year - 1, 12, 1))) {
            problems.add(path + ": " + from + ".." + to + " does not end in " + year);
        } else if (from.plusDays(31).isBefore(to)) {
            problems.add(path + ": " + from + ".." + to + " is longer than a month");
        }
        return new CalendarYear.Holiday(from, to, zh, en);
    }

    /** Checks across years: the spill-over ranges mean a day off could clash with another year's working day. */
    private static void crossCheck(List<CalendarYear> years, List<String> problems) {
        Map<LocalDate, String> off = new HashMap<>();
        for (CalendarYear y : years) {
            for (int i = 0; i < y.holidays().size(); i++) {
                CalendarYear.Holiday h = y.holidays().get(i);
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    off.putIfAbsent(d, "years." + y.year() + ".holidays[" + i + "]");
                }
            }
        }
        for (CalendarYear y : years) {
            for (int i = 0; i < y.workdays().size(); i++) {
                LocalDate d = y.workdays().get(i);
                if (off.containsKey(d)) {
                    problems.add("years." + y.year() + ".workdays[" + i + "]: " + d + " is also a day off in " + off.get(d));
                }
            }
        }
    }

    /** The located YAML tree as Jackson's plain tree, which the checks below read; non-string scalars stay non-text. */
    private static JsonNode json(YNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof YNode.Mapping m) {
            ObjectNode o = f.objectNode();
            m.entries().forEach((k, v) -> o.set(k, json(v)));
            return o;
        }
        if (node instanceof YNode.Seq q) {
            return f.arrayNode().addAll(q.items().stream().map(WorkingDayCalendarLoader::json).toList());
        }
        YNode.Scalar s = (YNode.Scalar) node;
        return switch (s.kind()) {
            case STRING -> f.textNode(s.text());
            case NULL -> f.nullNode();
            case BOOLEAN -> f.booleanNode(Boolean.parseBoolean(s.text()));
            case INTEGER, FLOAT -> f.pojoNode(s.text()); // only ever reported as "not a string/date"
        };
    }

    private static void onlyKeys(JsonNode node, String path, List<String> problems, String... allowed) {
        Set<String> ok = new HashSet<>(List.of(allowed));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!ok.contains(key)) {
                problems.add(path + ": unknown key '" + key + "' (expected one of " + String.join(", ", allowed) + ")");
            }
        }
    }

    private static String text(JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            problems.add(path + ": expected a non-empty string");
            return null;
        }
        return node.asText();
    }

    private static LocalDate date(JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isTextual()) {
            problems.add(path + ": expected a date written \"YYYY-MM-DD\"");
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(path + ": '" + node.asText() + "' is not a date written YYYY-MM-DD");
            return null;
        }
    }

    /** Loaded on first use only, so a program that never counts days never parses the file. */
    private static final class Builtin {
        static final WorkingDayCalendar CALENDAR = read();

        private static WorkingDayCalendar read() {
            try (InputStream in = WorkingDayCalendarLoader.class.getResourceAsStream(BUILTIN_RESOURCE);
                    InputStream tree = WorkingDayCalendarLoader.class.getResourceAsStream(BUILTIN_RESOURCE + ".tree")) {
                if (in == null) {
                    throw new IllegalStateException(BUILTIN_RESOURCE + " is missing from the jar");
                }
                return new WorkingDayCalendarLoader().load(in.readAllBytes(), BUILTIN_RESOURCE, tree == null ? null : tree.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (CalendarDataException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
