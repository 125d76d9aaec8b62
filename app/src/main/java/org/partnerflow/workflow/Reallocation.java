package org.partnerflow.workflow;

/**
 * A task given to someone else by a manager, with the reason: what {@link TaskAssignments#reallocate}
 * publishes once the engine has made the change, so that the family whose record the task works on
 * writes it down where its people read (the referral's chronology). Published inside the change's
 * transaction: if writing it down fails, the change is undone too.
 */
public record Reallocation(String processInstanceId, String taskName, String from, String to, String by, String reason) {

    /**
     * The one change the engine's command check lets through on the policy's word for this thread:
     * the service checked the manager may reallocate before it asked the engine.
     */
    static final ThreadLocal<String> APPROVED = new ThreadLocal<>();

    static String approval(String taskId, String newHolder) {
        return taskId + "\n" + newHolder;
    }
}
