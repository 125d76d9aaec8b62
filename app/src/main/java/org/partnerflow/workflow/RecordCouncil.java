package org.partnerflow.workflow;

/**
 * The council a process's record belongs to, as the process holds it (variable {@code authority}):
 * set by a family whose records belong to councils (the referral), null for the others. Whose managers
 * may reallocate the process's tasks.
 */
public record RecordCouncil(String authority) {
}
