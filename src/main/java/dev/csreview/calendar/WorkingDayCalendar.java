package dev.csreview.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's official working days (工作日): Monday to Friday, less the statutory days off, plus the weekend
 * days the State Council makes working days (调休上班). Outside the years the data covers it falls back to
 * Monday to Friday, and {@link #deadline} reports which years that touched. Immutable.
 *
 * <p>Counting convention, as the Measures count periods: the day after {@code start} is the first counted
 * day, so 1 working day after a Friday is the next Monday (when that is a working day), and a deadline
 * always lies after its start.
 */
public final class WorkingDayCalendar {
    private final Map<Integer, CalendarYear> years;
    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> extraWorkdays;

    public WorkingDayCalendar(Collection<CalendarYear> data) {
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> work = new HashSet<>();
        for (CalendarYear y : data) {
            if (byYear.put(y.year(), y) != null) {
                throw new IllegalArgumentException("year " + y.year() + " given twice");
            }
            for (CalendarYear.Holiday h : y.holidays()) {
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    off.add(d);
                }
            }
            work.addAll(y.workdays());
        }
        this.years = Collections.unmodifiableMap(byYear);
        this.daysOff = Set.copyOf(off);
        this.extraWorkdays = Set.copyOf(work);
    }

    /** The calendar shipped in the jar; see {@link WorkingDayCalendarLoader#builtin()}. */
    public static WorkingDayCalendar builtin() {
        return WorkingDayCalendarLoader.builtin();
    }

    /** Whether the official data includes the year of {@code date}; if not, weekdays are assumed. */
    public boolean covers(LocalDate date) {
        return years.containsKey(date.getYear());
    }

    /** The years the data covers, ascending. */
    public SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /** The notice a year's arrangement comes from, to cite beside a deadline that falls in it. */
    public Optional<CalendarYear.Notice> notice(int year) {
        return Optional.ofNullable(years.get(year)).map(CalendarYear::notice);
    }

    /** The years' data as loaded, ascending. */
    public List<CalendarYear> years() {
        return List.copyOf(years.values());
    }

    public boolean isWorkingDay(LocalDate date) {
        // The make-up days are checked first: they are weekend days that the notice turns into working days.
        if (extraWorkdays.contains(date)) {
            return true;
        }
        if (daysOff.contains(date)) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code n} working days after {@code start}: the day after start is the first counted day;
     * {@code n == 0} gives {@code start} itself. Use {@link #deadline} to learn whether the data covered it.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return deadline(start, n).date();
    }

    /** Like {@link #addWorkingDays}, and says which counted years the data did not cover. */
    public Deadline deadline(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        SortedSet<Integer> notCovered = new TreeSet<>();
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (!covers(d)) {
                notCovered.add(d.getYear());
            }
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return new Deadline(start, n, d, new ArrayList<>(notCovered));
    }

    /**
     * The working days in {@code (a, b]}: after {@code a}, up to and including {@code b}, so that
     * {@code workingDaysBetween(a, addWorkingDays(a, n)) == n}. Negative when {@code b} is before {@code a}.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        int count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
