package org.partnerflow.workflow;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * What to tell a person when a workflow action is refused: one wording for every view. Returns
 * null for failures that are not the person's to fix (they are logged and reported as a server error).
 */
public final class WorkflowProblems {

    /** A task that is no longer there to claim or complete. */
    public static final String TASK_GONE = "This task is no longer open: someone else has just completed it, or the case moved on.";

    private WorkflowProblems() {
    }

    public static String explain(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof Refusal || t instanceof org.partnerflow.identity.DirectoryRefusal) {
                return t.getMessage();
            }
            if (t instanceof FormValidationException) {
                return "Some answers need correcting: see the marked fields.";
            }
            if (t instanceof TaskAlreadyClaimedException claimed) {
                return "Someone else has just claimed this task (" + claimed.getTaskAssignee() + ").";
            }
            if (t instanceof AuthorizationException || t instanceof NotFoundException || t instanceof NullValueException) {
                return t.getMessage().contains("does not exist") || t.getMessage().contains("Cannot find task")
                        ? TASK_GONE
                        : t.getMessage();
            }
            if (t instanceof OptimisticLockingException || t instanceof ObjectOptimisticLockingFailureException
                    || t instanceof org.partnerflow.workflow.StaleRecordException) {
                return t instanceof StaleRecordException ? t.getMessage()
                        : "Someone else changed this record while you were working on it. Reload to see their changes, then try again.";
            }
        }
        return null;
    }
}
