package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One child, one record (issue 17), through the real start form, forms and delegates: a second concern
 * about a child with an open case (same Scottish Candidate Number) joins it after its own assessment and
 * the case's coordinator considers it; with only closed cases it is a new episode of the same record; and
 * an open case whose process ended before the join leaves the concern to go on as its own.
 */
class ConcernJoiningTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    Chronology chronology;
    @Autowired
    ChildsCases cases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private static String candidateNumber() {
        return String.valueOf(100_000_000L + Math.floorMod(System.nanoTime(), 900_000_000L));
    }

    private ProcessInstance raise(String family, String scn) {
        return referrals.raise(people.ensure(Role.PRACTITIONER), family, scn, "no");
    }

    private WellbeingConcern concernOf(ProcessInstance referral) {
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private Task taskAt(ProcessInstance referral, String activity) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(activity).singleResult();
    }

    private void assess(ProcessInstance referral, String namedPerson) {
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Safe", 3L, false));
    }

    private boolean running(ProcessInstance referral) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(referral.getId()).count() == 1;
    }

    @Test
    void aSecondConcernAboutAChildWithAnOpenCaseJoinsItAndItsCoordinatorConsidersIt() {
        String scn = candidateNumber();
        String family = "Join" + scn;
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance first = raise(family, scn);
        referrals.toSingleAgencyPlan(first, namedPerson);
        ProcessInstance second = raise(family, scn);

        assess(second, namedPerson);

        WellbeingConcern open = concernOf(first);
        WellbeingConcern joined = concernOf(second);
        assertThat(joined.getChild().getId()).as("the same child record").isEqualTo(open.getChild().getId());
        assertThat(joined.getStage()).isEqualTo(CaseStage.JOINED);
        assertThat(joined.getJoinedCaseId()).isEqualTo(open.getId());
        assertThat(running(second)).as("the joined concern's own process ended").isFalse();
        assertThat(chronology.of(joined)).extracting(ChronologyEntry::getKind).containsSubsequence(Kind.ASSESSMENT, Kind.CONCERN_JOINED);
        assertThat(chronology.of(open)).filteredOn(e -> e.getKind() == Kind.NEW_CONCERN_JOINED).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("Arrived hungry"));
        Task consider = taskAt(first, "Activity_ConsiderJoinedConcern");
        assertThat(consider.getAssignee()).as("the case's coordinator").isEqualTo(namedPerson);

        people.signInAs(namedPerson);
        CaseFile file = cases.open(open.getId(), "case");
        people.signOut();
        assertThat(file.joinedConcerns()).extracting(WellbeingConcern::getId).containsExactly(joined.getId());

        referrals.work(first, "Activity_ConsiderJoinedConcern", namedPerson,
                Map.of("joinedConcernDecision", "bring-review-forward", "joinedConcernNotes", "Hungry again: review now"));

        assertThat(chronology.of(concernOf(first))).filteredOn(e -> e.getKind() == Kind.JOINED_CONCERN_CONSIDERED).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("Bring the review forward", "the review is due today",
                        "Hungry again: review now"));
        Job reviewDue = managementService.createJobQuery().processInstanceId(first.getId()).activityId("Event_ReviewDue").singleResult();
        assertThat(LocalDate.ofInstant(reviewDue.getDuedate().toInstant(), ZoneId.systemDefault())).isEqualTo(LocalDate.now());
        assertThat(taskAt(first, "Activity_ConsiderJoinedConcern")).isNull();
    }

    @Test
    void aConcernAboutAChildWhoseCasesAreClosedIsANewEpisodeOfTheSameRecord() {
        String scn = candidateNumber();
        String family = "Episode" + scn;
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance first = raise(family, scn);
        referrals.toClosure(first, namedPerson);
        ProcessInstance second = raise(family, scn);

        assess(second, namedPerson);

        WellbeingConcern episode = concernOf(second);
        assertThat(episode.getChild().getId()).isEqualTo(concernOf(first).getChild().getId());
        assertThat(episode.getStage()).isNotEqualTo(CaseStage.JOINED);
        assertThat(taskAt(second, "Activity_ConfirmPathway")).isNotNull();
        assertThat(chronology.of(episode)).filteredOn(e -> e.getKind() == Kind.NEW_EPISODE).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("New episode"));
    }

    @Test
    void anOpenCaseWhoseProcessEndedBeforeTheJoinLeavesTheConcernToGoOnAsItsOwn() {
        String scn = candidateNumber();
        String family = "Race" + scn;
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance first = raise(family, scn);
        assess(first, namedPerson);
        ProcessInstance second = raise(family, scn);
        // The record still says open, but nothing listens any more: what a closing between the gateway and the join leaves.
        runtimeService.deleteProcessInstance(first.getId(), "test: the open case ended meanwhile");

        assess(second, namedPerson);

        WellbeingConcern own = concernOf(second);
        assertThat(own.getStage()).isNotEqualTo(CaseStage.JOINED);
        assertThat(own.getJoinedCaseId()).isNull();
        assertThat(taskAt(second, "Activity_ConfirmPathway")).isNotNull();
        assertThat(chronology.of(own)).extracting(ChronologyEntry::getKind).doesNotContain(Kind.CONCERN_JOINED).contains(Kind.NEW_EPISODE);
        assertThat(chronology.of(concernOf(first))).extracting(ChronologyEntry::getKind).doesNotContain(Kind.NEW_CONCERN_JOINED);
    }

    @Test
    void closingTheCaseClosesTheConcernsThatJoinedIt() {
        String scn = candidateNumber();
        String family = "Close" + scn;
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance first = raise(family, scn);
        referrals.toSingleAgencyPlan(first, namedPerson);
        ProcessInstance second = raise(family, scn);
        assess(second, namedPerson);
        referrals.work(first, "Activity_ConsiderJoinedConcern", namedPerson, Map.of("joinedConcernDecision", "note-for-review"));

        managementService.executeJob(managementService.createJobQuery().processInstanceId(first.getId()).activityId("Event_ReviewDue")
                .singleResult().getId());
        referrals.reviewAtAMeeting(first, namedPerson, TestReferrals.review("close", null));
        referrals.work(first, "Activity_CloseCase", namedPerson, Map.of("closingSummary", "Needs met; breakfast club continues."));

        assertThat(concernOf(first).getStage()).isEqualTo(CaseStage.CLOSED);
        WellbeingConcern joined = concernOf(second);
        assertThat(joined.getStage()).isEqualTo(CaseStage.CLOSED);
        assertThat(joined.getClosedAt()).isNotNull();
        assertThat(joined.getJoinedCaseId()).isEqualTo(concernOf(first).getId());
    }
}
