package org.partnerflow.workflow;

import java.util.Date;

/** One row of a task inbox. */
public record InboxTask(
        String id,
        String name,
        String subject,
        String processName,
        String processDefinitionKey,
        Date due,
        Date followUp,
        Date created,
        String assignee,
        String assigneeName) {

    public boolean isOverdue(Date now) {
        return due != null && due.before(now);
    }

    /** A reminder was given (the follow-up date has come): the inbox says so. */
    public boolean isReminded(Date now) {
        return followUp != null && !followUp.after(now);
    }

    public boolean isClaimed() {
        return assignee != null;
    }
}
