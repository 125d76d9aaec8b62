package org.partnerflow.referral;

/** The person is not on this child's case: they see no data, and the refusal is logged. */
public class NoAccessException extends RuntimeException {

    public NoAccessException() {
        super("You do not have access to this child's record. Only the people on the case and managers can open it.");
    }
}
