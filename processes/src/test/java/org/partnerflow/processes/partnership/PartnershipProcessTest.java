package org.partnerflow.processes.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
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
 * Every path of the partnership process: roles confirmed, declined then asked again, declined and
 * withdrawn, the reminder; the protocol agreed, objected to and revised, or not needed; the meeting
 * loop twice; evaluation continue, adapt and close; and a contact's hand-over. The record-keeping
 * delegates are stand-ins that set the variables the real ones set; the app module tests the real ones.
 */
@Deployment(resources = "processes/partnership/partnership.bpmn")
class PartnershipProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final String LEAD = "lead-morag";
    static final List<String> PARTNERS = List.of("organisation-1", "organisation-2", "organisation-3");

    final List<String> recorded = new ArrayList<>();
    /** What the agenda's complete listener was given (the agenda), one per agenda prepared. */
    final List<String> scheduled = new ArrayList<>();
    final List<String> objections = new ArrayList<>();

    @BeforeEach
    void standInDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("recordPartnershipProposal", delegate("proposal", e -> {
            e.setVariable("partnerGroups", new ArrayList<>(PARTNERS));
            e.setVariable("roleReminderAfter", "P5D");
            e.setVariable("subject", "Partnership: Test");
        }));
        Mocks.register("recordPartnerRole", delegate("role", e ->
                recorded.add(e.getVariable("organisationGroup") + ":" + e.getVariable("roleDecision"))));
        Mocks.register("recordDeclineResolution", delegate("resolution", e ->
                recorded.add(e.getVariable("organisationGroup") + ":" + e.getVariable("declineResolution"))));
        Mocks.register("recordDataSharingProtocol", delegate("protocol", e -> {
            e.setVariable("sharesPersonalData", "yes".equals(e.getVariable("personalDataShared")));
            e.setVariable("protocolGroups", new ArrayList<>(PARTNERS));
            objections.clear();
        }));
        Mocks.register("recordProtocolAnswer", delegate("protocol-answer", e -> {
            if ("object".equals(e.getVariable("protocolAnswer"))) {
                objections.add((String) e.getVariable("organisationGroup"));
            }
        }));
        Mocks.register("checkProtocolAnswers", delegate("protocol-checked", e -> e.setVariable("protocolAgreed", objections.isEmpty())));
        Mocks.register("recordMeetingProtocol", delegate("meeting-protocol", e -> {
            e.setVariable("meetingInterval", "P4M");
            e.setVariable("evaluationInterval", "P3M");
        }));
        Mocks.register("activatePartnership", delegate("active", e -> { }));
        Mocks.register("scheduleMeeting", (org.camunda.bpm.engine.delegate.TaskListener) t -> scheduled.add(String.valueOf(t.getVariable("agenda"))));
        Mocks.register("recordPartnershipMeeting", delegate("meeting", e -> e.setVariable("openActionOptions", List.of())));
        Mocks.register("recordActionFollowUp", delegate("follow-up", e -> { }));
        Mocks.register("openEvaluation", delegate("evaluation-opened", e -> e.setVariable("evaluationGroups", new ArrayList<>(PARTNERS))));
        Mocks.register("recordPrincipleRatings", delegate("ratings", e -> { }));
        Mocks.register("recordEvaluationDecision", delegate("evaluation:decision", e -> {
            recorded.add("evaluation:" + e.getVariable("evaluationDecision"));
            e.setVariable("evaluationOutcome", e.getVariable("evaluationDecision"));
        }));
        Mocks.register("recordPartnershipClosure", delegate("closed", e -> { }));
        Mocks.register("handOverContact", delegate("handed-over", e -> {
            recorded.add("hand-over:" + e.getVariable("successor"));
            // As the real one does: the hand-over's details do not linger in the partnership's variables.
            e.removeVariables(List.of("organisationGroup", "leavingContact", "successor"));
        }));
        Mocks.register("remindAssignees", delegate("reminded", e -> { }));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        engine.getIdentityService().clearAuthentication();
    }

    private JavaDelegate delegate(String name, JavaDelegate body) {
        return e -> {
            if (!name.contains(":")) {
                recorded.add(name);
            }
            body.execute(e);
        };
    }

    // --- the steps ---------------------------------------------------------------------------------

    private ProcessInstance propose() {
        engine.getIdentityService().setAuthenticatedUserId(LEAD);
        ProcessInstance partnership = engine.getRuntimeService().startProcessInstanceByKey("partnership",
                withVariables("name", "Test", "partnerOrganisations", List.of("1", "2", "3")));
        engine.getIdentityService().clearAuthentication();
        return partnership;
    }

    private Task roleTaskOf(ProcessInstance p, String group) {
        return taskQuery().processInstanceId(p.getId()).taskDefinitionKey("Activity_ConfirmRole").taskCandidateGroup(group).singleResult();
    }

    private void confirmRole(ProcessInstance p, String group) {
        complete(roleTaskOf(p, group), withVariables("roleDecision", "confirm", "roleName", "Host school", "responsibilities", "Venue"));
    }

    private void allConfirm(ProcessInstance p) {
        PARTNERS.forEach(g -> confirmRole(p, g));
    }

    private void draftProtocol(ProcessInstance p, String personalData) {
        assertThat(p).isWaitingAt("Activity_DraftProtocol");
        assertThat(task(p)).isAssignedTo(LEAD);
        complete(task(p), withVariables("personalDataShared", personalData));
    }

    private void answerProtocol(ProcessInstance p, String group, String answer) {
        Task t = taskQuery().processInstanceId(p.getId()).taskDefinitionKey("Activity_AgreeProtocol").taskCandidateGroup(group).singleResult();
        complete(t, withVariables("protocolAnswer", answer));
    }

    private void toActive(ProcessInstance p) {
        assertThat(p).isWaitingAt("Activity_MeetingProtocol");
        complete(task(p), withVariables("meetingsPerYear", 3, "evaluationCycle", "termly"));
        assertThat(p).isWaitingAt("Activity_JointPlan");
        complete(task(p), withVariables("programme", "Shared numeracy programme"));
        assertThat(p).isWaitingAt("Event_MeetingDue", "Event_EvaluationDue");
    }

    private Task taskAt(ProcessInstance p, String activity) {
        return taskQuery().processInstanceId(p.getId()).taskDefinitionKey(activity).singleResult();
    }

    private void meet(ProcessInstance p) {
        execute(job("Event_MeetingDue", p));
        int before = scheduled.size();
        complete(taskAt(p, "Activity_PrepareAgenda"), withVariables("agenda", "Numeracy progress"));
        assertThat(scheduled).as("the agenda's date moves the meeting's event").hasSize(before + 1).last().isEqualTo("Numeracy progress");
        complete(taskAt(p, "Activity_RecordMeeting"), withVariables("minutes", "Agreed the next steps"));
        complete(taskAt(p, "Activity_FollowUpActions"), withVariables("followUpNotes", "All in hand"));
    }

    private void evaluate(ProcessInstance p, Map<String, Object> decision) {
        execute(job("Event_EvaluationDue", p));
        for (String group : PARTNERS) {
            complete(taskQuery().processInstanceId(p.getId()).taskDefinitionKey("Activity_RatePartnership")
                    .taskCandidateGroup(group).singleResult(), withVariables("principle1", "5"));
        }
        assertThat(taskAt(p, "Activity_ConsolidateEvaluation")).isAssignedTo(LEAD);
        complete(taskAt(p, "Activity_ConsolidateEvaluation"), decision);
    }

    // --- the paths ---------------------------------------------------------------------------------

    @Test
    void aPartnershipIsSetUpMeetsTwiceEvaluatesAndCloses() {
        ProcessInstance p = propose();
        assertThat(p).isWaitingAt("Activity_ConfirmRole");
        assertThat(taskQuery().processInstanceId(p.getId()).taskDefinitionKey("Activity_ConfirmRole").count()).isEqualTo(3);
        assertThat(roleTaskOf(p, "organisation-2")).isNotNull();
        allConfirm(p);

        draftProtocol(p, "yes");
        assertThat(p).isWaitingAt("Activity_AgreeProtocol");
        PARTNERS.forEach(g -> answerProtocol(p, g, "agree"));
        toActive(p);

        meet(p);
        assertThat(p).isWaitingAt("Event_MeetingDue", "Event_EvaluationDue");
        meet(p);
        evaluate(p, withVariables("evaluationDecision", "continue"));
        assertThat(p).isWaitingAt("Event_MeetingDue", "Event_EvaluationDue");
        evaluate(p, withVariables("evaluationDecision", "adapt", "planChanges", "New action"));
        assertThat(p).isWaitingAt("Event_MeetingDue", "Event_EvaluationDue");
        evaluate(p, withVariables("evaluationDecision", "close", "closingReport", "Aims met"));

        assertThat(p).isEnded().hasPassed("EndEvent_PartnershipCloses", "Activity_RecordClosure", "EndEvent_PartnershipClosed");
        assertThat(recorded).containsSubsequence("proposal", "organisation-1:confirm", "protocol", "protocol-checked",
                "meeting-protocol", "active", "meeting", "follow-up", "meeting", "evaluation-opened", "ratings",
                "evaluation:continue", "evaluation:adapt", "evaluation:close", "closed");
        assertThat(recorded.stream().filter("meeting"::equals)).hasSize(2);
        assertThat(recorded.stream().filter("ratings"::equals)).hasSize(9);
    }

    @Test
    void eachPartnersAnswersStayWithTheirOwnTask() {
        ProcessInstance p = propose();
        complete(roleTaskOf(p, "organisation-1"), withVariables("roleDecision", "decline", "roleDeclineReason", "No capacity"));

        Task other = roleTaskOf(p, "organisation-2");
        assertThat(engine.getTaskService().getVariables(other.getId())).as("another partner's answer is not theirs")
                .containsEntry("roleDecision", null).containsEntry("roleDeclineReason", null);
        assertThat(engine.getRuntimeService().getVariables(p.getId())).doesNotContainKeys("roleDecision", "roleDeclineReason");
    }

    @Test
    void aDeclineGoesBackToTheLeadWhoAsksAgainOrGoesAheadWithout() {
        ProcessInstance p = propose();
        complete(roleTaskOf(p, "organisation-1"), withVariables("roleDecision", "decline", "roleDeclineReason", "No capacity this term"));
        Task resolve = taskAt(p, "Activity_ResolveDecline");
        assertThat(resolve).isAssignedTo(LEAD);
        complete(resolve, withVariables("declineResolution", "reinvite", "declineNote", "Spoke to the head teacher"));
        assertThat(roleTaskOf(p, "organisation-1")).as("asked again").isNotNull();
        confirmRole(p, "organisation-1");

        complete(roleTaskOf(p, "organisation-2"), withVariables("roleDecision", "decline", "roleDeclineReason", "Outside our remit"));
        complete(taskAt(p, "Activity_ResolveDecline"), withVariables("declineResolution", "withdraw", "declineNote", "Going ahead without"));
        confirmRole(p, "organisation-3");

        assertThat(p).hasPassed("EndEvent_PartnerWithdrawn", "EndEvent_RoleConfirmed").isWaitingAt("Activity_DraftProtocol");
        assertThat(recorded).containsSubsequence("organisation-1:decline", "organisation-1:reinvite", "organisation-1:confirm",
                "organisation-2:decline", "organisation-2:withdraw");
    }

    @Test
    void anUnansweredPartnerIsRemindedAndStillAsked() {
        ProcessInstance p = propose();
        List<org.camunda.bpm.engine.runtime.Job> reminders = engine.getManagementService().createJobQuery()
                .processInstanceId(p.getId()).activityId("Event_RoleReminder").list();
        assertThat(reminders).hasSize(3);

        execute(reminders.get(0));

        assertThat(recorded).contains("reminded");
        assertThat(taskQuery().processInstanceId(p.getId()).taskDefinitionKey("Activity_ConfirmRole").count()).isEqualTo(3);
    }

    @Test
    void theProtocolMustBeAgreedByEveryPartnerBeforeThePartnershipCanBecomeActive() {
        ProcessInstance p = propose();
        allConfirm(p);
        draftProtocol(p, "yes");
        answerProtocol(p, "organisation-1", "agree");
        answerProtocol(p, "organisation-2", "object");
        answerProtocol(p, "organisation-3", "agree");

        assertThat(p).hasPassed("Activity_CheckProtocol").isWaitingAt("Activity_DraftProtocol").hasNotPassed("Activity_MeetingProtocol");

        draftProtocol(p, "yes");
        PARTNERS.forEach(g -> answerProtocol(p, g, "agree"));
        assertThat(p).isWaitingAt("Activity_MeetingProtocol");
    }

    @Test
    void noPersonalDataMeansNoProtocolToAgree() {
        ProcessInstance p = propose();
        allConfirm(p);
        draftProtocol(p, "no");

        assertThat(p).hasPassed("Gateway_ProtocolSettled").hasNotPassed("Activity_AgreeProtocol", "Activity_CheckProtocol")
                .isWaitingAt("Activity_MeetingProtocol");
    }

    @Test
    void aContactWhoLeavesHandsOverAtAnyStageWithoutStoppingTheWork() {
        ProcessInstance p = propose();
        allConfirm(p);
        draftProtocol(p, "no");
        toActive(p);

        Map<String, Object> handOver = new HashMap<>();
        handOver.put("organisationGroup", "organisation-2");
        handOver.put("leavingContact", "contact-old");
        handOver.put("successor", "contact-new");
        engine.getRuntimeService().createMessageCorrelation("ContactHandOver").processInstanceId(p.getId())
                .setVariablesLocal(handOver).correlate();

        assertThat(recorded).contains("hand-over:contact-new");
        assertThat(p).hasPassed("EndEvent_HandedOver").isWaitingAt("Event_MeetingDue", "Event_EvaluationDue");
        assertThat(engine.getRuntimeService().getVariables(p.getId())).doesNotContainKeys("successor", "leavingContact");
    }

}
