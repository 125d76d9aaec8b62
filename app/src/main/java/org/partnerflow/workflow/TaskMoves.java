package org.partnerflow.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * A process step moving its case's open tasks to someone else (a change of Named Person, say). The
 * move is the process's, not the signed-in person's: the task guard lets a person hand on only their
 * own tasks, so the moves run with nobody signed in to the engine, and the person is put back after.
 */
public final class TaskMoves {

    private TaskMoves() {
    }

    /** Every open task of the process held by {@code from} is held by {@code to}. */
    public static void reassign(DelegateExecution e, String from, String to) {
        if (from == null || from.equals(to)) {
            return;
        }
        TaskService tasks = e.getProcessEngineServices().getTaskService();
        asTheProcess(e, () -> tasks.createTaskQuery().processInstanceId(e.getProcessInstanceId()).taskAssignee(from)
                .listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS)
                .forEach(task -> tasks.setAssignee(task.getId(), to)));
    }

    /**
     * Every open task of the process offered to the group {@code from} is offered to {@code to} instead.
     *
     * @return the tasks moved (the engine tells no one of a new candidate group: the caller has {@link TaskNotices#offeredAnew})
     */
    public static List<Task> reoffer(DelegateExecution e, String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            return List.of();
        }
        TaskService tasks = e.getProcessEngineServices().getTaskService();
        List<Task> moved = new ArrayList<>();
        asTheProcess(e, () -> {
            for (Task task : tasks.createTaskQuery().processInstanceId(e.getProcessInstanceId()).taskCandidateGroup(from)
                    .includeAssignedTasks().listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS)) {
                tasks.deleteGroupIdentityLink(task.getId(), from, IdentityLinkType.CANDIDATE);
                tasks.addCandidateGroup(task.getId(), to);
                moved.add(task);
            }
        });
        return moved;
    }

    private static void asTheProcess(DelegateExecution e, Runnable move) {
        IdentityService identity = e.getProcessEngineServices().getIdentityService();
        Authentication signedIn = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            move.run();
        } finally {
            if (signedIn != null) {
                identity.setAuthentication(signedIn);
            }
        }
    }
}
