package org.partnerflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of the placeholder partnership enquiry: accepted and declined. */
@Deployment(resources = "processes/partnership/partnership-enquiry.bpmn")
class PartnershipEnquiryProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private final List<String> recorded = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("recordPartnershipEnquiry", (JavaDelegate) execution -> {
            recorded.add("enquiry");
            execution.setVariable("subject", "Partnership enquiry: " + execution.getVariable("name"));
        });
        Mocks.register("recordEnquiryDecision", (JavaDelegate) execution -> recorded.add("decision:" + execution.getVariable("decision")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance raise() {
        RuntimeService runtime = engine.getRuntimeService();
        return runtime.startProcessInstanceByKey("partnership-enquiry", withVariables("name", "Eastwood cluster"));
    }

    @Test
    void anAcceptedEnquiryIsRecordedReviewedByAPartnershipLeadAndEndsAccepted() {
        ProcessInstance enquiry = raise();

        assertThat(enquiry).isWaitingAt("Activity_ReviewEnquiry").hasPassed("Activity_RecordEnquiry");
        assertThat(task(enquiry)).hasCandidateGroup("partnership-lead");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task(enquiry).getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey()).isEqualTo("review-partnership-enquiry");
        assertThat(enquiry).variables().containsEntry("subject", "Partnership enquiry: Eastwood cluster");
        assertThat(task(enquiry).getDueDate()).isNotNull();

        complete(task(enquiry), withVariables("decision", "accept"));

        assertThat(enquiry).hasPassedInOrder("Activity_ReviewEnquiry", "Activity_RecordDecision", "Gateway_Accepted")
                .isEnded().hasPassed("EndEvent_Accepted").hasNotPassed("EndEvent_Declined");
        assertThat(recorded).containsExactly("enquiry", "decision:accept");
    }

    @Test
    void aDeclinedEnquiryEndsDeclined() {
        ProcessInstance enquiry = raise();

        complete(task(enquiry), withVariables("decision", "decline", "decisionReason", "Overlaps an existing forum"));

        assertThat(enquiry).isEnded().hasPassed("EndEvent_Declined").hasNotPassed("EndEvent_Accepted");
        assertThat(recorded).containsExactly("enquiry", "decision:decline");
    }

    @Test
    void theProcessIsStartableOnlyByTheGroupsThatRaiseEnquiries() {
        var starters = engine.getRepositoryService().getIdentityLinksForProcessDefinition(
                engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("partnership-enquiry")
                        .singleResult().getId());
        assertThat(starters).extracting(link -> link.getGroupId())
                .containsExactlyInAnyOrder("practitioner", "named-person", "lead-professional", "partnership-lead");
    }
}
