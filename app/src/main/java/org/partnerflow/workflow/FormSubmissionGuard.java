package org.partnerflow.workflow;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.workflow.form.CamundaForm;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.partnerflow.workflow.form.FormValidator;
import org.partnerflow.workflow.form.FormValues;

/**
 * The engine-side gate every task completion and form-backed process start passes through, whichever
 * door it came in by: the Vaadin UI, {@code /engine-rest} ({@code /task/{id}/complete},
 * {@code /task/{id}/submit-form}, {@code /process-definition/{id}/submit-form}) or Camunda Tasklist.
 *
 * <p>It runs inside the command's transaction, before the command: a refused submission throws and
 * nothing is written. It checks that the signed-in user may complete the task (its assignee, or a
 * candidate if unclaimed) or start the process (one of its candidate starter groups), and that the
 * values satisfy the task's or the start event's Camunda Form; the whole numbers of a valid submission
 * are stored as Longs, as the case records read them. Claims, and every change of a task's
 * assignee, owner, delegate or candidates, pass the same check, so nobody takes a task that is not
 * offered to them or takes one from the person holding it.
 *
 * <p>The engine keeps a command's arguments in protected fields with no getters; they are read by
 * reflection here, in this one place. {@code FormSubmissionGuardTest} fails if an engine upgrade
 * renames them.
 */
public class FormSubmissionGuard extends CommandInterceptor {

    private final TaskForms taskForms;

