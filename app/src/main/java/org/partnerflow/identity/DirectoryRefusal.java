package org.partnerflow.identity;

/**
 * A change to the directory mapping or accounts that cannot be made, with the reason in words meant
 * for the administrator; nothing was written. Here rather than {@code workflow.Refusal}: identity sits
 * below workflow. The pages show its message as they show a {@code Refusal}'s.
 */
public class DirectoryRefusal extends RuntimeException {

    public DirectoryRefusal(String message) {
        super(message);
    }
}
