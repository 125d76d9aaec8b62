package org.partnerflow.workflow;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
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
 * submission commands, so {@link FormSubmissionGuard} validates them exactly as it validates REST
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
     * @throws org.camunda.bpm.engine.exception.NotFoundException when the task was completed meanwhile
     */
    @Transactional
    public void complete(String taskId, Map<String, Object> values) {
        currentUser.requireId();
        formService.submitTaskForm(taskId, FormValues.toVariables(values));
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
