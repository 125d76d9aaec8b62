package org.partnerflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.audit.InstancePaths;
import org.partnerflow.identity.Role;
import org.partnerflow.improvement.ImprovementFamily;
import org.partnerflow.partnership.Partnership;
import org.partnerflow.partnership.PartnershipEvaluation;
import org.partnerflow.partnership.PartnershipFamily;
import org.partnerflow.referral.CaseStage;
import org.partnerflow.referral.ReferralFamily;
import org.partnerflow.testsupport.TestImprovements;
import org.partnerflow.testsupport.TestPartnerships;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.ProcessFamilies;
import org.partnerflow.workflow.ProcessFamily;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's figures against data seeded here. Other tests share the database, so each figure
 * is read before and after the seeding and the difference is what is checked.
 */
class OversightDashboardTest extends PartnerflowSpringTest {

    @Autowired
    OversightDashboard dashboard;
    @Autowired
    TestReferrals referrals;
    @Autowired
    TestPartnerships partnerships;
    @Autowired
    TestImprovements improvements;
    @Autowired
    ManagementService managementService;
    @Autowired
    ReferralFamily referral;
    @Autowired
    PartnershipFamily partnership;
    @Autowired
    ImprovementFamily improvement;

    @Test
    void theFiguresMoveWithTheWorkSeeded() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        people.signIn(Role.MANAGER);
        Map<String, Long> casesBefore = counts(referral, "open-cases");
        Map<String, Long> teamBefore = overdue(dashboard.overdueTasksByTeam());
        Map<String, Long> personBefore = overdue(dashboard.overdueTasksByPerson());
        Map<String, Long> breachesBefore = counts(referral, "timescale-breaches");
        Map<String, Long> partnershipsBefore = counts(partnership, "partnerships-by-status");
        long assessmentsFinishedBefore = finished(dashboard.throughput("girfec-referral"), "Named Person assessment");
        long challengeWaitingBefore = counts(improvement, "projects-by-step").getOrDefault("Plan the change", 0L);
        people.signOut();

        // Two cases at assessment: one whose assessment task is overdue and unclaimed, one claimed and overdue.
        ProcessInstance unclaimed = referrals.raise("Overdue" + System.nanoTime());
        ProcessInstance claimed = referrals.raise("Claimed" + System.nanoTime());
        overdueNow(unclaimed, null);
        overdueNow(claimed, namedPerson);
        // A third goes to a plan: one more assessment finished.
        referrals.toSingleAgencyPlan(referrals.raise("Planned" + System.nanoTime()), namedPerson);
        // A fourth is at immediate risk and its screening is left untouched past 24 hours.
        ProcessInstance atRisk = referrals.raise(people.ensure(Role.PRACTITIONER), "Risk" + System.nanoTime(), null, "yes");
        Job untouched = managementService.createJobQuery().processInstanceId(atRisk.getId()).activityId("Event_ChildProtectionUntouched")
                .singleResult();
        managementService.executeJob(untouched.getId());
        String name = "0 Oversight " + System.nanoTime();
        partnerships.propose(lead, TestPartnerships.proposal(name, "school-cluster", partnerships.partners(2)));
        improvements.start(lead, "Oversight project " + System.nanoTime());

