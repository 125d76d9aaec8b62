package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.partnerflow.AppTestApplication;
import org.partnerflow.referral.ChildsPlanChanges.Kind;
import org.partnerflow.referral.PlanAction.Status;
import org.partnerflow.words.Words;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo profile's multi-agency case, as the application makes it at start-up (every demo runner,
 * in order): one case of the demo child, health visiting joined with its health visitor and social
 * work declined with a reason, both meetings with the family's views and agreement, two plan versions
 * with what changed between them, and the process waiting for the next review. A second run makes
 * nothing more. Its own application on its own in-memory database: the demo people and schools
 * must not reach the other tests' database.
 */
@SpringBootTest(classes = AppTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:partnerflow-demo;DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH",
        // Not "default": that name is how the suite's own context's engine REST finds its engine (one registry per JVM).
        "camunda.bpm.generate-unique-process-engine-name=true"})
@DirtiesContext
class DemoTeamAroundTheChildTest {

    @Autowired
    DemoTeamAroundTheChild demo;
    @Autowired
    Children children;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    TeamMembers team;
    @Autowired
    TeamMeetings meetings;
    @Autowired
    ChildsPlanVersions versions;
    @Autowired
    PlanActionNotes notes;
    @Autowired
    ParentsAndCarers parents;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;

    @Autowired
    org.partnerflow.establishment.WorkingDays workingDays;

