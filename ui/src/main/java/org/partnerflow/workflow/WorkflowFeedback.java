package org.partnerflow.workflow;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.partnerflow.workflow.form.CamundaFormView;
import org.partnerflow.workflow.form.FormValidationException;
import org.partnerflow.operations.LoggedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the workflow views tell people what happened: one wording, one look, never a stack trace. */
public final class WorkflowFeedback {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowFeedback.class);

    private WorkflowFeedback() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Explains a refused action. Form errors are marked on the form's fields; failures that are not
     * the person's to fix are logged and reported plainly.
     */
    public static void refused(RuntimeException problem, CamundaFormView form) {
        if (problem instanceof FormValidationException invalid && form != null) {
            form.showErrors(invalid.fieldErrors());
        }
        String message = WorkflowProblems.explain(problem);
        if (message == null) {
            LoggedFailure.log(LOG, "Workflow action failed", problem);
            message = "Something went wrong; the error has been logged. Please try again or tell your administrator.";
        }
        show(message, NotificationVariant.LUMO_ERROR);
    }

    private static void show(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