    public FormSubmissionGuard(TaskForms taskForms) {
        this.taskForms = taskForms;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd) {
            store(command, "variables", checkTaskSubmission(field(command, "taskId"), field(command, "variables")));
        } else if (command instanceof SubmitTaskFormCmd) {
            store(command, "properties", checkTaskSubmission(field(command, "taskId"), field(command, "properties")));
        } else if (command instanceof SubmitStartFormCmd) {
            store(command, "variables", checkStart(field(command, "processDefinitionId"), null, field(command, "businessKey"),
                    field(command, "variables"), true));
        } else if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl start = field(command, "instantiationBuilder");
            checkStart(start.getProcessDefinitionId(), start.getProcessDefinitionKey(), start.getBusinessKey(), start.getVariables(), false);
        } else if (command instanceof ClaimTaskCmd) {
            checkClaim(field(command, "taskId"), field(command, "userId"));
        } else if (command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd) {
            // Assignee, owner and candidates (AssignTaskCmd and SetTaskOwnerCmd are identity-link commands).
            String type = field(command, "type");
            String userId = field(command, "userId");
            boolean adds = command instanceof AbstractAddIdentityLinkCmd;
            checkHandOn(field(command, "taskId"), adds && !IdentityLinkType.CANDIDATE.equals(type) ? userId : null);
        } else if (command instanceof DelegateTaskCmd) {
            checkHandOn(field(command, "taskId"), field(command, "userId"));
        } else if (command instanceof SaveTaskCmd) {
            checkSavedTask(field(command, "task"));
        }
        return next.execute(command);
    }

    /**
     * Claiming: only for oneself, and only a task offered to one. A claim for nobody is the engine's
     * unclaim, so it is a giving back: only the assignee may (REST and Tasklist included).
     */
    private void checkClaim(String taskId, String claimant) {
        ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
        Authentication user = engine.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            return;
        }
        if (claimant == null) {
            checkHandOn(taskId, null);
            return;
        }
        if (!claimant.equals(user.getUserId())) {
            throw new AuthorizationException("You can claim a task only for yourself; hand it over instead.");
        }
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task != null && task.getAssignee() == null) {
            requireOffered(engine, task, user);
        }
    }

    /**
     * Changing who holds a task, who owns it or who it is offered to (hand over, give back, delegate,
     * candidates): only its assignee, or while nobody holds it someone it is offered to; and a new
     * holder must be someone the task is offered to. Engine-internal calls (no user) pass.
     */
    private static void checkHandOn(String taskId, String newHolder) {
        ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
        Authentication user = engine.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            return;
        }
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return; // the command itself reports the unknown task
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getUserId())) {
            throw new AuthorizationException("Task '" + task.getName() + "' is claimed by " + task.getAssignee()
                    + "; only they can hand it over or give it back.");
        }
        if (task.getAssignee() == null) {
            requireOffered(engine, task, user);
        }
        if (newHolder != null && !newHolder.equals(user.getUserId()) && !isOffered(engine.getTaskService(), taskId, newHolder)) {
            throw new AuthorizationException("Task '" + task.getName() + "' is not offered to " + newHolder
                    + ": choose a colleague from its groups.");
        }
    }

    /** Saving a changed task (REST {@code PUT /task/{id}}) can change its assignee or owner: the same rule. */
    private static void checkSavedTask(Task changed) {
        if (changed == null || changed.getId() == null) {
            return;
        }
        Task stored = Context.getProcessEngineConfiguration().getTaskService().createTaskQuery().taskId(changed.getId()).singleResult();
        if (stored == null) {
            return; // a new task
        }
        if (!Objects.equals(stored.getAssignee(), changed.getAssignee())) {
            checkHandOn(changed.getId(), changed.getAssignee());
        }
        if (!Objects.equals(stored.getOwner(), changed.getOwner())) {
            checkHandOn(changed.getId(), changed.getOwner());
        }
    }

    /**
     * Puts the validated values that the form says are whole back as Longs (see {@link FormValues#wholeNumbers}),
     * so the engine keeps the number the case record keeps. A caller's map that cannot change is replaced.
     */
    static void store(Command<?> command, String name, Map<String, Object> wholeNumbers) {
        if (wholeNumbers.isEmpty()) {
            return;
        }
        Map<String, Object> submitted = field(command, name);
        try {
            submitted.putAll(wholeNumbers);
        } catch (UnsupportedOperationException e) {
            Map<String, Object> copy = new java.util.HashMap<>(submitted);
            copy.putAll(wholeNumbers);
            setField(command, name, copy);
        }
    }

    /** @return the submission's whole numbers to store as Longs (empty if there is no form) */
    private Map<String, Object> checkTaskSubmission(String taskId, Map<String, Object> submitted) {
        ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new NotFoundException("Task " + taskId + " does not exist: someone may have completed it already.");
        }
        checkMayComplete(engine, task);
        CamundaForm form = taskForms.formOf(task).orElse(null);
        if (form == null) {
            return Map.of();
        }
        Map<String, Object> current = FormValues.plain(engine.getTaskService().getVariables(taskId));
        Map<String, Object> values = FormValues.plain(submitted);
        reject(form, FormValidator.validate(form, values, current));
        return FormValues.wholeNumbers(form, values);
    }

    /**
     * A person may start only a process whose {@code candidateStarterGroups} include one of their groups,
     * and a process with a start form only through that form, so nobody skips the form's checks by
     * choosing a plain start (REST {@code /start}) instead. Engine-internal starts pass.
     */
    private Map<String, Object> checkStart(String processDefinitionId, String processDefinitionKey, String businessKey,
                                           Map<String, Object> submitted, boolean throughItsForm) {
        ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
        Authentication user = engine.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            return Map.of();
        }
        ProcessDefinitionQuery definitions = engine.getRepositoryService().createProcessDefinitionQuery();
        ProcessDefinition definition = (processDefinitionId != null
                ? definitions.processDefinitionId(processDefinitionId)
                : definitions.processDefinitionKey(processDefinitionKey).latestVersion()).singleResult();
        if (definition == null) {
            return Map.of(); // the command itself reports the unknown process
        }
        boolean starter = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionId(definition.getId())
                .startableByUser(user.getUserId()).count() > 0;
        if (!starter) {
            throw new AuthorizationException("Your roles do not allow you to start "
                    + (definition.getName() != null ? definition.getName() : definition.getKey()) + " (signed in as " + user.getUserId() + ").");
        }
        CamundaForm form = taskForms.startFormOf(definition.getId()).orElse(null);
        if (form == null) {
            return Map.of();
        }
        if (!throughItsForm) {
            throw new AuthorizationException("'" + (definition.getName() != null ? definition.getName() : definition.getKey())
                    + "' is started through its start form (submit-form), so that the form's rules apply.");
        }
        checkBusinessKey(businessKey);
        Map<String, Object> values = FormValues.plain(submitted);
        reject(form, FormValidator.validate(form, values, Map.of()));
        return FormValues.wholeNumbers(form, values);
    }

    /** The engine stores a business key in 255 characters; a longer one is the caller's mistake, refused before anything is written. */
    static final int BUSINESS_KEY_MAX = 255;

    /** Refused as a form value is, so that every door answers it as one (REST: 400). */
    private static void checkBusinessKey(String businessKey) {
        if (businessKey != null && businessKey.length() > BUSINESS_KEY_MAX) {
            throw new FormFieldValidationException("businessKey", "The business key must be at most " + BUSINESS_KEY_MAX + " characters; this one has "
                    + businessKey.length() + ".");
        }
    }

    private static void reject(CamundaForm form, FieldErrors errors) {
        if (!errors.isEmpty()) {
            throw new FormValidationException(form.id(), errors);
        }
    }

    /** Only the assignee completes a claimed task; an unclaimed one only a candidate. Engine-internal calls (no user) pass. */
    private static void checkMayComplete(ProcessEngineConfigurationImpl engine, Task task) {
        Authentication user = engine.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            return;
        }
        String userId = user.getUserId();
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(userId)) {
                throw new AuthorizationException("Task '" + task.getName() + "' is claimed by " + task.getAssignee()
                        + "; only they can complete it.");
            }
            return;
        }
        requireOffered(engine, task, user);
    }

    private static void requireOffered(ProcessEngineConfigurationImpl engine, Task task, Authentication user) {
        if (!isOffered(engine.getTaskService(), task.getId(), user.getUserId())) {
            throw new AuthorizationException("Task '" + task.getName() + "' is not offered to " + user.getUserId() + ".");
        }
    }

    /** Whether the task is offered to the person: they are a candidate user, or in a candidate group, whoever holds it now. */
    public static boolean isOffered(TaskService tasks, String taskId, String userId) {
        return tasks.createTaskQuery().taskId(taskId).taskCandidateUser(userId).includeAssignedTasks().count() > 0;
    }

    /**
     * Whether the person has a part in the task: they hold it or it is offered to them. Only such a
     * person learns that the task exists and who holds it. Both queries run whatever the first finds,
     * so the answer for a task that exists takes as long as for one that does not.
     */
    public static boolean hasAPart(TaskService tasks, String taskId, String userId) {
        boolean holds = tasks.createTaskQuery().taskId(taskId).taskAssignee(userId).count() > 0;
        boolean offered = isOffered(tasks, taskId, userId);
        return holds | offered;
    }

    @SuppressWarnings("unchecked")
    static <V> V field(Object command, String name) {
        try {
            Field f = declaredField(command.getClass(), name);
            f.setAccessible(true);
            return (V) f.get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Engine command " + command.getClass().getName()
                    + " no longer has field '" + name + "': update FormSubmissionGuard for this engine version", e);
        }
    }

    private static void setField(Object command, String name, Object value) {
        try {
            Field f = declaredField(command.getClass(), name);
            f.setAccessible(true);
            f.set(command, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Engine command " + command.getClass().getName()
                    + " no longer has field '" + name + "': update FormSubmissionGuard for this engine version", e);
        }
    }

    private static Field declaredField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass: AssignTaskCmd keeps its task id in AbstractSetTaskPropertyCmd
            }
        }
        throw new NoSuchFieldException(name);
    }

    static void install(ProcessEngineConfigurationImpl configuration, FormSubmissionGuard guard) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired();
        if (interceptors == null) {
            interceptors = new java.util.ArrayList<>();
            configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
        }
        interceptors.add(guard);
    }
}