    @Test
    void theDemoCouncilsKeepTheirOwnHolidaysSoTimescalesStepOverThem() {
        int year = java.time.LocalDate.now(org.partnerflow.words.Words.ZONE).getYear();
        for (int y = year; y <= year + 1; y++) {
            // The October week: the Monday of the second full week of October, Monday to Friday.
            java.time.LocalDate octoberWeek = java.time.LocalDate.of(y, 10, 1)
                    .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, java.time.DayOfWeek.MONDAY));
            for (String council : List.of("glasgow-city", "renfrewshire")) {
                assertThat(workingDays.whyNotWorking(council, octoberWeek.plusDays(2))).hasValueSatisfying(w -> assertThat(w).startsWith("October week"));
                assertThat(workingDays.isWorkingDay(council, octoberWeek.plusDays(7))).isTrue();
                assertThat(workingDays.isWorkingDay(council, java.time.LocalDate.of(y + 1, 1, 6))).as("Christmas holidays").isFalse();
            }
            java.time.LocalDate fair = java.time.LocalDate.of(y, 7, 1)
                    .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(3, java.time.DayOfWeek.MONDAY));
            assertThat(workingDays.whyNotWorking("glasgow-city", fair)).hasValueSatisfying(w -> assertThat(w).startsWith("Glasgow Fair Monday"));
            assertThat(workingDays.isWorkingDay("renfrewshire", fair)).as("Glasgow's own holiday only").isTrue();
        }
    }

    @Test
    void theDemoHasOneMultiAgencyCaseWithTwoPlanVersionsWaitingForItsNextReview() throws Exception {
        LocalDate today = LocalDate.now(Words.ZONE);
        Child child = children.findByCandidateNumber(DemoTeamAroundTheChild.CANDIDATE_NUMBER).orElseThrow();
        assertThat(child.details().fullName()).isEqualTo("Isla Example");
        List<WellbeingConcern> cases = concerns.findAllOfChild(child.getId());
        assertThat(cases).hasSize(1);
        WellbeingConcern concern = cases.get(0);
        assertThat(concern.getNamedPerson()).isEqualTo("iain");
        assertThat(concern.getLeadProfessional()).isEqualTo("aisha");
        assertThat(concern.getPathway()).isEqualTo(Pathway.MULTI_AGENCY);
        assertThat(parents.findByChildIdOrderByIdAsc(child.getId())).extracting(ParentOrCarer::getName).containsExactly("Jenna Example");

        assertThat(team.findByConcernIdOrderByIdAsc(concern.getId()))
                .extracting(TeamMember::getAgencyCode, TeamMember::getStatus, TeamMember::getPractitionerUserId, TeamMember::getAnsweredBy)
                .containsExactlyInAnyOrder(
                        tuple(DemoTeamAroundTheChild.HEALTH_VISITING, TeamMember.Status.ACCEPTED, "lorna", "lorna"),
                        tuple(DemoTeamAroundTheChild.SOCIAL_WORK, TeamMember.Status.DECLINED, null, "ewan"));
        assertThat(team.findByConcernIdOrderByIdAsc(concern.getId())).filteredOn(m -> m.getStatus() == TeamMember.Status.DECLINED)
                .singleElement().satisfies(declined -> assertThat(declined.getDeclineReason()).startsWith("No statutory social work role"));

        List<TeamMeeting> held = meetings.findByConcernIdOrderByRecordedAtAsc(concern.getId());
        assertThat(held).extracting(TeamMeeting::getKind, TeamMeeting::getFamilyAgreement, TeamMeeting::getRecordedBy)
                .containsExactly(tuple(TeamMeeting.Kind.INITIAL, TeamMeeting.FamilyAgreement.AGREED, "aisha"),
                        tuple(TeamMeeting.Kind.REVIEW, TeamMeeting.FamilyAgreement.AGREED, "aisha"));
        assertThat(held).allSatisfy(m -> {
            assertThat(m.getChildViews()).isNotBlank();
            assertThat(m.getFamilyViews()).isNotBlank();
            assertThat(m.getHeldOn()).isBeforeOrEqualTo(today);
        });

        List<ChildsPlanVersion> agreed = versions.findByConcernIdOrderByVersionNumberDesc(concern.getId());
        assertThat(agreed).extracting(ChildsPlanVersion::getVersionNumber).containsExactly(2, 1);
        ChildsPlanVersion first = agreed.get(1);
        ChildsPlanVersion second = agreed.get(0);
        assertThat(first.getActions()).extracting(PlanAction::getStatus).containsOnly(Status.NOT_STARTED);
        assertThat(first.getActions()).allSatisfy(a -> assertThat(a.getDueDate()).isAfter(first.getAgreedOn()));
        assertThat(first.getActions()).extracting(PlanAction::getOwnerId).doesNotContainNull();
        List<ChildsPlanChanges.Change> changed = ChildsPlanChanges.between(first, second);
        assertThat(changed).extracting(ChildsPlanChanges.Change::kind)
                .contains(Kind.OUTCOME_MET, Kind.ACTION_STATUS, Kind.ACTION_REWORDED, Kind.ACTION_DUE);
        assertThat(second.getPlanOutcomes().get(WellbeingIndicator.ACHIEVING).isMet()).isTrue();
        assertThat(second.getActions()).filteredOn(a -> a.getWhat().startsWith("Breakfast club")).singleElement()
                .satisfies(a -> assertThat(a.getStatus()).isEqualTo(Status.DONE));
        assertThat(notes.findByConcernIdOrderByNotedAtAscIdAsc(concern.getId())).singleElement()
                .satisfies(n -> assertThat(n.getNotedBy()).isEqualTo("lorna"));

        String instance = concern.getProcessInstanceId();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count()).isOne();
        assertThat(managementService.createJobQuery().processInstanceId(instance).activityId("Event_ReviewDue").timers().singleResult())
                .as("waiting for the next review").isNotNull()
                .satisfies(job -> assertThat(job.getDuedate()).isInTheFuture());
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKeyIn("Activity_Review", "Activity_TeamMeeting",
                "Activity_AgencyResponse", "Activity_CoverDeclinedAgency").count()).isZero();

        long cases0 = concerns.count();
        long instances0 = historyService.createHistoricProcessInstanceQuery().count();
        long meetings0 = meetings.findByConcernIdOrderByRecordedAtAsc(concern.getId()).size();
        demo.run(null);
        assertThat(concerns.count()).as("a second start makes nothing more").isEqualTo(cases0);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances0);
        assertThat(meetings.findByConcernIdOrderByRecordedAtAsc(concern.getId())).hasSize((int) meetings0);
        assertThat(versions.findByConcernIdOrderByVersionNumberDesc(concern.getId())).hasSize(2);
    }
}
