package org.partnerflow;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.partnerflow.operations.LoggedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A failure nobody expected is logged with its stack trace (its class, never its message: see
 * {@link LoggedFailure}) for the administrator and shown to the
 * person as a plain message: never a stack trace in the browser.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    /** What the browser says when the session has ended or the server failed, in words for the person. */
    static final CustomizedSystemMessages MESSAGES = new CustomizedSystemMessages();

    static {
        MESSAGES.setSessionExpiredCaption("Your session has ended");
        MESSAGES.setSessionExpiredMessage("You were signed out after a while without activity. Select this message to sign in "
                + "again; answers not yet saved were not kept.");
        MESSAGES.setSessionExpiredNotificationEnabled(true);
        MESSAGES.setInternalErrorCaption("Something went wrong");
        MESSAGES.setInternalErrorMessage("The error has been logged. Select this message to reload the page and try again.");
        MESSAGES.setCookiesDisabledCaption("Cookies are needed");
        MESSAGES.setCookiesDisabledMessage("Partnerflow keeps you signed in with a cookie. Allow cookies for this site, then reload.");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> MESSAGES);
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            LoggedFailure.log(LOG, "Unexpected error in the UI", error.getThrowable());
            if (UI.getCurrent() != null) {
                UI.getCurrent().access(() -> {
                    Notification notification = Notification.show(
                            "Something went wrong; the error has been logged. Please try again or tell your administrator.",
                            8000, Notification.Position.TOP_CENTER);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }));
    }
}
