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
 * The engine command guard reads the engine commands' arguments by reflection. If an engine upgrade renames those
 * fields, this fails, before any submission slips through unvalidated.
 */
class CommandArgumentsTest {

    @Test
    void readsTheArgumentsOfEveryCommandItGuards() {
        Map<String, Object> values = Map.of("decision", "accept");

        CompleteTaskCmd complete = new CompleteTaskCmd("task-1", values);
        assertThat((String) CommandArguments.field(complete, "taskId")).isEqualTo("task-1");
        assertThat((Map<String, Object>) CommandArguments.field(complete, "variables")).isEqualTo(values);

        SubmitTaskFormCmd submit = new SubmitTaskFormCmd("task-2", values, false, false);
        assertThat((String) CommandArguments.field(submit, "taskId")).isEqualTo("task-2");
        assertThat((Map<String, Object>) CommandArguments.field(submit, "properties")).containsEntry("decision", "accept");

        SubmitStartFormCmd start = new SubmitStartFormCmd("definition-1", "key", values);
        assertThat((String) CommandArguments.field(start, "processDefinitionId")).isEqualTo("definition-1");
        assertThat((Map<String, Object>) CommandArguments.field(start, "variables")).containsEntry("decision", "accept");
        assertThat((String) CommandArguments.field(start, "businessKey")).isEqualTo("key");

        ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl)
                ProcessInstantiationBuilderImpl.createProcessInstanceByKey(null, "girfec-referral").setVariables(values);
        for (Object plainStart : new Object[] {new StartProcessInstanceCmd(builder), new StartProcessInstanceAtActivitiesCmd(builder)}) {
            ProcessInstantiationBuilderImpl read = CommandArguments.field(plainStart, "instantiationBuilder");
            assertThat(read.getProcessDefinitionKey()).isEqualTo("girfec-referral");
            assertThat(read.getVariables()).containsEntry("decision", "accept");
        }
    }

    @Test
    void readsClaimAndAssignmentArgumentsIncludingInheritedFields() {
        ClaimTaskCmd claim = new ClaimTaskCmd("task-3", "ailsa");
        assertThat((String) CommandArguments.field(claim, "taskId")).isEqualTo("task-3");
        assertThat((String) CommandArguments.field(claim, "userId")).isEqualTo("ailsa");
        assertThat((String) CommandArguments.field(new AssignTaskCmd("task-4", "kamal"), "taskId")).isEqualTo("task-4");
    }

    @Test
    void wholeNumbersAreStoredAsLongsEvenWhereTheCallersMapCannotChange() {
        CompleteTaskCmd complete = new CompleteTaskCmd("task-5", Map.of("rating", 3.0d, "note", "x"));

        CommandArguments.store(complete, "variables", Map.of("rating", 3L));

        assertThat((Map<String, Object>) CommandArguments.field(complete, "variables")).isEqualTo(Map.of("rating", 3L, "note", "x"));
    }

    @Test
    void readsTheArgumentsOfEveryCommandThatChangesWhoHoldsATask() {
        AddUserIdentityLinkCmd link = new AddUserIdentityLinkCmd("task-5", "ailsa", "owner");
        assertThat((String) CommandArguments.field(link, "taskId")).isEqualTo("task-5");
        assertThat((String) CommandArguments.field(link, "userId")).isEqualTo("ailsa");
        assertThat((String) CommandArguments.field(link, "type")).isEqualTo("owner");
        assertThat((String) CommandArguments.field(new AssignTaskCmd("task-4", "kamal"), "type")).isEqualTo("assignee");
        assertThat((String) CommandArguments.field(new SetTaskOwnerCmd("task-4", "kamal"), "userId")).isEqualTo("kamal");
        DeleteUserIdentityLinkCmd unlink = new DeleteUserIdentityLinkCmd("task-6", "kamal", "assignee");
        assertThat((String) CommandArguments.field(unlink, "taskId")).isEqualTo("task-6");
        assertThat((String) CommandArguments.field(unlink, "type")).isEqualTo("assignee");
        DelegateTaskCmd delegate = new DelegateTaskCmd("task-7", "ailsa");
        assertThat((String) CommandArguments.field(delegate, "taskId")).isEqualTo("task-7");
        assertThat((String) CommandArguments.field(delegate, "userId")).isEqualTo("ailsa");
        TaskEntity task = new TaskEntity("task-8");
        assertThat((Object) CommandArguments.field(new SaveTaskCmd(task), "task")).isSameAs(task);
        assertThat((String) CommandArguments.field(new SubmitStartFormCmd("definition-1", "key-1", Map.of()), "businessKey")).isEqualTo("key-1");
    }

    @Test
    void aMissingFieldIsReportedAsAnEngineMismatch() {
        assertThatThrownBy(() -> CommandArguments.field(new CompleteTaskCmd("t", Map.of()), "noSuchField"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("update CommandArguments for this engine version");
    }
}
