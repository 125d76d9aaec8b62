package org.partnerflow.workflow;

import java.time.Clock;
import java.util.Date;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.People;
import org.partnerflow.notification.Notification;
import org.partnerflow.words.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ${remindAssignees}}: the service task behind a non-interrupting reminder timer on a user
 * task, in any process. There is no mail service, so the reminder is given where people work: the
 * task's follow-up date is set (the inbox shows "Reminder sent"), a comment records it on the task, and
 * whoever holds or is offered it is notified ({@link TaskNotices}).
 * Only the task the timer is attached to, in the same scope, is reminded: one agency's invitation,
 * not all of them.
 */
@Component("remindAssignees")
public class TaskReminders implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(TaskReminders.class);

    private final Clock clock;
    private final People people;
    private final TaskNotices notices;

    public TaskReminders(Clock clock, People people, TaskNotices notices) {
        this.clock = clock;
        this.people = people;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution e) {
        String remindedActivity = BoundaryTimers.firedBefore(e).getAttachedTo().getId();
        TaskService tasks = e.getProcessEngineServices().getTaskService();
        Set<String> scope = executionsUnder(((ExecutionEntity) e).getParent());
        Date now = Date.from(clock.instant());
        List<Task> reminded = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(e.getProcessInstanceId())
                .taskDefinitionKey(remindedActivity).listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS)) {
            if (scope != null && !scope.contains(task.getExecutionId())) {
                continue;
            }
            task.setFollowUpDate(now);
            tasks.saveTask(task);
            tasks.createComment(task.getId(), task.getProcessInstanceId(), "Reminder sent on "
                    + Words.date(now)
                    + (task.getDueDate() == null ? "" : "; due " + Words.date(task.getDueDate()))
                    + (task.getAssignee() == null ? " to the task's group" : " to " + people.displayName(task.getAssignee())));
            LOG.info("Reminder given on task {} ({}) of process {}", task.getId(), task.getName(), task.getProcessInstanceId());
            reminded.add(task);
        }
        notices.timerFired(reminded, Notification.Kind.TASK_REMINDER);
    }

    /**
     * The executions under the scope the timer fired in (e.g. one agency's invitation), read from the
     * engine's in-memory tree: the executions the timer just created are not in the database yet.
     */
    private static Set<String> executionsUnder(ExecutionEntity scope) {
        if (scope == null) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        Deque<ExecutionEntity> open = new ArrayDeque<>(List.of(scope));
        while (!open.isEmpty()) {
            ExecutionEntity execution = open.pop();
            if (ids.add(execution.getId())) {
                open.addAll(execution.getExecutions());
            }
        }
        return ids;
    }
}
