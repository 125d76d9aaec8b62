package org.partnerflow.workflow;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.Permissions;

/**
 * The permission half of {@link EngineCommandGuard}: whether the engine's user may do what a command
 * does to a task or a process. {@link Permissions} decides; this only says, in words, why not.
 */
final class PermissionCheck {

    private final Permissions permissions;

    PermissionCheck(Permissions permissions) {
        this.permissions = permissions;
    }

    /** A person may start only a process whose candidate starter groups include one of their groups. */
    void start(ProcessDefinition process, String person) {
        if (!permissions.mayStart(process, person)) {
            throw new AuthorizationException("Your roles do not allow you to start " + nameOf(process) + " (signed in as " + person + ").");
        }
    }

    /** Only the holder completes a claimed task; an unclaimed one only someone it is offered to. */
    void complete(Task task, String person) {
        if (!permissions.mayComplete(task, person)) {
            throw refusal(task, person, "complete it");
        }
    }

    /**
     * Claiming: only for oneself, and only a task offered to one ({@code task} is null if there is no
     * such task: the command itself reports it).
     */
    void claim(Task task, String claimant, String person) {
        if (!permissions.mayClaim(task, claimant, person)) {
            throw claimant.equals(person) ? refusal(task, person, "claim it")
                    : new AuthorizationException("You can claim a task only for yourself; hand it over instead.");
        }
    }

    /**
     * Changing who holds a task, who owns it or who it is offered to (hand over, give back, delegate,
     * candidates); {@code newHolder} is the person it goes to, or null if it goes to nobody.
     */
    void handOver(Task task, String newHolder, String person) {
        if (Reallocation.approval(task.getId(), newHolder).equals(Reallocation.APPROVED.get())) {
            return; // a manager's reallocation, which TaskAssignments checked with the policy just now
        }
        if (!permissions.mayHandOver(task, person)) {
            throw refusal(task, person, "hand it over or give it back");
        }
        if (newHolder != null && !permissions.mayBeHandedTo(task, newHolder, person)) {
            throw new AuthorizationException("Task '" + task.getName() + "' is not offered to " + newHolder
                    + ": choose a colleague from its groups.");
        }
    }

    /** Why the person may not act on the task: someone else holds it, or it is not offered to them. */
    private static AuthorizationException refusal(Task task, String person, String what) {
        return task.getAssignee() != null && !task.getAssignee().equals(person)
                ? new AuthorizationException("Task '" + task.getName() + "' is claimed by " + task.getAssignee() + "; only they can " + what + ".")
                : new AuthorizationException("Task '" + task.getName() + "' is not offered to " + person + ".");
    }

    static String nameOf(ProcessDefinition process) {
        return process.getName() != null ? process.getName() : process.getKey();
    }
}
