package org.partnerflow;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.partnerflow.testsupport.SpringTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the ui module's tests: one Spring context for all of them (the whole application on a
 * random port), and Karibu-Testing's mock Vaadin around it, signed in as a given person so secured
 * views behave as in the browser. The fixtures are {@link SpringTestBase}'s, as in app's tests.
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class KaribuSpringTest extends SpringTestBase {

    protected static final Routes ROUTES = withPackagePrivateViews(new Routes().autoDiscoverViews("org.partnerflow"));

    @Autowired
    protected ApplicationContext context;

    /**
     * Karibu finds public views only; Vaadin's Spring scan registers package-private ones too (a view
     * only its own package names, such as the notifications page), so the mock router gets them as well.
     */
    @SuppressWarnings("unchecked")
    private static Routes withPackagePrivateViews(Routes routes) {
        try (ScanResult scan = new ClassGraph().acceptPackages("org.partnerflow").enableClassInfo().enableAnnotationInfo()
                .ignoreClassVisibility().scan()) {
            for (Class<?> view : scan.getClassesWithAnnotation(Route.class.getName()).loadClasses()) {
                if (Component.class.isAssignableFrom(view)) {
                    routes.getRoutes().add((Class<? extends Component>) view);
                }
            }
        }
        return routes;
    }

    /** Signs the person in (Spring Security, the engine, the mock request) and opens a fresh UI. */
    protected void openUiAs(String userId) {
        people.signInAs(userId);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        actAsSignedIn((FakeRequest) VaadinServletRequest.getCurrent().getRequest());
    }

    /** Gives the mock request the principal and roles of the person signed in on this thread, as the servlet container would. */
    protected static void actAsSignedIn(FakeRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    protected void openUiAnonymously() {
        people.signOut();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }
}