        people.signIn(Role.MANAGER);
        Map<String, Long> cases = counts(referral, "open-cases");
        String assessment = Words.of(CaseStage.ASSESSMENT);
        String childProtection = Words.of(CaseStage.CHILD_PROTECTION);
        assertThat(cases.getOrDefault(assessment, 0L) - casesBefore.getOrDefault(assessment, 0L)).isEqualTo(2);
        assertThat(cases.getOrDefault(childProtection, 0L) - casesBefore.getOrDefault(childProtection, 0L)).isEqualTo(1);
        assertThat(total(cases) - total(casesBefore)).as("four open cases added, the planned one at its own stage").isEqualTo(4);
        assertThat(cases).doesNotContainKey(Words.of(CaseStage.CLOSED));
        // The team a concern's assessment is offered to is the child's establishment's Named Persons (issue 17).
        String team = "named-persons.eastfield-primary";
        assertThat(overdue(dashboard.overdueTasksByTeam()).getOrDefault(team, 0L) - teamBefore.getOrDefault(team, 0L))
                .isEqualTo(1);
        assertThat(overdue(dashboard.overdueTasksByPerson()).getOrDefault(namedPerson, 0L) - personBefore.getOrDefault(namedPerson, 0L))
                .isEqualTo(1);
        assertThat(counts(referral, "timescale-breaches").getOrDefault("Child-protection screening", 0L)
                - breachesBefore.getOrDefault("Child-protection screening", 0L)).isEqualTo(1);
        assertThat(finished(dashboard.throughput("girfec-referral"), "Named Person assessment") - assessmentsFinishedBefore).isEqualTo(1);
        assertThat(dashboard.throughput("girfec-referral")).allSatisfy(s -> assertThat(s.medianMillis()).isNotNegative());
        String settingUp = Words.of(Partnership.Status.SETTING_UP);
        assertThat(counts(partnership, "partnerships-by-status").getOrDefault(settingUp, 0L)
                - partnershipsBefore.getOrDefault(settingUp, 0L)).isEqualTo(1);
        assertThat(figure(partnership, "running-partnerships").rows()).anySatisfy(p -> {
            assertThat(p.cells()).containsExactly(name, settingUp, "Not yet evaluated", "");
            assertThat(p.address()).matches("partnerships/\\d+");
        });
        assertThat(counts(improvement, "projects-by-step").getOrDefault("Plan the change", 0L) - challengeWaitingBefore).isEqualTo(1);
        assertThat(counts(improvement, "projects-by-status")).isNotEmpty();
    }

    @Test
    void aPartnershipsLatestEvaluationAndItsMeanRatingAreShown() {
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        var partners = partnerships.partners(2);
        String name = "0 Evaluated " + System.nanoTime();
        ProcessInstance p = partnerships.active(lead, name, partners, "2027-06-30");
        partnerships.evaluate(p, lead, partners, new int[] {4, 6}, Map.of("impactEvidence", "Up 2 points", "evaluationDecision", "continue"));
        people.signIn(Role.MANAGER);
        // Cycle 1 is decided ("continue"); its ratings 4 and 6 average 5.
        assertThat(figure(partnership, "running-partnerships").rows()).filteredOn(r -> r.cells().get(0).equals(name)).singleElement()
                .satisfies(r -> assertThat(r.cells()).containsExactly(name, Words.of(Partnership.Status.ACTIVE),
                        "Cycle 1: " + Words.of(PartnershipEvaluation.Decision.CONTINUE).toLowerCase(Locale.UK), "5.0 of 6"));
    }

    @Autowired
    ProcessDiagrams diagrams;
    @Autowired
    InstancePaths paths;

    @Test
    void theDiagramsShowAnInstancesPathAndWhereInstancesWait() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        people.signIn(Role.MANAGER);
        long waitingBefore = heatAt("Activity_NamedPersonAssessment").waiting();
        people.signOut();
        ProcessInstance waiting = referrals.raise("Heat" + System.nanoTime());
        ProcessInstance moved = referrals.raise("Moved" + System.nanoTime());
        referrals.work(moved, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Healthy", 3L, false));

        people.signIn(Role.MANAGER);
        ProcessDiagrams.Heat assessment = heatAt("Activity_NamedPersonAssessment");
        assertThat(assessment.waiting() - waitingBefore).isEqualTo(1);
        assertThat(assessment.name()).isEqualTo("Named Person assessment");
        assertThat(assessment.finished()).isPositive();
        assertThat(diagrams.heat("girfec-referral").orElseThrow().bpmnXml()).contains("bpmndi:BPMNDiagram");
        assertThat(diagrams.heat("no-such-process")).isEmpty();

        InstancePaths.InstancePath path = paths.of(moved.getId()).orElseThrow();
        assertThat(path.completed()).contains("StartEvent_ConcernRaised", "Activity_NamedPersonAssessment");
        // The pathway to confirm, and (since the assessment) the chronology review waiting for its date.
        assertThat(path.current()).containsExactlyInAnyOrder("Activity_ConfirmPathway", "SubProcess_ChronologyReview",
                "SubProcess_ChronologyReviewRound", "Event_ChronologyReviewDue");
        assertThat(path.completed()).doesNotContainAnyElementsOf(path.current());
        assertThat(paths.of(waiting.getId()).orElseThrow().current()).contains("Activity_NamedPersonAssessment");
    }

    private ProcessDiagrams.Heat heatAt(String activityId) {
        return diagrams.heat("girfec-referral").orElseThrow().steps().getOrDefault(activityId, new ProcessDiagrams.Heat(activityId, 0, 0, 0));
    }

    @Test
    void onlyManagersAndAdministratorsSeeTheFigures() {
        people.signIn(Role.NAMED_PERSON);
        assertThatThrownBy(dashboard::overdueTasksByTeam).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> dashboard.waiting("girfec-referral")).isInstanceOf(AuthorizationException.class);
    }

    @Autowired
    ProcessFamilies families;

    @Test
    void aCaseworkerIsRefusedEachFamilysFigures() {
        people.signIn(Role.NAMED_PERSON);
        assertThat(families.all()).isNotEmpty().allSatisfy(family -> assertThatThrownBy(family::oversightFigures)
                .isInstanceOf(AuthorizationException.class).hasMessage("Only managers and administrators may do this."));
    }

    private void overdueNow(ProcessInstance referral, String assignee) {
        Task task = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_NamedPersonAssessment")
                .singleResult();
        task.setDueDate(new Date(System.currentTimeMillis() - 60_000));
        task.setAssignee(assignee);
        taskService.saveTask(task);
    }

    @Test
    void eachCouncilCountsItsOwnChildrenAndTheRegionCountsEveryCouncil() {
        String renfrewshireManager = people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER);
        String regionalManager = people.ensureIn("test-manager-regional", List.of("west-partnership"), Role.MANAGER);
        String assessment = Words.of(CaseStage.ASSESSMENT);
        people.signIn(Role.MANAGER);
        long glasgowBefore = counts(referral, "open-cases").getOrDefault(assessment, 0L);
        assertThat(referral.oversightFigures()).extracting(OversightFigure::id).doesNotContain("open-cases-by-council");
        people.signInAs(renfrewshireManager);
        long renfrewshireBefore = counts(referral, "open-cases").getOrDefault(assessment, 0L);
        people.signInAs(regionalManager);
        long regionBefore = counts(referral, "open-cases").getOrDefault(assessment, 0L);
        long renfrewshireCouncilBefore = counts(referral, "open-cases-by-council").getOrDefault("Renfrewshire", 0L);
        people.signOut();

        referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", "Council" + System.nanoTime(), "Cartside Primary", null, "no");

        people.signIn(Role.MANAGER);
        assertThat(counts(referral, "open-cases").getOrDefault(assessment, 0L)).as("Glasgow's figures hold Glasgow's children")
                .isEqualTo(glasgowBefore);
        people.signInAs(renfrewshireManager);
        assertThat(counts(referral, "open-cases").getOrDefault(assessment, 0L) - renfrewshireBefore).isEqualTo(1);
        people.signInAs(regionalManager);
        assertThat(counts(referral, "open-cases").getOrDefault(assessment, 0L) - regionBefore).as("the region counts every council").isEqualTo(1);
        assertThat(counts(referral, "open-cases-by-council").getOrDefault("Renfrewshire", 0L) - renfrewshireCouncilBefore).isEqualTo(1);
        assertThat(figure(referral, "open-cases-by-council").rows()).allSatisfy(r -> assertThat(r.address()).isNull());
        people.signOut();
    }

    /** A figure of counts as words to numbers: its first cell says what, its last how many. */
    private static Map<String, Long> counts(ProcessFamily family, String id) {
        return figure(family, id).rows().stream().collect(Collectors.toMap(r -> r.cells().get(0),
                r -> Long.parseLong(r.cells().get(r.cells().size() - 1))));
    }

    private static OversightFigure figure(ProcessFamily family, String id) {
        return family.oversightFigures().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(family.displayName() + " has no oversight figure " + id));
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> overdue(List<ProcessStatistics.Overdue> rows) {
        return rows.stream().collect(Collectors.toMap(ProcessStatistics.Overdue::who, ProcessStatistics.Overdue::tasks));
    }

    private static long finished(List<ProcessStatistics.StepDuration> rows, String step) {
        return rows.stream().filter(r -> step.equals(r.activityName())).mapToLong(ProcessStatistics.StepDuration::finished).sum();
    }
}
