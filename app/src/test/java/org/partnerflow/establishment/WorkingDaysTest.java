package org.partnerflow.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one working-day calendar: weekends, Scotland's bank holidays (Jollyday, United Kingdom, Scotland)
 * and a council's own holidays, counted in Europe/London.
 */
class WorkingDaysTest extends PartnerflowSpringTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String GLASGOW = "glasgow-city";
    private static final String RENFREWSHIRE = "renfrewshire";

    @Autowired
    WorkingDays workingDays;
    @Autowired
    LocalHolidays localHolidays;
    @Autowired
    AuthorityHolidays holidays;

    @AfterEach
    void removeThePeriodsMadeHere() {
        holidays.findAll().stream().filter(h -> h.getName().startsWith("Test ")).forEach(holidays::delete);
        people.signOut();
    }

    private static ZonedDateTime at(int year, int month, int day) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, 9, 30), LONDON);
    }

    @Test
    void scotlandsBankHolidaysOf2026AreGoodFridayNotEasterMondaySecondJanuaryAndStAndrewsDay() {
        assertThat(workingDays.bankHolidays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).keySet()).contains(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 3), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 28))
                .doesNotContain(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 8, 31));
        // England's summer bank holiday (last Monday of August) is a working day in Scotland.
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2026, 8, 31))).isTrue();
    }

    @Test
    void christmasAndNewYearAcross25And28DecemberAnd1And2January2027() {
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2026, 12, 28))).as("Boxing Day's substitute Monday").isFalse();
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2027, 1, 4))).as("2 January 2027 is a Saturday: Monday instead").isFalse();
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(workingDays.whyNotWorking(GLASGOW, LocalDate.of(2026, 12, 25))).contains("Christmas (bank holiday)");

        // Thursday 24 December: the next working day is Tuesday 29th; four on is Tuesday 5 January.
        assertThat(workingDays.after(GLASGOW, at(2026, 12, 24), 1)).isEqualTo(at(2026, 12, 29));
        assertThat(workingDays.after(GLASGOW, at(2026, 12, 24), 3)).isEqualTo(at(2026, 12, 31));
        assertThat(workingDays.after(GLASGOW, at(2026, 12, 24), 4)).isEqualTo(at(2027, 1, 5));
        assertThat(workingDays.after(GLASGOW, at(2026, 12, 18), 10)).isEqualTo(at(2027, 1, 7));
    }

    @Test
    void easterSkipsGoodFridayButNotEasterMonday() {
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(workingDays.after(GLASGOW, at(2026, 4, 2), 1)).isEqualTo(at(2026, 4, 6));
        assertThat(workingDays.after(null, at(2026, 4, 2), 2)).as("a record in no council: bank holidays all the same").isEqualTo(at(2026, 4, 7));
    }

    @Test
    void stAndrewsDayOnMonday30November2026IsSkipped() {
        assertThat(workingDays.whyNotWorking(RENFREWSHIRE, LocalDate.of(2026, 11, 30))).hasValueSatisfying(why ->
                assertThat(why).contains("Andrew").endsWith("(bank holiday)"));
        assertThat(workingDays.after(RENFREWSHIRE, at(2026, 11, 27), 1)).isEqualTo(at(2026, 12, 1));
    }

    @Test
    void aCouncilsOctoberWeekIsSkippedForThatCouncilAndNotForAnother() {
        people.signIn(Role.MANAGER); // Glasgow City's
        localHolidays.add(GLASGOW, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 16), "Test October week", HolidayKind.SCHOOL_HOLIDAY);
        localHolidays.add(GLASGOW, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 19), "Test in-service day", HolidayKind.LOCAL_HOLIDAY);

        assertThat(workingDays.after(GLASGOW, at(2026, 10, 9), 1)).isEqualTo(at(2026, 10, 20));
        assertThat(workingDays.after(RENFREWSHIRE, at(2026, 10, 9), 1)).isEqualTo(at(2026, 10, 12));
        assertThat(workingDays.whyNotWorking(GLASGOW, LocalDate.of(2026, 10, 14))).contains("Test October week (school holiday)");
        assertThat(workingDays.whyNotWorking(GLASGOW, LocalDate.of(2026, 10, 19))).contains("Test in-service day (local holiday)");
        assertThat(workingDays.isWorkingDay(RENFREWSHIRE, LocalDate.of(2026, 10, 14))).isTrue();
        // Ten working days from Friday 2 October: the week off and the Monday after do not count.
        assertThat(workingDays.after(GLASGOW, at(2026, 10, 2), 10)).isEqualTo(at(2026, 10, 26));
        assertThat(workingDays.after(RENFREWSHIRE, at(2026, 10, 2), 10)).isEqualTo(at(2026, 10, 16));
    }

    @Test
    void theTimeOfDayIsKeptInLondonAcrossTheClockChange() {
        // Clocks go back on Sunday 25 October 2026: 09:30 BST on Friday, 09:30 GMT on Monday (73 hours later).
        ZonedDateTime friday = at(2026, 10, 23);
        ZonedDateTime monday = workingDays.after(RENFREWSHIRE, friday.withZoneSameInstant(ZoneId.of("UTC")), 1);
        assertThat(monday).isEqualTo(at(2026, 10, 26));
        assertThat(java.time.Duration.between(friday, monday).toHours()).isEqualTo(73);
    }

    @Test
    void aCalendarThatIsAllHolidayIsSaidInWordsNotCountedForever() {
        people.signIn(Role.ADMIN);
        // West Dunbartonshire off from 2061 on: alternate kinds, end to end, so no overlap of one kind is refused.
        LocalDate first = LocalDate.of(2061, 1, 1);
        for (int i = 0; first.isBefore(LocalDate.of(2067, 1, 1)); i++) {
            LocalDate last = first.plusDays(LocalHolidays.LONGEST_PERIOD_DAYS - 1);
            localHolidays.add("west-dunbartonshire", first, last, "Test closure " + i, i % 2 == 0 ? HolidayKind.SCHOOL_HOLIDAY : HolidayKind.LOCAL_HOLIDAY);
            first = last.plusDays(1);
        }
        assertThatThrownBy(() -> workingDays.after("west-dunbartonshire", at(2061, 6, 8), 1))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("No working day within five years of 8 Jun 2061");
        assertThat(workingDays.after("renfrewshire", at(2061, 6, 8), 1).toLocalDate()).isEqualTo(LocalDate.of(2061, 6, 9));
    }

    @Test
    void zeroDaysFromAHolidayIsTheNextWorkingDayAndANegativeCountIsRefused() {
        assertThat(workingDays.after(GLASGOW, at(2026, 12, 25), 0)).isEqualTo(at(2026, 12, 29));
        assertThat(workingDays.after(GLASGOW, at(2026, 12, 29), 0)).isEqualTo(at(2026, 12, 29));
        assertThatThrownBy(() -> workingDays.after(GLASGOW, at(2026, 12, 29), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
