package org.partnerflow.processes.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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
 * The referral's changes of hands (issue 17): a change of Named Person or school, a transfer between
 * councils and a change of Lead Professional, each a non-interrupting message event subprocess that
 * waits for the person or group it names while the case goes on. Every path: accepted and declined,
 * and a transfer left unanswered lapsing. The delegates are stand-ins; the app module tests the real ones.
 */
@Deployment(resources = {"processes/referral/girfec-referral.bpmn", "processes/referral/girfec-pathway.dmn"})
class ChangesOfHandsProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final String EASTFIELD = "named-persons.eastfield-primary";
    static final String CARTSIDE = "named-persons.cartside-primary";

    final List<String> recorded = new ArrayList<>();

    @BeforeEach
    void standInDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("recordWellbeingConcern", (JavaDelegate) e -> {
            e.setVariable("subject", "Child: Test Child");
            e.setVariable("childProtectionEscalationAfter", "PT24H");
            e.setVariable("assessmentReminderAt", new Date(System.currentTimeMillis() + 3L * 24 * 3600 * 1000));
            e.setVariable("assessmentDue", new Date(System.currentTimeMillis() + 5L * 24 * 3600 * 1000));
            e.setVariable("namedPersonGroup", EASTFIELD);
            e.setVariable("possibleMatch", false);
        });
        Mocks.register("recordNamedPersonChange", (JavaDelegate) e -> {
            recorded.add("named-person:" + e.getVariable("proposedEstablishment"));
            e.setVariable("namedPersonGroup", e.getVariable("proposedNamedPersonGroup"));
        });
        Mocks.register("recordTransfer", (JavaDelegate) e -> {
            recorded.add("transfer:" + e.getVariable("receivingEstablishment"));
            e.setVariable("namedPersonGroup", e.getVariable("receivingNamedPersonGroup"));
        });
        Mocks.register("recordLeadProfessionalChange", (JavaDelegate) e -> recorded.add("lead-professional:" + e.getVariable("proposedLeadProfessional")));
        Mocks.register("recordDeclinedNamedPersonChange", (JavaDelegate) e -> recorded.add("declined:named-person"));
        Mocks.register("recordDeclinedTransfer", (JavaDelegate) e -> recorded.add("declined:transfer"));
        Mocks.register("recordDeclinedLeadProfessionalChange", (JavaDelegate) e -> recorded.add("declined:lead-professional"));
        Mocks.register("recordLapsedTransfer", (JavaDelegate) e -> recorded.add("lapsed:" + e.getVariable("receivingEstablishment")));
        Mocks.register("remindAssignees", (JavaDelegate) e -> { });
        Mocks.register("alertManagers", (JavaDelegate) e -> { });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    /** A concern waiting for its Named Person assessment: the case is open. */
    private ProcessInstance openCase() {
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("girfec-referral",
                withVariables("childGivenName", "Test", "childFamilyName", "Child", "immediateRisk", "no"));
        assertThat(referral).isWaitingAt("Activity_NamedPersonAssessment");
        return referral;
    }

    /**
     * As referral.ChangesOfHands correlates a request: its details, and its form's answers set empty so
     * that the form starts blank (each kind has variables of its own: two kinds may wait at once).
     */
    private void request(ProcessInstance referral, String message, Map<String, Object> details) {
        engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(referral.getId())
                .setVariables(details).correlate();
    }

    private static Map<String, Object> namedPersonChange(String establishment, String group, String person) {
        Map<String, Object> v = new HashMap<>();
        v.put("proposedEstablishment", establishment);
        v.put("proposedNamedPersonGroup", group);
        v.put("proposedNamedPerson", person);
        v.put("namedPersonChangeReason", "The family moved to the south side");
        v.put("namedPersonAnswer", null);
        v.put("namedPersonDeclineReason", null);
        return v;
    }

    private static Map<String, Object> transfer() {
        Map<String, Object> v = new HashMap<>();
        v.put("receivingEstablishment", "cartside-primary");
        v.put("receivingNamedPersonGroup", CARTSIDE);
        v.put("transferLapsesAfter", "P10D");
        v.put("transferReason", "The family moved to Paisley");
        v.put("transferAnswer", null);
        v.put("transferAcceptNote", null);
        v.put("transferDeclineReason", null);
        return v;
    }

    private static Map<String, Object> leadProfessionalChange(String person) {
        Map<String, Object> v = new HashMap<>();
        v.put("proposedLeadProfessional", person);
        v.put("leadProfessionalChangeReason", "Mr Reid retires at Christmas");
        v.put("leadProfessionalAnswer", null);
        v.put("leadProfessionalDeclineReason", null);
        return v;
    }

    private Task taskAt(ProcessInstance referral, String activity) {
        return engine.getTaskService().createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(activity).singleResult();
    }

    private void stillOpen(ProcessInstance referral) {
        assertThat(referral).isWaitingAt("Activity_NamedPersonAssessment").isNotEnded();
    }

    @Test
    void aChangeOfNamedPersonAcceptedHandsTheChildOnWhileTheCaseGoesOn() {
        ProcessInstance referral = openCase();
        request(referral, "NamedPersonChange", namedPersonChange("westfield-primary", "named-persons.westfield-primary", null));

        assertThat(referral).isWaitingAt("Activity_TakeOnAsNamedPerson", "Activity_NamedPersonAssessment");
        assertThat(taskAt(referral, "Activity_TakeOnAsNamedPerson")).hasName("Take on the child as Named Person")
                .hasCandidateGroup("named-persons.westfield-primary").isNotAssigned();
        complete(taskAt(referral, "Activity_TakeOnAsNamedPerson"), withVariables("namedPersonAnswer", "accept"));

        assertThat(referral).hasPassed("Activity_RecordNamedPersonChange", "EndEvent_NamedPersonChanged")
                .hasNotPassed("Activity_RecordNamedPersonChangeDeclined");
        assertThat(recorded).containsExactly("named-person:westfield-primary");
        assertThat(engine.getRuntimeService().getVariable(referral.getId(), "namedPersonGroup")).isEqualTo("named-persons.westfield-primary");
        stillOpen(referral);
    }

    @Test
    void aChangeToANamedPersonOfTheSameSchoolIsTheirsToAnswer() {
        ProcessInstance referral = openCase();
        request(referral, "NamedPersonChange", namedPersonChange("eastfield-primary", EASTFIELD, "np-morven"));

        Task task = taskAt(referral, "Activity_TakeOnAsNamedPerson");
        assertThat(task).isAssignedTo("np-morven");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(EASTFIELD));
    }

    @Test
    void aChangeOfNamedPersonDeclinedLeavesTheChildWhereTheyAre() {
        ProcessInstance referral = openCase();
        request(referral, "NamedPersonChange", namedPersonChange("westfield-primary", "named-persons.westfield-primary", null));

        complete(taskAt(referral, "Activity_TakeOnAsNamedPerson"), withVariables("namedPersonAnswer", "decline",
                "namedPersonDeclineReason", "The child is not on our roll"));

        assertThat(referral).hasPassed("Activity_RecordNamedPersonChangeDeclined", "EndEvent_NamedPersonChangeDeclined")
                .hasNotPassed("Activity_RecordNamedPersonChange");
        assertThat(recorded).containsExactly("declined:named-person");
        assertThat(engine.getRuntimeService().getVariable(referral.getId(), "namedPersonGroup")).isEqualTo(EASTFIELD);
        stillOpen(referral);
    }

    @Test
    void aTransferAcceptedMovesTheRecordToTheReceivingCouncil() {
        ProcessInstance referral = openCase();
        request(referral, "CouncilTransfer", transfer());

        assertThat(taskAt(referral, "Activity_AcceptTransfer")).hasName("Accept or decline the transfer").hasCandidateGroup(CARTSIDE);
        complete(taskAt(referral, "Activity_AcceptTransfer"), withVariables("transferAnswer", "accept"));

        assertThat(referral).hasPassed("Activity_RecordTransfer", "EndEvent_Transferred")
                .hasNotPassed("Activity_RecordTransferDeclined", "Activity_RecordLapsedTransfer");
        assertThat(recorded).containsExactly("transfer:cartside-primary");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(referral.getId()).activityId("Event_TransferLapses").count())
                .as("the lapse timer goes with the answered task").isZero();
        stillOpen(referral);
    }

    @Test
    void aTransferDeclinedKeepsTheRecordWithTheSendingCouncil() {
        ProcessInstance referral = openCase();
        request(referral, "CouncilTransfer", transfer());

        complete(taskAt(referral, "Activity_AcceptTransfer"), withVariables("transferAnswer", "decline",
                "transferDeclineReason", "The family's move fell through"));

        assertThat(referral).hasPassed("Activity_RecordTransferDeclined", "EndEvent_TransferDeclined").hasNotPassed("Activity_RecordTransfer");
        assertThat(recorded).containsExactly("declined:transfer");
        assertThat(engine.getRuntimeService().getVariable(referral.getId(), "namedPersonGroup")).isEqualTo(EASTFIELD);
        stillOpen(referral);
    }

    @Test
    void aTransferNobodyAnswersInTimeLapsesAndTheRecordStays() {
        ProcessInstance referral = openCase();
        request(referral, "CouncilTransfer", transfer());

        execute(job("Event_TransferLapses", referral));

        assertThat(referral).hasPassed("Activity_RecordLapsedTransfer", "EndEvent_TransferLapsed").hasNotPassed("Activity_RecordTransfer");
        assertThat(taskAt(referral, "Activity_AcceptTransfer")).as("the proposal is withdrawn").isNull();
        assertThat(recorded).containsExactly("lapsed:cartside-primary");
        stillOpen(referral);
    }

    @Test
    void aChangeOfLeadProfessionalAcceptedByTheProposedPerson() {
        ProcessInstance referral = openCase();
        request(referral, "LeadProfessionalChange", leadProfessionalChange("lp-ishbel"));

        assertThat(taskAt(referral, "Activity_TakeOnAsLeadProfessional")).hasName("Take on the case as Lead Professional")
                .isAssignedTo("lp-ishbel");
        complete(taskAt(referral, "Activity_TakeOnAsLeadProfessional"), withVariables("leadProfessionalAnswer", "accept"));

        assertThat(referral).hasPassed("Activity_RecordLeadProfessionalChange", "EndEvent_LeadProfessionalChanged")
                .hasNotPassed("Activity_RecordLeadProfessionalChangeDeclined");
        assertThat(recorded).containsExactly("lead-professional:lp-ishbel");
        stillOpen(referral);
    }

    @Test
    void aChangeOfLeadProfessionalDeclined() {
        ProcessInstance referral = openCase();
        request(referral, "LeadProfessionalChange", leadProfessionalChange("lp-ishbel"));

        complete(taskAt(referral, "Activity_TakeOnAsLeadProfessional"), withVariables("leadProfessionalAnswer", "decline",
                "leadProfessionalDeclineReason", "My caseload is full until March"));

        assertThat(referral).hasPassed("Activity_RecordLeadProfessionalChangeDeclined", "EndEvent_LeadProfessionalChangeDeclined")
                .hasNotPassed("Activity_RecordLeadProfessionalChange");
        assertThat(recorded).containsExactly("declined:lead-professional");
        stillOpen(referral);
    }

    @Test
    void changesOfDifferentKindsWaitSideBySideEachWithItsOwnAnswers() {
        ProcessInstance referral = openCase();
        request(referral, "NamedPersonChange", namedPersonChange("westfield-primary", "named-persons.westfield-primary", null));
        request(referral, "LeadProfessionalChange", leadProfessionalChange("lp-ishbel"));

        complete(taskAt(referral, "Activity_TakeOnAsLeadProfessional"), withVariables("leadProfessionalAnswer", "decline",
                "leadProfessionalDeclineReason", "My caseload is full until March"));
        assertThat(referral).isWaitingAt("Activity_TakeOnAsNamedPerson");
        assertThat(engine.getTaskService().getVariable(taskAt(referral, "Activity_TakeOnAsNamedPerson").getId(), "namedPersonChangeReason"))
                .isEqualTo("The family moved to the south side");
        complete(taskAt(referral, "Activity_TakeOnAsNamedPerson"), withVariables("namedPersonAnswer", "accept"));

        assertThat(recorded).containsExactly("declined:lead-professional", "named-person:westfield-primary");
    }
}
