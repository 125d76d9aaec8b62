package org.partnerflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.audit.HistoryTimeline.Filter;
import org.partnerflow.audit.HistoryTimeline.Timeline;
import org.partnerflow.audit.TimelineEvent.Kind;
import org.partnerflow.identity.Role;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.referral.CaseAccess;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.TestPartnerships;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The history timeline of a real referral: every step with who and when, in order, merged with the
 * chronology and the access log; the filters, the CSV, and who may read it.
 */
class HistoryTimelineTest extends PartnerflowSpringTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Autowired
    HistoryTimeline timelines;
    @Autowired
    TestReferrals referrals;
    @Autowired
    TestPartnerships partnerships;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    AccessLog accessLog;
    @Autowired
    Partnerships partnershipRecords;
    @Autowired
    org.partnerflow.identity.People peopleNames;
    @Autowired
    InstancePaths paths;

    @Test
    void aCasesTimelineHoldsEveryStepInOrderWithWhoDidIt() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise("Timeline" + System.nanoTime());
        referrals.toSingleAgencyPlan(referral, namedPerson);
        long caseId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();

        String manager = people.signIn(Role.MANAGER);
        Timeline timeline = timelines.of("case", caseId).orElseThrow();
        List<TimelineEvent> events = timeline.events();
        assertThat(timeline.truncated()).isFalse();
        assertThat(timeline.subject().title()).startsWith("Case " + caseId + ": Ailsa Timeline");
        assertThat(events).isSortedAccordingTo(Comparator.comparing(TimelineEvent::at));

        assertThat(events.get(0)).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.PROCESS);
            assertThat(e.what()).isEqualTo("Started GIRFEC referral: team around the child");
            assertThat(e.who()).isEqualTo(practitioner);
        });
        int created = indexOf(events, Kind.TASK, "Task created: Named Person assessment");
        int claimed = indexOf(events, Kind.OPERATION, "Claimed of Named Person assessment");
        int completed = indexOf(events, Kind.TASK, "Task completed: Named Person assessment");
        assertThat(created).isLessThan(claimed);
        assertThat(claimed).isLessThan(completed);
        assertThat(events.get(claimed).who()).isEqualTo(namedPerson);
        assertThat(events.get(claimed).detail()).isEqualTo("assignee: – → " + peopleNames.displayName(namedPerson)).doesNotContain(namedPerson);
        assertThat(events.get(completed).who()).isEqualTo(namedPerson);
        assertThat(events.get(indexOf(events, Kind.TASK, "Task completed: Confirm the pathway")).who()).isEqualTo(namedPerson);
        assertThat(indexOf(events, Kind.TASK, "Task completed: Confirm the pathway")).isGreaterThan(completed);

        // A value recorded by a form, old → new, with who recorded it.
        TimelineEvent pathwayChoice = events.get(indexOf(events, Kind.VARIABLE, "Value pathwayChoice"));
        assertThat(pathwayChoice.detail()).isEqualTo("(new) → accept");
        assertThat(pathwayChoice.who()).isEqualTo(namedPerson);
        // A form's date, shown British.
        assertThat(events.get(indexOf(events, Kind.VARIABLE, "Value childDateOfBirth")).detail()).isEqualTo("(new) → 12 Apr 2016");
        // The service task's step between the forms, done by the engine.
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Kind.PROCESS);
            assertThat(e.what()).startsWith("Reached ");
            assertThat(e.who()).isEmpty();
        });
        // The chronology and the access log are in the same timeline.
        TimelineEvent raised = events.get(indexOf(events, Kind.CHRONOLOGY, "Concern raised"));
        assertThat(raised.who()).isEqualTo(practitioner);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Kind.ACCESS);
            assertThat(e.who()).isEqualTo(manager);
            assertThat(e.what()).isEqualTo("Opened in history-timeline");
        });
    }

    @Test
    void theFiltersKeepDatesPeopleAndKindsAndTheCsvMatchesWhatIsShown() throws Exception {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise("Filter" + System.nanoTime());
        referrals.toSingleAgencyPlan(referral, namedPerson);
        long caseId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        people.signIn(Role.MANAGER);
        Timeline timeline = timelines.of("case", caseId).orElseThrow();

        List<TimelineEvent> byNamedPerson = timeline.filtered(new Filter(null, null, namedPerson, Set.of(), ZONE));
        assertThat(byNamedPerson).isNotEmpty().allSatisfy(e -> assertThat(e.who()).isEqualTo(namedPerson));
        List<TimelineEvent> chronology = timeline.filtered(new Filter(null, null, null, Set.of(Kind.CHRONOLOGY), ZONE));
        assertThat(chronology).isNotEmpty().allSatisfy(e -> assertThat(e.kind()).isEqualTo(Kind.CHRONOLOGY));
        LocalDate today = timeline.events().get(0).at().atZone(ZONE).toLocalDate();
        assertThat(timeline.filtered(new Filter(today.plusDays(1), null, null, Set.of(), ZONE))).isEmpty();
        assertThat(timeline.filtered(new Filter(null, today.minusDays(1), null, Set.of(), ZONE))).isEmpty();
        assertThat(timeline.filtered(new Filter(today, today, null, Set.of(), ZONE))).hasSameSizeAs(timeline.events());

        StringWriter csv = new StringWriter();
        TimelineCsv.write(byNamedPerson, csv);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString())).getRecords();
        assertThat(rows).hasSameSizeAs(byNamedPerson);
        for (int i = 0; i < rows.size(); i++) {
            TimelineEvent e = byNamedPerson.get(i);
            assertThat(rows.get(i).toMap()).isEqualTo(Map.of("When", Words.dateTimeSeconds(e.at()), "Kind", Words.of(e.kind()),
                    "Who", e.who(), "What", e.what(), "Detail", TimelineCsv.guarded(e.detail())));
        }
        assertThat(TimelineCsv.guarded("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    }

    @Test
    void onlyManagersAndAdministratorsReadHistoryAndRefusalsAreLogged() {
        ProcessInstance referral = referrals.raise("Refused" + System.nanoTime());
        long caseId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        String practitioner = people.signIn(Role.PRACTITIONER);
        assertThatThrownBy(() -> timelines.of("case", caseId)).isInstanceOf(AuthorizationException.class);
        people.signIn(Role.MANAGER);
        assertThat(timelines.of("case", caseId)).isPresent();
        assertThat(timelines.of("case", Long.MAX_VALUE)).isEmpty();
        assertThat(timelines.of("no-such-type", caseId)).isEmpty();
        assertThat(accessLog.latestFor(CaseAccess.RECORD_TYPE, caseId, 10)).anySatisfy(a -> {
            assertThat(a.getUserId()).isEqualTo(practitioner);
            assertThat(a.isGranted()).isFalse();
            assertThat(a.getViewName()).isEqualTo("history-timeline");
        });
    }

    @Test
    void aCasesHistoryIsForTheManagersOfTheChildsCouncilOnly() {
        ProcessInstance glasgowReferral = referrals.raise("GlasgowHistory" + System.nanoTime());
        ProcessInstance renfrewshireReferral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", "RenfrewshireHistory" + System.nanoTime(),
                "Cartside Primary", null, "no");
        long glasgow = concerns.findByProcessInstanceId(glasgowReferral.getId()).orElseThrow().getId();
        long renfrewshire = concerns.findByProcessInstanceId(renfrewshireReferral.getId()).orElseThrow().getId();
        String renfrewshireManager = people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER);
        String regionalManager = people.ensureIn("test-manager-regional", List.of("west-partnership"), Role.MANAGER);

        people.signIn(Role.MANAGER); // Glasgow City's
        assertThat(timelines.of("case", glasgow)).isPresent();
        assertThat(timelines.of("case", renfrewshire)).as("another council's child: as if there were no such case").isEmpty();
        assertThat(paths.of(renfrewshireReferral.getId())).as("nor its process path").isEmpty();
        assertThat(paths.of(glasgowReferral.getId())).isPresent();

        people.signInAs(renfrewshireManager);
        assertThat(timelines.of("case", renfrewshire)).isPresent();
        Timeline notMine = timelines.of("case", renfrewshire).orElseThrow();
        assertThat(timelines.of("case", glasgow)).isEmpty();
        assertThatThrownBy(() -> timelines.exported(new AuditSubject("case", glasgow, "Case", glasgowReferral.getId(), CaseAccess.RECORD_TYPE)))
                .isInstanceOf(AuthorizationException.class);
        assertThat(notMine.subject().id()).isEqualTo(renfrewshire);

        people.signInAs(regionalManager);
        assertThat(timelines.of("case", glasgow)).as("the region sees aggregates, never a child's history").isEmpty();
        assertThat(timelines.of("case", renfrewshire)).isEmpty();
        assertThat(paths.of(glasgowReferral.getId())).isEmpty();

        people.signIn(Role.ADMIN);
        assertThat(timelines.of("case", glasgow)).as("administrators are no council's managers").isEmpty();
        people.signOut();

        for (String refused : List.of(renfrewshireManager, regionalManager, TestPeople.idOf(Role.ADMIN))) {
            assertThat(accessLog.latestFor(CaseAccess.RECORD_TYPE, glasgow, 50)).as("refusal of %s logged", refused).anySatisfy(a -> {
                assertThat(a.getUserId()).isEqualTo(refused);
                assertThat(a.isGranted()).isFalse();
                assertThat(a.getViewName()).isEqualTo("history-timeline");
            });
        }
    }

    @Test
    void aPartnershipsHistoryIsEveryManagersWhateverTheirCouncil() {
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        ProcessInstance p = partnerships.propose(lead, TestPartnerships.proposal("Regional cluster " + System.nanoTime(), "school-cluster",
                partnerships.partners(2)));
        long id = partnershipRecords.findByProcessInstanceId(p.getId()).orElseThrow().getId();
        people.signInAs(people.ensureIn("test-manager-regional", List.of("west-partnership"), Role.MANAGER));
        assertThat(timelines.of("partnership", id)).isPresent();
        assertThat(paths.of(p.getId())).isPresent();
        people.signInAs(people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER));
        assertThat(timelines.of("partnership", id)).isPresent();
    }

    @Test
    void partnershipsHaveTimelinesToo() {
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        ProcessInstance p = partnerships.propose(lead, TestPartnerships.proposal("Timeline cluster " + System.nanoTime(), "school-cluster",
                partnerships.partners(2)));
        long id = partnershipRecords.findByProcessInstanceId(p.getId()).orElseThrow().getId();
        people.signIn(Role.MANAGER);
        Timeline timeline = timelines.of("partnership", id).orElseThrow();
        assertThat(timeline.events().get(0).what()).isEqualTo("Started Partnership: set-up and evaluation cycles");
        assertThat(timeline.events().get(0).who()).isEqualTo(lead);
        assertThat(timeline.events()).filteredOn(e -> e.what().equals("Task created: Confirm your organisation's role")).hasSize(2);
    }

    private static int indexOf(List<TimelineEvent> events, Kind kind, String what) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() == kind && events.get(i).what().equals(what)) {
                return i;
            }
        }
        throw new AssertionError("No " + kind + " event '" + what + "' in " + events.stream().map(e -> e.kind() + ":" + e.what()).toList());
    }
}
