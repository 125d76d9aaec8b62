package org.partnerflow.processes.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerflow.processes.ProcessTestEngine;

/**
 * The referral's "Chronology review" event subprocess: no round before the Named Person assessment; a
 * round waits for the review date, gives its coordinator "Review the chronology", records it and
 * schedules the next; closing the case (or child protection procedures) ends the round that waits,
 * whether at its timer or at its task, and the referral ends. Delegates are stand-ins setting the
 * variables the real ones set.
 */
@Deployment(resources = {"processes/referral/girfec-referral.bpmn", "processes/referral/girfec-pathway.dmn"})
class GirfecChronologyReviewTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final String NAMED_PERSON = "np-ailsa";

    final List<String> recorded = new ArrayList<>();

    @BeforeEach
    void standInDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("recordWellbeingConcern", (JavaDelegate) e -> {
            e.setVariable("subject", "Child: Test Child");
            e.setVariable("childProtectionEscalationAfter", "PT24H");
            e.setVariable("assessmentReminderAt", inDays(3));
            e.setVariable("assessmentDue", inDays(5));
            e.setVariable("agencyReminderAfter", "P3D");
            e.setVariable("reviewOverdueAfter", "P5D");
            e.setVariable("namedPersonGroup", "named-persons.eastfield-primary");
            e.setVariable("possibleMatch", false);
        });
        Mocks.register("recordAssessment", (JavaDelegate) e -> {
            e.setVariable("namedPerson", NAMED_PERSON);
            e.setVariable("coordinator", NAMED_PERSON);
            e.setVariable("chronologyReviewAt", inDays(90)); // ChronologyReviews.scheduleFirst
        });
        Mocks.register("findOpenCase", (JavaDelegate) e -> e.setVariable("openCaseFound", false)); // the child's only case
        Mocks.register("recordPathway", (JavaDelegate) e -> e.setVariable("pathway", e.getVariable("recommendedPathway")));
        Mocks.register("recordChronologyReview", (JavaDelegate) e -> {
            recorded.add("chronology-review:" + e.getVariable("chronologyChecked"));
            e.setVariable("chronologyReviewAt", inDays(180));
        });
        Mocks.register("recordChildProtectionScreening", (JavaDelegate) e -> {
            if ("procedures".equals(e.getVariable("childProtectionOutcome"))) {
                e.setVariable("referralEnded", true); // ChronologyReviews.end: procedures take over
            }
        });
        Mocks.register("recordConsent", (JavaDelegate) e -> e.setVariable("mayShare", true));
        Mocks.register("recordChildsPlan", (JavaDelegate) e -> {
            e.setVariable("reviewAt", inDays(30));
            e.setVariable("reviewDueBy", inDays(35));
        });
        Mocks.register("recordReview", (JavaDelegate) e -> { });
        Mocks.register("recordClosure", (JavaDelegate) e -> {
            recorded.add("closure");
            e.setVariable("referralEnded", true); // ChronologyReviews.end
        });
        Mocks.register("alertManagers", (JavaDelegate) e -> { });
        Mocks.register("remindAssignees", (JavaDelegate) e -> { });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private static Date inDays(int days) {
        return new Date(System.currentTimeMillis() + days * 24L * 3600 * 1000);
    }

    private ProcessInstance raiseAndAssess() {
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("girfec-referral",
                withVariables("childGivenName", "Test", "childFamilyName", "Child", "immediateRisk", "no"));
        assertThat(referral).isWaitingAt("Activity_NamedPersonAssessment");
        assertThat(jobQuery().processInstanceId(referral.getId()).activityId("Event_ChronologyReviewDue").count())
                .as("no chronology review before the assessment").isZero();
        Map<String, Object> answers = new HashMap<>(GirfecPathwayDecisionTest.assessment(5, false));
        answers.put("whatIsGettingInTheWay", "Nothing much");
        complete(taskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_NamedPersonAssessment").singleResult(), answers);
        complete(taskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_ConfirmPathway").singleResult(),
                withVariables("pathwayChoice", "accept"));
        assertThat(referral).isWaitingAt("Activity_CloseCase", "Event_ChronologyReviewDue");
        return referral;
    }

    private Task task(ProcessInstance referral, String activity) {
        return taskQuery().processInstanceId(referral.getId()).taskDefinitionKey(activity).singleResult();
    }

    private void closeCase(ProcessInstance referral) {
        complete(task(referral, "Activity_CloseCase"), withVariables("closingSummary", "Needs met; the family knows whom to ask."));
    }

    @Test
    void theReviewDateComesRoundGivesTheCoordinatorTheReviewAndTheNextRoundWaits() {
        ProcessInstance referral = raiseAndAssess();

        execute(job("Event_ChronologyReviewDue", referral));

        assertThat(referral).isWaitingAt("Activity_ReviewChronology", "Activity_CloseCase");
        Task review = task(referral, "Activity_ReviewChronology");
        assertThat(review).isAssignedTo(NAMED_PERSON).hasName("Review the chronology");
        complete(review, withVariables("chronologyChecked", "yes", "chronologyReviewNotes", "All entries dated and sourced"));

        assertThat(recorded).containsExactly("chronology-review:yes");
        assertThat(referral).hasPassed("Activity_RecordChronologyReview", "EndEvent_ChronologyReviewed")
                .isWaitingAt("Event_ChronologyReviewDue", "Activity_CloseCase");
        assertThat(jobQuery().processInstanceId(referral.getId()).activityId("Event_ChronologyReviewDue").count())
                .as("exactly one round waits").isEqualTo(1);

        closeCase(referral);

        assertThat(referral).isEnded().hasPassed("EndEvent_CaseClosed", "Event_ReferralEnded", "EndEvent_ChronologyReviewsEnded");
        assertThat(recorded).containsExactly("chronology-review:yes", "closure");
    }

    @Test
    void closingTheCaseEndsAReviewTaskLeftOpen() {
        ProcessInstance referral = raiseAndAssess();
        execute(job("Event_ChronologyReviewDue", referral));
        assertThat(referral).isWaitingAt("Activity_ReviewChronology");

        closeCase(referral);

        assertThat(referral).isEnded().hasPassed("EndEvent_ChronologyReviewsEnded").hasNotPassed("Activity_RecordChronologyReview");
        assertThat(taskQuery().processInstanceId(referral.getId()).count()).isZero();
        assertThat(recorded).containsExactly("closure");
    }

    @Test
    void closingTheCaseBeforeAnyReviewEndsTheWaitingRound() {
        ProcessInstance referral = raiseAndAssess();

        closeCase(referral);

        assertThat(referral).isEnded().hasPassed("EndEvent_ChronologyReviewsEnded").hasNotPassed("Activity_ReviewChronology");
        assertThat(jobQuery().processInstanceId(referral.getId()).count()).isZero();
    }

    @Test
    void childProtectionProceduresAfterAReviewEndTheChronologyReviewsWithTheReferral() {
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("girfec-referral",
                withVariables("childGivenName", "Test", "childFamilyName", "Child", "immediateRisk", "no"));
        Map<String, Object> answers = new HashMap<>(GirfecPathwayDecisionTest.assessment(3, false));
        answers.put("whatIsGettingInTheWay", "Attendance");
        complete(task(referral, "Activity_NamedPersonAssessment"), answers);
        complete(task(referral, "Activity_ConfirmPathway"), withVariables("pathwayChoice", "accept"));
        complete(task(referral, "Activity_RecordConsent"), withVariables("consentGiven", "yes"));
        complete(task(referral, "Activity_SingleAgencyPlan"), withVariables("needsSummary", "Sleep"));
        execute(job("Event_ReviewDue", referral));
        execute(job("Event_ChronologyReviewDue", referral));
        assertThat(referral).isWaitingAt("Activity_Review", "Activity_ReviewChronology");
        complete(task(referral, "Activity_Review"), withVariables("reviewDecision", "escalate"));

        complete(task(referral, "Activity_ChildProtectionScreening"), withVariables("childProtectionOutcome", "procedures"));

        assertThat(referral).isEnded().hasPassed("EndEvent_ChildProtectionProcedures", "EndEvent_ChronologyReviewsEnded")
                .hasNotPassed("Activity_RecordChronologyReview");
    }
}
