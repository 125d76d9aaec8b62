package org.partnerflow.identity;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in. The form posts to Spring Security's /login, which checks the engine's identity service. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Partnerflow")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Partnerflow"),
                new Paragraph("Getting it right for every child, together."),
                login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        LoginI18n i18n = LoginI18n.createDefault();
        // Spring Security keeps the last sign-in failure in the session: a pause after repeated failures
        // is said as such (with how long to wait), not as a wrong password.
        VaadinSession session = VaadinSession.getCurrent();
        if (failed && session != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException paused) {
            i18n.getErrorMessage().setTitle("Sign-in paused");
            i18n.getErrorMessage().setMessage(paused.getMessage());
        }
        login.setI18n(i18n);
        login.setError(failed);
    }
}
