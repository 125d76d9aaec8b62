package org.partnerflow.workflow;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;
import org.partnerflow.workflow.form.Answers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

/**
 * Who holds a task, changed by the signed-in person: claiming it, giving it back, handing it to a
 * colleague. The engine's guard decides whether each change is allowed; this says why in words.
 */
@Service
public class TaskAssignments {

    /** A colleague a task can be handed to. */
    public record Colleague(String id, String name) {
    }

    private final TaskService taskService;
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final AccessLog accessLog;

    TaskAssignments(TaskService taskService, IdentityService identityService, CurrentUser currentUser, RuntimeService runtimeService,
                    HistoryService historyService, Permissions permissions, ApplicationEventPublisher events, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.taskService = taskService;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.permissions = permissions;
        this.events = events;
    }

    /**
     * Claims the task for the signed-in person. When two people claim it at the same moment the
     * engine lets the first commit win; the other is told who has it, as after any later claim.
     */
    public void claim(String taskId) {
        String me = currentUser.requireId();
        try {
            taskService.claim(taskId, me);
        } catch (OptimisticLockingException race) {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                throw new NotFoundException(WorkflowProblems.TASK_GONE);
            }
            TaskAlreadyClaimedException claimed = new TaskAlreadyClaimedException(taskId, task.getAssignee());
            claimed.addSuppressed(race);
            throw claimed;
        }
    }

    /** Gives a claimed task back to its groups. Only its assignee may. */
    public void unclaim(String taskId) {
        requireAssignedToMe(taskId);
        taskService.setAssignee(taskId, null);
    }

    /** Hands a task the signed-in person holds (or could claim) to a colleague it is offered to. */
    public void handOver(String taskId, String colleagueId) {
        Task task = requireTask(taskId);
        String me = currentUser.requireId();
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw new AuthorizationException("Task '" + task.getName() + "' is claimed by " + task.getAssignee()
                    + "; only they can hand it over.");
        }
        if (colleagues(taskId).stream().noneMatch(c -> c.id().equals(colleagueId))) {
            throw new AuthorizationException("Task '" + task.getName() + "' is not offered to " + colleagueId
                    + ": choose a colleague from its groups.");
        }
        taskService.setAssignee(taskId, colleagueId);
    }

    /**
     * A manager gives a task to someone else, whoever holds it (an absent Lead Professional's review, a
     * leaver's work), with a reason: the engine's user operation log keeps who did it, with the reason
     * as its annotation, and the family writes it where its people read ({@link Reallocation}).
     *
     * @throws Refusal in words: no reason, nobody chosen, the task gone meanwhile, or a record of another council
     */
    @Transactional
    public void reallocate(String taskId, String newHolder, String reason) {
        String why = checkedReason(reason);
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new Refusal(WorkflowProblems.TASK_GONE);
        }
        String council = councilOf(task);
        if (!permissions.mayReallocate(council)) {
            accessLog.record(currentUser.requireId(), TaskInbox.RECORD_TYPE, AccessLog.fitted(taskId), "reallocate", false);
            throw new Refusal("Only a manager of the council this task's record belongs to can reallocate it.");
        }
        if (newHolder == null || reallocationCandidates(taskId).stream().noneMatch(c -> c.id().equals(newHolder))) {
            throw new Refusal("Choose someone of the record's council, or someone the task is offered to.");
        }
        if (newHolder.equals(task.getAssignee())) {
            throw new Refusal("The task is already theirs.");
        }
        String me = currentUser.requireId();
        Reallocation.APPROVED.set(Reallocation.approval(taskId, newHolder));
        try {
            taskService.setAssignee(taskId, newHolder);
        } catch (NullValueException | NotFoundException | OptimisticLockingException gone) {
            throw new Refusal(WorkflowProblems.TASK_GONE);
        } finally {
            Reallocation.APPROVED.remove();
        }
        historyService.createUserOperationLogQuery().taskId(taskId).userId(me).operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN)
                .orderByTimestamp().desc().listPage(0, 1)
                .forEach(entry -> historyService.setAnnotationForOperationLogById(entry.getOperationId(), why));
        events.publishEvent(new Reallocation(task.getProcessInstanceId(), task.getName(), task.getAssignee(), newHolder, me, why));
    }

    /**
     * Who a manager may give the task to: the people of the record's council (any council's people
     * for a record that belongs to none), and whoever it is offered to.
     */
    public List<Colleague> reallocationCandidates(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return List.of();
        }
        Map<String, Colleague> byId = new TreeMap<>();
        String council = councilOf(task);
        var people = council == null ? identityService.createUserQuery() : identityService.createUserQuery().memberOfGroup(council);
        people.listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS)
                .forEach(u -> byId.put(u.getId(), new Colleague(u.getId(), People.fullName(u))));
        colleaguesIncludingMe(taskId).forEach(c -> byId.putIfAbsent(c.id(), c));
        return byId.values().stream().sorted(java.util.Comparator.comparing(Colleague::name)).toList();
    }

    private static String checkedReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 2000) {
            throw new Refusal("Say why the task is reallocated (3 to 2,000 characters): it is kept with the change.");
        }
        if (org.partnerflow.workflow.form.FormValidator.hasUnstorableCharacters(why)) {
            throw new Refusal("The reason cannot contain control characters or text-direction overrides.");
        }
        return why;
    }

    /** An open task someone holds, as a manager sees it when handing over a leaver's work. */
    public record HeldTask(String id, String name, String subject, java.util.Date created, java.util.Date due) {
    }

    /** The open tasks the person holds that the signed-in manager may reallocate, oldest first. */
    public List<HeldTask> heldBy(String person) {
        if (person == null || person.isBlank()) {
            return List.of();
        }
        return taskService.createTaskQuery().taskAssignee(person).orderByTaskCreateTime().asc()
                .listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS).stream()
                .filter(t -> permissions.mayReallocate(councilOf(t)))
                .map(t -> new HeldTask(t.getId(), t.getName(), t.getDescription(), t.getCreateTime(), t.getDueDate()))
                .toList();
    }

    /**
     * Hands every open task the leaver holds (of the councils the signed-in manager oversees) to one
     * successor, with one reason, in one go: either all move or, if one cannot (the successor is not of
     * that task's council, a task went meanwhile), none does and the refusal names the task.
     *
     * @return how many tasks moved
     */
    @Transactional
    public int reallocateAll(String leaver, String successor, String reason) {
        checkedReason(reason);
        if (successor == null) {
            throw new Refusal("Choose who takes the work over.");
        }
        List<HeldTask> held = heldBy(leaver);
        if (held.isEmpty()) {
            throw new Refusal("They hold no open task that you can reallocate.");
        }
        for (HeldTask task : held) {
            try {
                reallocate(task.id(), successor, reason);
            } catch (Refusal refused) {
                throw new Refusal("Nothing was handed over: \u2018" + task.name() + "\u2019"
                        + (task.subject() == null ? "" : " (" + task.subject() + ")") + ": " + refused.getMessage());
            }
        }
        return held.size();
    }

    /** Whether the signed-in person may reallocate the task (a manager of its record's council). */
    public boolean mayReallocate(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        return task != null && permissions.mayReallocate(councilOf(task));
    }

    private String councilOf(Task task) {
        if (task.getProcessInstanceId() == null) {
            return null;
        }
        return Answers.read(RecordCouncil.class, runtimeService.getVariables(task.getProcessInstanceId(), Answers.names(RecordCouncil.class)))
                .authority();
    }

    private List<Colleague> colleaguesIncludingMe(String taskId) {
        List<String> groups = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId())
                .toList();
        Map<String, Colleague> byId = new TreeMap<>();
        for (String group : groups) {
            identityService.createUserQuery().memberOfGroup(group).listPage(0, 500)
                    .forEach(u -> byId.put(u.getId(), new Colleague(u.getId(), People.fullName(u))));
        }
        return List.copyOf(byId.values());
    }

    /** People in the task's candidate groups, other than the signed-in person. */
    public List<Colleague> colleagues(String taskId) {
        List<String> groups = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId())
                .toList();
        String me = currentUser.id().orElse("");
        Map<String, Colleague> byId = new TreeMap<>();
        for (String group : groups) {
            identityService.createUserQuery().memberOfGroup(group).listPage(0, 500).stream()
                    .filter(u -> !u.getId().equals(me))
                    .forEach(u -> byId.put(u.getId(), new Colleague(u.getId(), People.fullName(u))));
        }
        return List.copyOf(byId.values());
    }

    private Task requireTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException(WorkflowProblems.TASK_GONE);
        }
        return task;
    }

    private void requireAssignedToMe(String taskId) {
        Task task = requireTask(taskId);
        if (!currentUser.requireId().equals(task.getAssignee())) {
            throw new AuthorizationException("Task '" + task.getName() + "' is not claimed by you.");
        }
    }
}
