package org.partnerflow.workflow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.Permissions;

/**
 * The engine-side gate every task completion, claim, hand-over and process start passes through,
 * whichever door it came in by: the Vaadin UI, {@code /engine-rest} or the Camunda webapps.
 *
 * <p>It runs inside the command's transaction, before the command: a refused command throws and
 * nothing is written. For each command it reads the arguments ({@link CommandArguments}) and asks two
 * checks: {@link PermissionCheck}, whether the engine's user may do it (the {@link Permissions} policy
 * decides), and {@link FormCheck}, whether the values satisfy the task's or start event's Camunda Form.
 * The whole numbers of a valid submission are stored as Longs, as the case records read them.
 * Engine-internal commands (no user) pass the permission check.
 */
class EngineCommandGuard extends CommandInterceptor {

    private final PermissionCheck permissions;
    private final FormCheck forms;

    EngineCommandGuard(Permissions permissions, TaskForms taskForms) {
        this.permissions = new PermissionCheck(permissions);
        this.forms = new FormCheck(taskForms);
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd) {
            CommandArguments.store(command, "variables",
                    taskSubmission(CommandArguments.field(command, "taskId"), CommandArguments.field(command, "variables")));
        } else if (command instanceof SubmitTaskFormCmd) {
            CommandArguments.store(command, "properties",
                    taskSubmission(CommandArguments.field(command, "taskId"), CommandArguments.field(command, "properties")));
        } else if (command instanceof SubmitStartFormCmd) {
            CommandArguments.store(command, "variables", start(CommandArguments.field(command, "processDefinitionId"), null,
                    CommandArguments.field(command, "businessKey"), CommandArguments.field(command, "variables"), true));
        } else if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl start = CommandArguments.field(command, "instantiationBuilder");
            start(start.getProcessDefinitionId(), start.getProcessDefinitionKey(), start.getBusinessKey(), start.getVariables(), false);
        } else if (command instanceof ClaimTaskCmd) {
            claim(CommandArguments.field(command, "taskId"), CommandArguments.field(command, "userId"));
        } else if (command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd) {
            // Assignee, owner and candidates (AssignTaskCmd and SetTaskOwnerCmd are identity-link commands).
            String type = CommandArguments.field(command, "type");
            String userId = CommandArguments.field(command, "userId");
            boolean adds = command instanceof AbstractAddIdentityLinkCmd;
            handOver(CommandArguments.field(command, "taskId"), adds && !IdentityLinkType.CANDIDATE.equals(type) ? userId : null);
        } else if (command instanceof DelegateTaskCmd) {
            handOver(CommandArguments.field(command, "taskId"), CommandArguments.field(command, "userId"));
        } else if (command instanceof SaveTaskCmd) {
            savedTask(CommandArguments.field(command, "task"));
        }
        return next.execute(command);
    }

    /** The user the engine was told of for this command, or null for the engine's own work. */
    private static String person() {
        Authentication user = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
        return user == null ? null : user.getUserId();
    }

    private static TaskService tasks() {
        return Context.getProcessEngineConfiguration().getTaskService();
    }

    /** @return the submission's whole numbers to store as Longs (empty if there is no form) */
    private Map<String, Object> taskSubmission(String taskId, Map<String, Object> submitted) {
        Task task = tasks().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new NotFoundException("Task " + taskId + " does not exist: someone may have completed it already.");
        }
        String person = person();
        if (person != null) {
            permissions.complete(task, person);
        }
        return forms.task(task, submitted, () -> tasks().getVariables(taskId));
    }

    /** Engine-internal starts (no user) pass both checks. */
    private Map<String, Object> start(String processDefinitionId, String processDefinitionKey, String businessKey,
                                      Map<String, Object> submitted, boolean throughItsForm) {
        String person = person();
        if (person == null) {
            return Map.of();
        }
        ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
        ProcessDefinitionQuery definitions = engine.getRepositoryService().createProcessDefinitionQuery();
        ProcessDefinition definition = (processDefinitionId != null
                ? definitions.processDefinitionId(processDefinitionId)
                : definitions.processDefinitionKey(processDefinitionKey).latestVersion()).singleResult();
        if (definition == null) {
            return Map.of(); // the command itself reports the unknown process
        }
        permissions.start(definition, person);
        return forms.start(definition, businessKey, submitted, throughItsForm);
    }

    /** A claim for nobody is the engine's unclaim, so it is a giving back (REST and Tasklist included). */
    private void claim(String taskId, String claimant) {
        String person = person();
        if (person == null) {
            return;
        }
        if (claimant == null) {
            handOver(taskId, null);
            return;
        }
        permissions.claim(tasks().createTaskQuery().taskId(taskId).singleResult(), claimant, person);
    }

    /** @param newHolder who the task goes to (assignee, owner, delegate), or null if it goes to nobody or to groups */
    private void handOver(String taskId, String newHolder) {
        String person = person();
        if (person == null) {
            return;
        }
        Task task = tasks().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return; // the command itself reports the unknown task
        }
        permissions.handOver(task, newHolder, person);
    }

    /** Saving a changed task (REST {@code PUT /task/{id}}) can change its assignee or owner: the same rule. */
    private void savedTask(Task changed) {
        if (changed == null || changed.getId() == null) {
            return;
        }
        Task stored = tasks().createTaskQuery().taskId(changed.getId()).singleResult();
        if (stored == null) {
            return; // a new task
        }
        if (!Objects.equals(stored.getAssignee(), changed.getAssignee())) {
            handOver(changed.getId(), changed.getAssignee());
        }
        if (!Objects.equals(stored.getOwner(), changed.getOwner())) {
            handOver(changed.getId(), changed.getOwner());
        }
    }

    static void install(ProcessEngineConfigurationImpl configuration, EngineCommandGuard guard) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired();
        if (interceptors == null) {
            interceptors = new java.util.ArrayList<>();
            configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
        }
        interceptors.add(guard);
    }
}
