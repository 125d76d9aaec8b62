package org.partnerflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;

/**
 * The guard reads the engine commands' arguments by reflection. If an engine upgrade renames those
 * fields, this fails, before any submission slips through unvalidated.
 */
class FormSubmissionGuardTest {

    @Test
    void readsTheArgumentsOfEveryCommandItGuards() {
        Map<String, Object> values = Map.of("decision", "accept");

        CompleteTaskCmd complete = new CompleteTaskCmd("task-1", values);
        assertThat((String) FormSubmissionGuard.field(complete, "taskId")).isEqualTo("task-1");
        assertThat((Map<String, Object>) FormSubmissionGuard.field(complete, "variables")).isEqualTo(values);

        SubmitTaskFormCmd submit = new SubmitTaskFormCmd("task-2", values, false, false);
        assertThat((String) FormSubmissionGuard.field(submit, "taskId")).isEqualTo("task-2");
        assertThat((Map<String, Object>) FormSubmissionGuard.field(submit, "properties")).containsEntry("decision", "accept");

        SubmitStartFormCmd start = new SubmitStartFormCmd("definition-1", "key", values);
        assertThat((String) FormSubmissionGuard.field(start, "processDefinitionId")).isEqualTo("definition-1");
        assertThat((Map<String, Object>) FormSubmissionGuard.field(start, "variables")).containsEntry("decision", "accept");
        assertThat((String) FormSubmissionGuard.field(start, "businessKey")).isEqualTo("key");

        ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl)
                ProcessInstantiationBuilderImpl.createProcessInstanceByKey(null, "girfec-referral").setVariables(values);
        for (Object plainStart : new Object[] {new StartProcessInstanceCmd(builder), new StartProcessInstanceAtActivitiesCmd(builder)}) {
            ProcessInstantiationBuilderImpl read = FormSubmissionGuard.field(plainStart, "instantiationBuilder");
            assertThat(read.getProcessDefinitionKey()).isEqualTo("girfec-referral");
            assertThat(read.getVariables()).containsEntry("decision", "accept");
        }
    }

    @Test
    void readsClaimAndAssignmentArgumentsIncludingInheritedFields() {
        ClaimTaskCmd claim = new ClaimTaskCmd("task-3", "ailsa");
        assertThat((String) FormSubmissionGuard.field(claim, "taskId")).isEqualTo("task-3");
        assertThat((String) FormSubmissionGuard.field(claim, "userId")).isEqualTo("ailsa");
        assertThat((String) FormSubmissionGuard.field(new AssignTaskCmd("task-4", "kamal"), "taskId")).isEqualTo("task-4");
    }

    @Test
    void wholeNumbersAreStoredAsLongsEvenWhereTheCallersMapCannotChange() {
        CompleteTaskCmd complete = new CompleteTaskCmd("task-5", Map.of("rating", 3.0d, "note", "x"));

        FormSubmissionGuard.store(complete, "variables", Map.of("rating", 3L));

        assertThat((Map<String, Object>) FormSubmissionGuard.field(complete, "variables")).isEqualTo(Map.of("rating", 3L, "note", "x"));
    }

    @Test
    void readsTheArgumentsOfEveryCommandThatChangesWhoHoldsATask() {
        AddUserIdentityLinkCmd link = new AddUserIdentityLinkCmd("task-5", "ailsa", "owner");
        assertThat((String) FormSubmissionGuard.field(link, "taskId")).isEqualTo("task-5");
        assertThat((String) FormSubmissionGuard.field(link, "userId")).isEqualTo("ailsa");
        assertThat((String) FormSubmissionGuard.field(link, "type")).isEqualTo("owner");
        assertThat((String) FormSubmissionGuard.field(new AssignTaskCmd("task-4", "kamal"), "type")).isEqualTo("assignee");
        assertThat((String) FormSubmissionGuard.field(new SetTaskOwnerCmd("task-4", "kamal"), "userId")).isEqualTo("kamal");
        DeleteUserIdentityLinkCmd unlink = new DeleteUserIdentityLinkCmd("task-6", "kamal", "assignee");
        assertThat((String) FormSubmissionGuard.field(unlink, "taskId")).isEqualTo("task-6");
        assertThat((String) FormSubmissionGuard.field(unlink, "type")).isEqualTo("assignee");
        DelegateTaskCmd delegate = new DelegateTaskCmd("task-7", "ailsa");
        assertThat((String) FormSubmissionGuard.field(delegate, "taskId")).isEqualTo("task-7");
        assertThat((String) FormSubmissionGuard.field(delegate, "userId")).isEqualTo("ailsa");
        TaskEntity task = new TaskEntity("task-8");
        assertThat((Object) FormSubmissionGuard.field(new SaveTaskCmd(task), "task")).isSameAs(task);
        assertThat((String) FormSubmissionGuard.field(new SubmitStartFormCmd("definition-1", "key-1", Map.of()), "businessKey")).isEqualTo("key-1");
    }

    @Test
    void aMissingFieldIsReportedAsAnEngineMismatch() {
        assertThatThrownBy(() -> FormSubmissionGuard.field(new CompleteTaskCmd("t", Map.of()), "noSuchField"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("update FormSubmissionGuard for this engine version");
    }
}
