package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.TaskAssignments;
import org.partnerflow.workflow.WorkflowProblems;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager of the child's council reallocates a case's task whoever holds it, with a reason kept in
 * the engine's user operation log and the chronology; nobody else may, and nothing is half-written.
 */
class ReallocationTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    TaskAssignments assignments;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    Chronology chronology;
    @Autowired
    HistoryService historyService;
    @Autowired
    org.partnerflow.audit.AccessLog accessLog;

    ProcessInstance referral;
    Task assessment;
    String namedPerson;
    String colleague;

    @BeforeEach
    void anAssessmentHeldByTheNamedPerson() {
        namedPerson = people.ensure(Role.NAMED_PERSON);
        colleague = people.ensureIn("test-np-colleague", List.of("glasgow-city", "named-persons.eastfield-primary"), Role.NAMED_PERSON);
        referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", "Absent" + System.nanoTime(), "Eastfield Primary", null, "no");
        assessment = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_NamedPersonAssessment")
                .singleResult();
        people.signInAs(namedPerson);
        taskService.claim(assessment.getId(), namedPerson);
        people.signOut();
    }

    private void as(String person, Runnable action) {
        people.signInAs(person);
        try {
            action.run();
        } finally {
            people.signOut();
        }
    }

    @Test
    void theCouncilsManagerReallocatesWithAReasonKeptInBothLogs() {
        String manager = people.ensure(Role.MANAGER);
        as(manager, () -> {
            assertThat(assignments.mayReallocate(assessment.getId())).isTrue();
            assertThat(assignments.reallocationCandidates(assessment.getId())).extracting(TaskAssignments.Colleague::id)
                    .contains(colleague, namedPerson).doesNotContain("test-manager-renfrewshire");
            assignments.reallocate(assessment.getId(), colleague, "  Ailsa's Named Person is on long-term leave ");
        });

        assertThat(taskService.createTaskQuery().taskId(assessment.getId()).singleResult().getAssignee()).isEqualTo(colleague);
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        assertThat(chronology.of(concern)).filteredOn(e -> e.getKind() == Kind.TASK_REALLOCATED).singleElement().satisfies(e -> {
            assertThat(e.getRecordedBy()).isEqualTo(manager);
            assertThat(e.getSummary()).isEqualTo("Task \u2018Named Person assessment\u2019 reallocated from Test Named Person to Test Np Colleague"
                    + " by a manager. Why: Ailsa's Named Person is on long-term leave");
        });
        assertThat(historyService.createUserOperationLogQuery().taskId(assessment.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).userId(manager).list())
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.getAnnotation()).isEqualTo("Ailsa's Named Person is on long-term leave"));
        // The new holder works it as their own.
        referrals.work(referral, "Activity_NamedPersonAssessment", colleague, TestReferrals.assessment("Healthy", 3L, false));
        assertThat(concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getNamedPerson()).isEqualTo(colleague);
    }

    @Test
    void anotherCouncilsManagerAPractitionerAndTheHolderCannotReallocate() {
        String otherManager = people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER);
        as(otherManager, () -> assertThatThrownBy(() -> assignments.reallocate(assessment.getId(), colleague, "Cover for leave"))
                .isInstanceOf(Refusal.class).hasMessage("Only a manager of the council this task's record belongs to can reallocate it."));
        assertThat(accessLog.byUser(otherManager, 5)).as("the refusal is in the access log").anySatisfy(a -> {
            assertThat(a.getRecordType()).isEqualTo("task");
            assertThat(a.getRecordId()).isEqualTo(assessment.getId());
            assertThat(a.getViewName()).isEqualTo("reallocate");
            assertThat(a.isGranted()).isFalse();
        });
        as(people.ensure(Role.PRACTITIONER), () -> assertThatThrownBy(() -> assignments.reallocate(assessment.getId(), colleague, "Cover"))
                .isInstanceOf(Refusal.class));
        assertThat(taskService.createTaskQuery().taskId(assessment.getId()).singleResult().getAssignee()).isEqualTo(namedPerson);
        // The engine's own door refuses a hand-over that skips the service, manager or not.
        as(otherManager, () -> assertThatThrownBy(() -> taskService.setAssignee(assessment.getId(), colleague))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class));
        assertThat(chronology.of(concerns.findByProcessInstanceId(referral.getId()).orElseThrow()))
                .noneMatch(e -> e.getKind() == Kind.TASK_REALLOCATED);
    }

    @Test
    void badInputAndATaskCompletedMeanwhileAreToldInWords() {
        String manager = people.ensure(Role.MANAGER);
        String renfrewshire = people.ensureIn("test-np-cartside", List.of("renfrewshire", "named-persons.cartside-primary"), Role.NAMED_PERSON);
        as(manager, () -> {
            assertThatThrownBy(() -> assignments.reallocate(assessment.getId(), colleague, " "))
                    .isInstanceOf(Refusal.class).hasMessageStartingWith("Say why the task is reallocated");
            assertThatThrownBy(() -> assignments.reallocate(assessment.getId(), renfrewshire, "Cover for leave"))
                    .isInstanceOf(Refusal.class).hasMessage("Choose someone of the record's council, or someone the task is offered to.");
            assertThatThrownBy(() -> assignments.reallocate(assessment.getId(), namedPerson, "Cover for leave"))
                    .isInstanceOf(Refusal.class).hasMessage("The task is already theirs.");
        });
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Healthy", 3L, false));
        as(manager, () -> assertThatThrownBy(() -> assignments.reallocate(assessment.getId(), colleague, "Cover for leave"))
                .isInstanceOf(Refusal.class).hasMessage(WorkflowProblems.TASK_GONE));
    }
}
