package org.partnerflow.identity;

import com.vaadin.flow.component.html.Anchor;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. The form posts to Spring Security's /login, which checks the engine's identity service;
 * with single sign-on configured, a link starts the council account's sign-in
 * ({@value OidcSettings#SIGN_IN_PATH}). With password sign-in turned off the form is hidden, but for
 * the break-glass administrator at {@code /login?break-glass}, and where a directory (LDAP) is
 * configured, whose people sign in with the form and their directory password.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Partnerflow")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String BREAK_GLASS = "break-glass";

    private final LoginForm login = new LoginForm();
    private final Paragraph refused = new Paragraph();
    private final LocalSignIn localSignIn;
    private final boolean directory;

    public LoginView(ObjectProvider<ClientRegistrationRepository> councilRegistration, LocalSignIn localSignIn,
            ObjectProvider<LdapSignIn> ldap) {
        this.localSignIn = localSignIn;
        this.directory = ldap.getIfAvailable() != null;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        refused.setId("sign-in-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
        refused.setVisible(false);
        add(new H1("Partnerflow"),
                new Paragraph("Getting it right for every child, together."), refused);
        if (councilRegistration.getIfAvailable() != null) {
            // Relative, as Vaadin resolves it against the page: right under any context path.
            Anchor council = new Anchor(OidcSettings.SIGN_IN_PATH.substring(1), "Sign in with your council account");
            council.setId("sign-in-with-council-account");
            // A full page load: the provider's sign-in is another site, not a Vaadin route.
            council.setRouterIgnore(true);
            council.getElement().getThemeList().add("primary");
            council.getStyle().set("font-size", "var(--lumo-font-size-l)");
            add(council);
        }
        add(login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        login.setVisible(directory || localSignIn.enabled() || parameters.containsKey(BREAK_GLASS));
        LoginI18n i18n = LoginI18n.createDefault();
        // Spring Security keeps the last sign-in failure in the session: a pause after repeated failures
        // is said as such (with how long to wait), and a refusal with its reason, not as a wrong password.
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = failed && session != null ? session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
        String reason = reason(failure);
        if (failure instanceof LockedException paused) {
            i18n.getErrorMessage().setTitle("Sign-in paused");
            i18n.getErrorMessage().setMessage(paused.getMessage());
        } else if (reason != null) {
            i18n.getErrorMessage().setTitle("Sign-in refused");
            i18n.getErrorMessage().setMessage(reason);
        }
        refused.setText(reason == null ? "" : reason);
        refused.setVisible(reason != null && !(failure instanceof LockedException));
        login.setI18n(i18n);
        login.setError(failed && login.isVisible());
    }

    /** The words of a refusal meant for the person (no role, left, password sign-in off); null for a wrong password. */
    static String reason(Object failure) {
        if (failure instanceof SignInRefused refusal) {
            return refusal.getMessage();
        }
        if (failure instanceof OAuth2AuthenticationException oauth) {
            if (oauth.getCause() instanceof SignInRefused refusal) {
                return refusal.getMessage();
            }
            // The provider's own refusal (a cancelled sign-in, a disabled account): its code, not its text.
            return "Your council account could not sign you in (" + oauth.getError().getErrorCode() + "). Try again, or ask your administrator.";
        }
        return null;
    }
}
