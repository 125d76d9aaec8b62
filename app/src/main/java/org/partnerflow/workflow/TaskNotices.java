package org.partnerflow.workflow;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.People;
import org.partnerflow.notification.Notification;
import org.partnerflow.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of work from the engine's task events, for every process: a task assigned tells its
 * assignee, a task offered unassigned tells each member of its candidate groups (and its candidate
 * users), a reminder or overdue timer tells whoever holds or is offered the task. Never the person
 * whose act caused it. What is said is the family's ({@link ProcessFamily#noticeOf}, its
 * {@link ProcessFamily#reference}), never the task's name, which may name a child.
 *
 * <p>The Spring Boot starter publishes every task event as a Spring event in the engine command
 * ({@code camunda.bpm.eventing.task}, on by default), after the model's own listeners, so candidates
 * the model's listeners add are there; the notification is written in the same transaction as the task.
 * At creation the engine fires "create" then, if the task has an assignee, "assignment": so an
 * assigned task is told on "assignment" only.
 */
@Component
public class TaskNotices {

    private static final Logger LOG = LoggerFactory.getLogger(TaskNotices.class);

    private final ProcessFamilies families;
    private final Notifications notifications;
    private final People people;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final IdentityService identity;

    TaskNotices(ProcessFamilies families, Notifications notifications, People people, @Lazy RepositoryService repository,
                @Lazy TaskService tasks, @Lazy IdentityService identity) {
        this.families = families;
        this.notifications = notifications;
        this.people = people;
        this.repository = repository;
        this.tasks = tasks;
        this.identity = identity;
    }

    @EventListener
    void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
        if (TaskListener.EVENTNAME_CREATE.equals(event) && task.getAssignee() == null) {
            Set<String> offered = offeredTo(task.getCandidates());
            tell(task.getProcessDefinitionId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getId(), offered,
                    Notification.Kind.TASK_OFFERED);
        } else if (TaskListener.EVENTNAME_ASSIGNMENT.equals(event) && task.getAssignee() != null) {
            tell(task.getProcessDefinitionId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getId(),
                    List.of(task.getAssignee()), Notification.Kind.TASK_ASSIGNED);
        }
    }

    /**
     * Tells the members of the group each task is now offered to (a move: the engine fires no task
     * event for a new candidate group); a task someone holds is theirs and tells no one.
     */
    public void offeredAnew(Collection<Task> moved, String group) {
        for (Task task : moved) {
            if (task.getAssignee() == null) {
                Set<String> members = new LinkedHashSet<>();
                people.members(group).forEach(p -> members.add(p.id()));
                tell(task.getProcessDefinitionId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getId(), members,
                        Notification.Kind.TASK_OFFERED);
            }
        }
    }

    /**
     * Tells whoever holds each task (its assignee, else everyone it is offered to) that a timer on it
     * fired: a reminder, or its timescale missed.
     */
    public void timerFired(Collection<Task> fired, Notification.Kind kind) {
        for (Task task : fired) {
            Collection<String> holders = task.getAssignee() != null ? List.of(task.getAssignee())
                    : offeredTo(tasks.getIdentityLinksForTask(task.getId()));
            send(task.getProcessDefinitionId(), task.getProcessInstanceId(), task.getId(), holders, kind, null);
        }
    }

    /** {@link #timerFired} for the tasks at the activity the timer before this service task hangs on, in its process. */
    public void timerFired(DelegateExecution e, Notification.Kind kind) {
        String activity = BoundaryTimers.firedBefore(e).getAttachedTo().getId();
        timerFired(e.getProcessEngineServices().getTaskService().createTaskQuery().processInstanceId(e.getProcessInstanceId())
                .taskDefinitionKey(activity).listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS), kind);
    }

    private void tell(String definitionId, String instanceId, String taskKey, String taskId, Collection<String> recipients,
                      Notification.Kind plainly) {
        if (recipients.isEmpty()) {
            return;
        }
        Notification.Kind kind = family(definitionId).flatMap(f -> f.noticeOf(taskKey)).orElse(plainly);
        send(definitionId, instanceId, taskId, recipients, kind, actor());
    }

    private void send(String definitionId, String instanceId, String taskId, Collection<String> recipients, Notification.Kind kind,
                      String actor) {
        if (recipients.isEmpty()) {
            return;
        }
        Optional<String> reference = family(definitionId).flatMap(f -> f.reference(instanceId));
        if (reference.isEmpty()) {
            // A process no family knows (none in use), or one whose record is not written yet: nothing to name it by.
            LOG.debug("No notification for task {}: its process {} has no reference", taskId, instanceId);
            return;
        }
        notifications.tell(recipients, kind, reference.get(), "tasks/" + taskId, actor);
    }

    /** The people a task is offered to: its candidate users and every member of its candidate groups. */
    private Set<String> offeredTo(Collection<? extends IdentityLink> links) {
        Set<String> people = new LinkedHashSet<>();
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                people.add(link.getUserId());
            }
            if (link.getGroupId() != null) {
                this.people.members(link.getGroupId()).forEach(p -> people.add(p.id()));
            }
        }
        return people;
    }

    private Optional<ProcessFamily> family(String definitionId) {
        return definitionId == null ? Optional.empty()
                : families.byKey(repository.getProcessDefinition(definitionId).getKey());
    }

    /** Who the engine was told is acting (the signed-in person; none for a timer or the job executor). */
    private String actor() {
        Authentication current = identity.getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }
}
