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
        Date created,
        String assignee,
        String assigneeName) {

    public boolean isOverdue(Date now) {
        return due != null && due.before(now);
    }

    public boolean isClaimed() {
        return assignee != null;
    }
}
