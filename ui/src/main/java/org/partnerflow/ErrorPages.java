package org.partnerflow;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.partnerflow.operations.LoggedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages people see when an address is wrong or opening a page failed: a plain message and the
 * way back, never Vaadin's development pages (which list every route) or a stack trace.
 */
final class ErrorPages {

    private ErrorPages() {
    }

    /** An address that is not a page of Partnerflow. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class NoSuchPage extends VerticalLayout implements HasErrorParameter<NotFoundException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            removeAll();
            H2 title = new H2("No such page");
            title.setId("error-title");
            add(title, new Paragraph("There is no page at this address. It may have been mistyped, or the link may be out of date."),
                    new Anchor("", "Go to your inbox"));
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** Opening a page failed unexpectedly: logged for the administrator, told plainly to the person. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class PageFailed extends VerticalLayout implements HasErrorParameter<Exception> {

        private static final Logger LOG = LoggerFactory.getLogger(PageFailed.class);

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
            // The path only names a page and a record's number; the exception's message may quote a child.
            LoggedFailure.log(LOG, "Opening " + event.getLocation().getPath() + " failed", parameter.getCaughtException());
            removeAll();
            H2 title = new H2("This page could not be opened");
            title.setId("error-title");
            add(title, new Paragraph("Something went wrong; the error has been logged. Please try again, or tell your administrator "
                    + "what you were opening."), new Anchor("", "Go to your inbox"));
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
    }
}
