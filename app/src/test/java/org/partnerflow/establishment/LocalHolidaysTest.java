package org.partnerflow.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.Refusal;
import org.springframework.beans.factory.annotation.Autowired;

/** Keeping a council's local holidays and school holiday periods: who may, and what is refused in words. */
class LocalHolidaysTest extends PartnerflowSpringTest {

    private static final String GLASGOW = "glasgow-city";
    private static final String RENFREWSHIRE = "renfrewshire";

    @Autowired
    LocalHolidays localHolidays;
    @Autowired
    AuthorityHolidays holidays;
    @Autowired
    WorkingDays workingDays;

    @AfterEach
    void removeThePeriodsMadeHere() {
        holidays.findAll().stream().filter(h -> h.getName().startsWith("Test ")).forEach(holidays::delete);
        people.signOut();
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2029, month, dayOfMonth);
    }

    @Test
    void aManagerKeepsTheirOwnCouncilsHolidaysAndIsToldWhatIsWrongInWords() {
        people.signIn(Role.MANAGER); // Glasgow City's
        assertThat(localHolidays.councilsKeptByMe()).extracting(Authority::getCode).containsExactly(GLASGOW);

        AuthorityHoliday week = localHolidays.add(GLASGOW, day(10, 15), day(10, 19), "  Test   October week ", HolidayKind.SCHOOL_HOLIDAY);
        assertThat(week.getName()).as("spaces tidied").isEqualTo("Test October week");
        assertThat(week.getUpdatedBy()).isEqualTo(org.partnerflow.testsupport.TestPeople.idOf(Role.MANAGER));
        assertThat(localHolidays.of(GLASGOW)).extracting(AuthorityHoliday::getName).contains("Test October week");

        assertThatThrownBy(() -> localHolidays.add(GLASGOW, day(10, 22), day(10, 22), "   ", HolidayKind.LOCAL_HOLIDAY))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("Give the holiday a name");
        assertThatThrownBy(() -> localHolidays.add(GLASGOW, day(10, 22), day(10, 20), "Test backwards", HolidayKind.LOCAL_HOLIDAY))
                .isInstanceOf(Refusal.class).hasMessage("The last day (20 Oct 2029) is before the first day (22 Oct 2029).");
        assertThatThrownBy(() -> localHolidays.add(GLASGOW, day(10, 19), day(10, 23), "Test second week", HolidayKind.SCHOOL_HOLIDAY))
                .isInstanceOf(Refusal.class).hasMessage("Glasgow City already has the school holiday \"Test October week\" from 15 Oct 2029 "
                        + "to 19 Oct 2029, which shares days with this one: change that one instead, or choose other days.");
        assertThatThrownBy(() -> localHolidays.add(GLASGOW, day(6, 1), day(9, 30), "Test endless summer", HolidayKind.SCHOOL_HOLIDAY))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("A holiday period can last at most 92 days");
        assertThatThrownBy(() -> localHolidays.add(GLASGOW, null, day(10, 20), "Test no start", HolidayKind.LOCAL_HOLIDAY))
                .isInstanceOf(Refusal.class).hasMessage("Give the holiday's first day.");
        assertThatThrownBy(() -> localHolidays.add(GLASGOW, day(10, 20), day(10, 20), "Test kindless", null))
                .isInstanceOf(Refusal.class).hasMessage("Choose whether it is a local holiday or a school holiday.");
        assertThatThrownBy(() -> localHolidays.add(GLASGOW, day(10, 20), day(10, 20), "Test \u202Eevil", HolidayKind.LOCAL_HOLIDAY))
                .isInstanceOf(Refusal.class).hasMessageContaining("text-direction overrides");

        // A local holiday inside the school holiday is another kind: allowed.
        localHolidays.add(GLASGOW, day(10, 15), day(10, 15), "Test local day", HolidayKind.LOCAL_HOLIDAY);
        assertThat(localHolidays.of(GLASGOW)).extracting(AuthorityHoliday::getName).contains("Test October week", "Test local day");
    }

    @Test
    void aGlasgowManagerCannotChangeRenfrewshireNorAPractitionerAnyCouncil() {
        people.signIn(Role.MANAGER);
        assertThatThrownBy(() -> localHolidays.add(RENFREWSHIRE, day(10, 8), day(10, 12), "Test Paisley week", HolidayKind.SCHOOL_HOLIDAY))
                .isInstanceOf(Refusal.class).hasMessage("Only Renfrewshire's managers or an administrator can change its holidays.");
        assertThatThrownBy(() -> localHolidays.of(RENFREWSHIRE)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> localHolidays.add("west-partnership", day(10, 8), day(10, 12), "Test regional", HolidayKind.LOCAL_HOLIDAY))
                .isInstanceOf(Refusal.class).hasMessage("The region has no holidays of its own: choose a council.");
        people.signOut();

        people.signIn(Role.PRACTITIONER);
        assertThatThrownBy(() -> localHolidays.add(GLASGOW, day(10, 8), day(10, 12), "Test practitioner's", HolidayKind.LOCAL_HOLIDAY))
                .isInstanceOf(AuthorizationException.class).hasMessage("Only managers and administrators may do this.");
        people.signOut();

        people.signInAs(people.ensureIn("test-manager-renfrewshire", List.of(RENFREWSHIRE), Role.MANAGER));
        assertThat(localHolidays.councilsKeptByMe()).extracting(Authority::getCode).containsExactly(RENFREWSHIRE);
        AuthorityHoliday paisley = localHolidays.add(RENFREWSHIRE, day(10, 8), day(10, 12), "Test Paisley week", HolidayKind.SCHOOL_HOLIDAY);
        assertThatThrownBy(() -> localHolidays.remove(paisley.getId(), paisley.getVersion() + 1)).isInstanceOf(Refusal.class);
        people.signOut();

        people.signIn(Role.MANAGER);
        assertThatThrownBy(() -> localHolidays.remove(paisley.getId(), paisley.getVersion()))
                .isInstanceOf(Refusal.class).hasMessage("Only Renfrewshire's managers or an administrator can change its holidays.");
        assertThat(holidays.findById(paisley.getId())).isPresent();
        people.signOut();

        people.signIn(Role.ADMIN);
        assertThat(localHolidays.councilsKeptByMe()).hasSize(8);
        localHolidays.remove(paisley.getId(), paisley.getVersion());
        assertThat(holidays.findById(paisley.getId())).isEmpty();
    }

    @Test
    void aChangeMadeMeanwhileIsRefusedNotOverwrittenAndTheCalendarFollowsTheChange() {
        people.signIn(Role.MANAGER);
        AuthorityHoliday fair = localHolidays.add(GLASGOW, day(7, 16), day(7, 16), "Test Fair Monday", HolidayKind.LOCAL_HOLIDAY);
        assertThat(workingDays.isWorkingDay(GLASGOW, day(7, 16))).isFalse();
        long seen = fair.getVersion();
        AuthorityHoliday moved = localHolidays.change(fair.getId(), day(7, 17), day(7, 17), "Test Fair Tuesday", HolidayKind.LOCAL_HOLIDAY, seen);
        assertThat(workingDays.isWorkingDay(GLASGOW, day(7, 16))).isTrue();
        assertThat(workingDays.isWorkingDay(GLASGOW, day(7, 17))).isFalse();

        assertThatThrownBy(() -> localHolidays.change(fair.getId(), day(7, 18), day(7, 18), "Test Fair Wednesday", HolidayKind.LOCAL_HOLIDAY, seen))
                .isInstanceOf(Refusal.class).hasMessage("Test Fair Tuesday was changed by someone else meanwhile. Reload to see the change, then make yours.");
        assertThatThrownBy(() -> localHolidays.remove(fair.getId(), seen)).isInstanceOf(Refusal.class).hasMessageContaining("changed by someone else");
        assertThat(holidays.findById(fair.getId()).orElseThrow().getName()).isEqualTo("Test Fair Tuesday");

        localHolidays.remove(moved.getId(), moved.getVersion());
        assertThat(workingDays.isWorkingDay(GLASGOW, day(7, 17))).isTrue();
        assertThatThrownBy(() -> localHolidays.remove(moved.getId(), moved.getVersion()))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("That holiday is no longer in the calendar");
    }
}
