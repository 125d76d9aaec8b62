package org.partnerflow.workflow;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.People;
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

    TaskAssignments(TaskService taskService, IdentityService identityService, CurrentUser currentUser) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.currentUser = currentUser;
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
