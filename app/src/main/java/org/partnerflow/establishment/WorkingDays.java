package org.partnerflow.establishment;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerflow.words.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one working-day calendar: a day is a working day for a council unless it is a Saturday or a
 * Sunday, a Scottish bank holiday (Jollyday's United Kingdom calendar, Scotland: Good Friday but not
 * Easter Monday, 2 January, St Andrew's Day, and any substitute day when one falls at a weekend), or
 * one of the council's own local holidays or school holiday periods ({@link LocalHolidays}). Every
 * timescale counted in working days asks here, for the child's council, so a due date never falls on a
 * day the council's people are off. Dates are days in Europe/London.
 *
 * <p>Open to any caller, signed in or not: the engine's job executor computes due dates with no one signed in.
 */
@Service
public class WorkingDays {

    /** A count that finds no working day within this many days has met a calendar that is all holiday. */
    static final int SEARCH_LIMIT_DAYS = 5 * 366;

    private final AuthorityHolidays holidays;
    private final HolidayManager scotland = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    /** Bank holidays by year: Jollyday works the year out once (Easter, substitute days); the answer never changes. */
    private final Map<Integer, Map<LocalDate, String>> bankHolidaysByYear = new ConcurrentHashMap<>();

    WorkingDays(AuthorityHolidays holidays) {
        this.holidays = holidays;
    }

    /** Whether {@code day} is a working day for the council ({@code authorityCode} null: bank holidays only). */
    @Transactional(readOnly = true)
    public boolean isWorkingDay(String authorityCode, LocalDate day) {
        return whyNotWorking(day, periodsFrom(authorityCode, day)).isEmpty();
    }

    /**
     * Why {@code day} is no working day for the council, in words ("Saturday", "Christmas Day",
     * "October week (school holiday)"), or empty if it is one.
     */
    @Transactional(readOnly = true)
    public Optional<String> whyNotWorking(String authorityCode, LocalDate day) {
        return whyNotWorking(day, periodsFrom(authorityCode, day));
    }

    /**
     * The moment {@code workingDays} working days after {@code from} for the council: each following
     * day that is a working day counts one, and the answer keeps {@code from}'s time of day (in
     * Europe/London, whatever zone {@code from} is in). Zero days: {@code from} itself if it is on a
     * working day, else the same time on the next working day. So the answer is always on a working day.
     *
     * @param authorityCode the child's council; null for a record not yet placed in one (bank holidays only)
     * @throws IllegalArgumentException for a negative count
     * @throws IllegalStateException if the council's calendar has no working day within five years
     */
    @Transactional(readOnly = true)
    public ZonedDateTime after(String authorityCode, ZonedDateTime from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + workingDays);
        }
        ZonedDateTime day = from.withZoneSameInstant(Words.ZONE);
        List<AuthorityHoliday> periods = periodsFrom(authorityCode, day.toLocalDate());
        int left = workingDays;
        int searched = 0;
        if (left == 0) {
            // Nothing to count, but the answer still has to be a working day.
            while (whyNotWorking(day.toLocalDate(), periods).isPresent()) {
                day = next(day, ++searched, from);
            }
            return day;
        }
        while (left > 0) {
            day = next(day, ++searched, from);
            if (whyNotWorking(day.toLocalDate(), periods).isEmpty()) {
                left--;
            }
        }
        return day;
    }

    /** Scotland's bank holidays from {@code first} to {@code last}, with their names, in date order. */
    public Map<LocalDate, String> bankHolidays(LocalDate first, LocalDate last) {
        Map<LocalDate, String> found = new TreeMap<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            bankHolidaysOf(year).forEach((day, name) -> {
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    found.put(day, name);
                }
            });
        }
        return found;
    }

    private static ZonedDateTime next(ZonedDateTime day, int searched, ZonedDateTime from) {
        if (searched > SEARCH_LIMIT_DAYS) {
            throw new IllegalStateException("No working day within five years of " + Words.date(from.toInstant())
                    + ": the council's holidays cover every day. Check its calendar on the Holidays page.");
        }
        return day.plusDays(1); // a calendar day in Europe/London: 23 or 25 hours across a clock change
    }

    private List<AuthorityHoliday> periodsFrom(String authorityCode, LocalDate day) {
        return authorityCode == null ? List.of() : holidays.findByAuthorityCodeAndLastDayGreaterThanEqualOrderByFirstDayAsc(authorityCode, day);
    }

    private Optional<String> whyNotWorking(LocalDate day, Collection<AuthorityHoliday> periods) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(day.getDayOfWeek() == DayOfWeek.SATURDAY ? "Saturday" : "Sunday");
        }
        String bankHoliday = bankHolidaysOf(day.getYear()).get(day);
        if (bankHoliday != null) {
            return Optional.of(bankHoliday + " (bank holiday)");
        }
        return periods.stream().filter(p -> p.covers(day)).findFirst()
                .map(p -> p.getName() + " (" + Words.of(p.getKind()).toLowerCase(Words.LOCALE) + ")");
    }

    /** The year's Scottish bank holidays on the day they are taken (a substitute Monday, not the Saturday). */
    private Map<LocalDate, String> bankHolidaysOf(int year) {
        return bankHolidaysByYear.computeIfAbsent(year, y -> {
            Map<LocalDate, String> days = new TreeMap<>();
            for (Holiday holiday : scotland.getHolidays(java.time.Year.of(y), "sct")) {
                if (holiday.getType() != HolidayType.OBSERVANCE) {
                    days.put(holiday.getDate(), holiday.getDescription(Words.LOCALE));
                }
            }
            return Map.copyOf(days);
        });
    }
}
