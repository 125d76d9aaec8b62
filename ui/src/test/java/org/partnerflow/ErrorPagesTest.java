package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.WorkflowFeedback;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Errors as people meet them: a failure on the server, an ended session. (A wrong address is checked
 * in the browser, ErrorsJourneyTest: the mock router sends unknown routes to sign-in.)
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest extends KaribuSpringTest {

    @Test
    void aServerFailureIsLoggedAndToldPlainly() {
        openUiAs(people.ensure(Role.PRACTITIONER));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("database unreachable at db:5432")));
        NotificationsKt.expectNotifications("Something went wrong; the error has been logged. Please try again or tell your administrator.");
    }

    /** Logs are read by more people than case records: a failure's message may quote a child, so it is never logged. */
    @Test
    void aServerFailureIsLoggedByItsClassNotItsMessage(CapturedOutput output) {
        openUiAs(people.ensure(Role.PRACTITIONER));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("No plan for Zebedee Quixote")));
        WorkflowFeedback.refused(new IllegalArgumentException("Quixote, born 12/04/2016"), null);

        assertThat(output.getAll()).contains("Unexpected error in the UI (java.lang.IllegalStateException, request ")
                .contains("Workflow action failed (java.lang.IllegalArgumentException, request ")
                .doesNotContain("Zebedee").doesNotContain("Quixote").doesNotContain("12/04/2016");
    }

    @Test
    void anEndedSessionIsExplainedInWords() {
        openUiAs(people.ensure(Role.PRACTITIONER));
        SystemMessages messages = VaadinService.getCurrent().getSystemMessages(Locale.UK, VaadinRequest.getCurrent());
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("Your session has ended");
        assertThat(messages.getSessionExpiredMessage()).startsWith("You were signed out after a while without activity.");
        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(messages.getInternalErrorMessage()).doesNotContain("Exception");
    }
}
