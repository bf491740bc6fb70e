package dev.csreview.calendar;

import java.time.LocalDate;
import java.util.TimeZone;

/** Today's date where the program runs: the date a run without --date or SOURCE_DATE_EPOCH works to. */
public final class Today {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private Today() {}

    /**
     * {@link LocalDate#now()}'s date, from the zone's offset now. LocalDate.now() reads the time-zone data twice (the
     * zone as a TimeZone, then again as a ZoneId's rules): ≈ 4 ms more of a short run (docs/performance.md).
     */
    public static LocalDate onThisMachine() {
        long now = System.currentTimeMillis();
        return LocalDate.ofEpochDay(Math.floorDiv(now + TimeZone.getDefault().getOffset(now), MILLIS_PER_DAY));
    }
}
