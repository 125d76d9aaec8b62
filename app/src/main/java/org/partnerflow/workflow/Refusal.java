package org.partnerflow.workflow;

/**
 * A change the person asked for that cannot be made, with the reason in words meant for them (a
 * duplicate organisation, a missing note). Views show the message as it is; nothing was written.
 */
public class Refusal extends RuntimeException {

    public Refusal(String message) {
        super(message);
    }
}
