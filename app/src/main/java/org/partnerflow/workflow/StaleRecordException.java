package org.partnerflow.workflow;

/**
 * A case record was changed by someone else since it was read: the update is refused rather than
 * overwriting their change.
 */
public class StaleRecordException extends RuntimeException {

    public StaleRecordException(String what, long expectedVersion, long actualVersion) {
        super("Someone else changed this " + what + " while you were working on it (version " + actualVersion
                + ", you had " + expectedVersion + "). Reload to see their changes, then try again.");
    }
}
