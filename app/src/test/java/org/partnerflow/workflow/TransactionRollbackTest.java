package org.partnerflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.enquiry.PartnershipEnquiries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case records and the engine share one transaction: a call that writes a record and moves a
 * process commits both or neither, whichever side fails.
 */
class TransactionRollbackTest extends PartnerflowSpringTest {

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PartnershipEnquiries enquiries;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    private Deployment deployment;

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    private long enquiriesNamed(String name) {
        return enquiries.findAll().stream().filter(e -> e.getName().equals(name)).count();
    }

    @Test
    void whenTheCallerFailsAfterTheProcessStartedNeitherTheRecordNorTheProcessRemains() {
        String name = "Rolled back " + System.nanoTime();
        AtomicReference<String> instanceId = new AtomicReference<>();
        people.signIn(Role.PRACTITIONER);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            instanceId.set(completion.start(enquiryDefinitionId(), validEnquiry(name)).getId());
            assertThat(enquiriesNamed(name)).isEqualTo(1); // written, inside the transaction
            throw new IllegalStateException("the caller fails after the engine moved");
        })).hasMessageContaining("the caller fails");

        assertThat(instanceId.get()).isNotNull();
        assertThat(enquiriesNamed(name)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId.get()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId.get()).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(instanceId.get()).count()).isZero();
    }

    @Test
    void whenTheEngineFailsAfterTheRecordWasWrittenTheRecordIsNotKept() {
        BpmnModelInstance failing = Bpmn.createExecutableProcess("record-then-fail")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("record").camundaDelegateExpression("${recordPartnershipEnquiry}")
                .serviceTask("fail").camundaClass(FailingStep.class.getName())
                .userTask("never").camundaCandidateGroups("partnership-lead")
                .endEvent()
                .done();
        // Like every Partnerflow process, it names who may start it: the engine's guard checks.
        failing.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next()
                .setCamundaCandidateStarterGroups(Role.PRACTITIONER.groupId());
        deployment = repositoryService.createDeployment().addModelInstance("record-then-fail.bpmn", failing).deploy();
        String name = "Engine failed " + System.nanoTime();
        people.signIn(Role.PRACTITIONER);

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("record-then-fail",
                Map.of("name", name, "purpose", "Written before the engine fails")))
                .hasMessageContaining("a later step fails");

        assertThat(enquiriesNamed(name)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("record-then-fail").count()).isZero();
    }

    @Test
    void whenTheRecordCannotBeUpdatedTheTaskCompletionIsUndone() {
        Task task = raiseEnquiry("Record gone " + System.nanoTime());
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        taskService.claim(task.getId(), lead);
        // The decision's record update will fail: its record has gone.
        enquiries.delete(enquiries.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow());
        people.signInAs(lead);

        assertThatThrownBy(() -> completion.complete(task.getId(), Map.of("decision", "accept")))
                .hasMessageContaining("No enquiry record");

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(taskService.getVariables(task.getId())).doesNotContainKey("decision");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .activityId("Activity_RecordDecision").count()).isZero();
    }

    /** A step after the record that fails, as a broken integration would. */
    public static class FailingStep implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new IllegalStateException("a later step fails");
        }
    }
}
