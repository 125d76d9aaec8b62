package org.partnerflow.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.instancio.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.HostileSeed;
import org.partnerflow.workflow.Refusal;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Random calendars and counts (the run's seed, {@link HostileSeed}): whatever periods a council records
 * (or tries to: the wrong ones are refused in words, nothing half-written), a count of working days
 * lands on a working day, with exactly that many working days after the start, and never on a day
 * the council is off. In 2033-2034, where no other test records holidays.
 */
@ExtendWith(HostileSeed.class)
class WorkingDaysHostileTest extends PartnerflowSpringTest {

    private static final List<String> COUNCILS = List.of("glasgow-city", "renfrewshire", "inverclyde");
    private static final String MARK = "Test hostile ";

    @Autowired
    WorkingDays workingDays;
    @Autowired
    LocalHolidays localHolidays;
    @Autowired
    AuthorityHolidays holidays;

    @AfterEach
    void removeThePeriodsMadeHere() {
        holidays.findAll().stream().filter(h -> h.getName().startsWith(MARK)).forEach(holidays::delete);
        people.signOut();
    }

    private static LocalDate anyDay(Random random) {
        return LocalDate.of(2033, 1, 1).plusDays(random.intRange(0, 600));
    }

    @RepeatedTest(40)
    void aCountOfWorkingDaysAlwaysEndsOnAWorkingDayOfThatCouncil(Random random) {
        people.signIn(Role.ADMIN);
        String council = random.oneOf(COUNCILS);
        int tries = random.intRange(0, 12);
        for (int i = 0; i < tries; i++) {
            LocalDate first = random.trueOrFalse(0.9) ? anyDay(random) : null;
            LocalDate last = first == null || random.trueOrFalse(0.1) ? anyDay(random) : first.plusDays(random.intRange(-3, 30));
            String name = random.trueOrFalse(0.9) ? MARK + random.alphanumeric(random.intRange(1, 20)) : random.oneOf("", "   ", null);
            HolidayKind kind = random.trueOrFalse(0.95) ? random.oneOf(HolidayKind.values()) : null;
            long before = holidays.count();
            try {
                localHolidays.add(council, first, last, name, kind);
                assertThat(holidays.count()).isEqualTo(before + 1);
            } catch (Refusal refused) {
                assertThat(refused.getMessage()).isNotBlank();
                assertThat(holidays.count()).as("a refused period leaves nothing behind").isEqualTo(before);
            }
        }

        // Office hours: no wall-clock time that a clock change skips.
        ZonedDateTime from = ZonedDateTime.of(LocalDateTime.of(anyDay(random), java.time.LocalTime.of(random.intRange(8, 18),
                random.intRange(0, 59))), ZoneId.of("Europe/London"));
        int count = random.intRange(0, 40);
        ZonedDateTime due = workingDays.after(council, from, count);

        LocalDate dueDay = due.toLocalDate();
        assertThat(workingDays.isWorkingDay(council, dueDay)).as("%s working days from %s: %s", count, from, due).isTrue();
        assertThat(due.toLocalTime()).isEqualTo(from.toLocalTime());
        assertThat(holidays.findByAuthorityCodeOrderByFirstDayAscNameAsc(council)).noneMatch(period -> period.covers(dueDay));
        assertThat(workingDays.bankHolidays(dueDay, dueDay)).isEmpty();
        // None skipped: the working days before the due day are one fewer than the count (none, for zero).
        LocalDate firstCounted = count == 0 ? from.toLocalDate() : from.toLocalDate().plusDays(1);
        long before = firstCounted.datesUntil(dueDay).filter(day -> workingDays.isWorkingDay(council, day)).count();
        assertThat(before).as("working days from %s before %s", firstCounted, dueDay).isEqualTo(Math.max(0, count - 1));
        assertThat(dueDay).isAfterOrEqualTo(from.toLocalDate());
    }
}
