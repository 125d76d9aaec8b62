package org.partnerflow.workflow;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.workflow.form.CamundaForm;
import org.partnerflow.workflow.form.FormValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place the UI completes tasks and starts processes. Both go through the engine's form
 * submission commands, so {@link EngineCommandGuard} validates them exactly as it validates REST
 * and Tasklist submissions; case-record writes made by the process in the same call share this
 * transaction and roll back with it.
 */
@Service
public class TaskCompletion {

    private final TaskService taskService;
    private final FormService formService;
    private final RepositoryService repositoryService;
    private final TaskForms taskForms;
    private final CurrentUser currentUser;

    public TaskCompletion(TaskService taskService, FormService formService, RepositoryService repositoryService,
                          PartnerflowEnginePlugin engine, CurrentUser currentUser) {
        this.taskService = taskService;
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.taskForms = engine.taskForms();
        this.currentUser = currentUser;
    }

    /** The form of an open task, if it has one. */
    public Optional<CamundaForm> formOf(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        return task == null ? Optional.empty() : taskForms.formOf(task);
    }

    /** The task's variables as plain values, to pre-fill its form. */
    public Map<String, Object> currentValues(String taskId) {
        return FormValues.plain(taskService.getVariables(taskId));
    }

    /**
     * Completes the task with the form's values.
     *
     * @throws org.partnerflow.workflow.form.FormValidationException when a value breaks the form's rules
     * @throws org.camunda.bpm.engine.AuthorizationException when the task is claimed by someone else
     * @throws NotFoundException ({@link WorkflowProblems#TASK_GONE}) when someone else completed it first,
     *         also at the same moment: the engine lets the first commit win
     * @throws Refusal when the case changed under the completion at the same moment (a parallel task)
     */
    public void complete(String taskId, Map<String, Object> values) {
        currentUser.requireId();
        try {
            // One engine command, one transaction: the case-record writes it makes commit with it.
            formService.submitTaskForm(taskId, FormValues.toVariables(values));
        } catch (RuntimeException failure) {
            // Losing a race surfaces in several ways (a stale version at commit, the process's executions
            // already gone mid-command). This attempt rolled back, so if the task is gone, someone else
            // completed it.
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new NotFoundException(WorkflowProblems.TASK_GONE, failure);
            }
            if (failure instanceof OptimisticLockingException) {
                throw new Refusal("Someone else changed this case at the same moment, so your answers were not saved. "
                        + "Please submit them again.");
            }
            throw failure;
        }
    }

    public Optional<CamundaForm> startFormOf(String processDefinitionId) {
        return taskForms.startFormOf(processDefinitionId);
    }

    /** Starts the process with its start form's values. */
    @Transactional
    public ProcessInstance start(String processDefinitionId, Map<String, Object> values) {
        currentUser.requireId();
        ProcessDefinition definition = repositoryService.getProcessDefinition(processDefinitionId);
        return formService.submitStartForm(definition.getId(), FormValues.toVariables(values));
    }
}
