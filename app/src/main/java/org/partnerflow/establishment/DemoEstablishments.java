package org.partnerflow.establishment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.partnerflow.identity.DemoPeople;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.words.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo establishments in two councils, with their Named Persons, and the demo people placed in their
 * authorities, created only in the {@code demo} profile: enough for a newcomer to see a concern routed
 * to the child's own Named Person, and each council's manager seeing their own council's children.
 */
@Component
@Profile("demo")
@Order(2)
class DemoEstablishments implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEstablishments.class);
    static final String GLASGOW = "glasgow-city";
    static final String RENFREWSHIRE = "renfrewshire";
    static final String REGION = "west-partnership";

    private final EstablishmentRegister register;
    private final People people;
    private final AuthorityHolidays holidays;
    private final Clock clock;

    DemoEstablishments(EstablishmentRegister register, People people, AuthorityHolidays holidays, Clock clock) {
        this.register = register;
        this.people = people;
        this.holidays = holidays;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        people.ensurePerson("catriona", "Catriona", "Wilson", "catriona.wilson@example.org", DemoPeople.DEMO_PASSWORD,
                Role.NAMED_PERSON, Role.PRACTITIONER);
        people.ensurePerson("douglas", "Douglas", "Boyd", "douglas.boyd@example.org", DemoPeople.DEMO_PASSWORD, Role.MANAGER);
        Establishment eastfield = establishment(GLASGOW, "Eastfield Primary School", EstablishmentKind.PRIMARY_SCHOOL);
        Establishment northfield = establishment(GLASGOW, "Northfield Academy", EstablishmentKind.SECONDARY_SCHOOL);
        establishment(GLASGOW, "Riverside Early Learning Centre", EstablishmentKind.EARLY_LEARNING_AND_CHILDCARE);
        Establishment cartside = establishment(RENFREWSHIRE, "Cartside Primary School", EstablishmentKind.PRIMARY_SCHOOL);
        establishment(RENFREWSHIRE, "Paisley West Health Visiting Team", EstablishmentKind.HEALTH_VISITING_TEAM);
        for (String glaswegian : new String[] {"morag", "iain", "aisha", "ewan", "fiona", "helen"}) {
            people.join(glaswegian, GLASGOW);
        }
        for (String renfrew : new String[] {"catriona", "douglas", "fiona", "ewan"}) {
            people.join(renfrew, RENFREWSHIRE);
        }
        for (String regional : new String[] {"callum", "eilidh", "admin"}) {
            people.join(regional, REGION);
        }
        people.join("iain", eastfield.namedPersonGroup());
        people.join("iain", northfield.namedPersonGroup());
        people.join("catriona", cartside.namedPersonGroup());
        // Riverside and the health visiting team have no Named Person: their concerns go to the coordinators.
        people.join("iain", Authority.coordinatorGroupOf(GLASGOW));
        people.join("catriona", Authority.coordinatorGroupOf(RENFREWSHIRE));
        demoHolidays();
        LOG.info("Demo establishments ready: Glasgow City (Named Person iain, manager helen) and Renfrewshire"
                + " (Named Person catriona, manager douglas; password '{}')", DemoPeople.DEMO_PASSWORD);
    }

    /**
     * Each council's own holidays and school holiday periods for this school year and the next, as a
     * council would keep them on the holidays page: the newcomer sees timescales step over them.
     * The dates follow the councils' published patterns; they are demo data, not their calendars.
     */
    private void demoHolidays() {
        int year = LocalDate.now(clock.withZone(Words.ZONE)).getYear();
        for (int y = year; y <= year + 1; y++) {
            holiday(GLASGOW, LocalDate.of(y, 7, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)), null,
                    "Glasgow Fair Monday", HolidayKind.LOCAL_HOLIDAY);
            LocalDate octoberWeek = LocalDate.of(y, 10, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
            for (String council : List.of(GLASGOW, RENFREWSHIRE)) {
                holiday(council, octoberWeek, octoberWeek.plusDays(4), "October week", HolidayKind.SCHOOL_HOLIDAY);
                holiday(council, LocalDate.of(y, 12, 23), LocalDate.of(y + 1, 1, 6), "Christmas holidays", HolidayKind.SCHOOL_HOLIDAY);
            }
            holiday(RENFREWSHIRE, LocalDate.of(y, 9, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.MONDAY)), null,
                    "September weekend", HolidayKind.LOCAL_HOLIDAY);
        }
    }

    private void holiday(String council, LocalDate first, LocalDate last, String name, HolidayKind kind) {
        LocalDate end = last == null ? first : last;
        boolean kept = holidays.findByAuthorityCodeOrderByFirstDayAscNameAsc(council).stream()
                .anyMatch(h -> h.getName().equals(name) && h.getFirstDay().equals(first));
        if (!kept) {
            holidays.save(new AuthorityHoliday(council, first, end, name, kind, "admin", clock.instant()));
        }
    }

    private Establishment establishment(String authority, String name, EstablishmentKind kind) {
        return register.of(register.authority(authority).orElseThrow()).stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseGet(() -> register.create(register.authority(authority).orElseThrow(), name, kind, null));
    }
}
