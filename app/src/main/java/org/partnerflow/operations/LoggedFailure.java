package org.partnerflow.operations;

import org.slf4j.Logger;

/**
 * Logs an unexpected failure for the administrator without its message: an exception's message can
 * quote what was typed or stored (a child's name, a date of birth, an address), and logs are read by
 * more people, and kept longer, than case records. What is logged is what happened (the caller's
 * words), the request id a person can quote, and the stack trace with each exception's class but
 * not its message.
 */
public final class LoggedFailure {

    private LoggedFailure() {
    }

    /** Logs {@code failure} at error level as "{what} ({exception class}, request {id})" with its message-free trace. */
    public static void log(Logger log, String what, Throwable failure) {
        log.error("{} ({}, request {})", what, failure.getClass().getName(), RequestLogContext.requestId().orElse("none"),
                withoutMessages(failure));
    }

    /**
     * The same trace with no message anywhere in it: each exception of the cause chain becomes one
     * that says only its original class.
     */
    static Throwable withoutMessages(Throwable failure) {
        return withoutMessages(failure, 0);
    }

    private static Throwable withoutMessages(Throwable failure, int depth) {
        Throwable cause = failure.getCause();
        // A cause chain is short; a cycle or a freak depth is cut rather than followed.
        Trace trace = new Trace(failure.getClass().getName(), cause == null || cause == failure || depth > 20 ? null : withoutMessages(cause, depth + 1));
        trace.setStackTrace(failure.getStackTrace());
        return trace;
    }

    /** An exception standing for another, by its class name: its message is that name and nothing else. */
    static final class Trace extends RuntimeException {

        Trace(String originalClass, Throwable cause) {
            super(originalClass, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
