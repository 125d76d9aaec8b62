package org.partnerflow.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletContext;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Sign-in throttling, CSRF, the session timeout and the security headers, through the real filter chains. */
class SignInSecurityTest extends KaribuSpringTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    ServletContext servletContext;

    private MockMvc mvc;

    @BeforeEach
    void mockMvcThroughTheSecurityFilterChains() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    private MvcResult signIn(String user, String password) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password)).andReturn();
    }

    private static Object failure(MvcResult result) {
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static void advanceSeconds(long seconds) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000));
    }

    @Test
    void repeatedFailuresPauseSignInForAWhileThenItWorksAgain() throws Exception {
        String user = people.ensure("test-throttled-" + System.nanoTime() % 100000);
        ClockUtil.setCurrentTime(new Date());

        MvcResult wrong = signIn(user, "not-the-password");
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failure(wrong)).isInstanceOf(BadCredentialsException.class);
        MvcResult rightTooSoon = signIn(user, TestPeople.PASSWORD);
        assertThat(failure(rightTooSoon)).isInstanceOf(LockedException.class);
        assertThat(((LockedException) failure(rightTooSoon)).getMessage())
                .isEqualTo("Too many failed sign-ins with this user name. Sign-in is paused: try again in 3 seconds.");

        // Ten failures, each after the previous pause ended: 3, 6, 12, ... s, capped at 5 minutes.
        advanceSeconds(4);
        long pause = 3;
        for (int failures = 2; failures <= 10; failures++) {
            assertThat(failure(signIn(user, "not-the-password"))).isInstanceOf(BadCredentialsException.class);
            pause = Math.min(pause * 2, 300);
            advanceSeconds(pause - 1);
            assertThat(failure(signIn(user, TestPeople.PASSWORD))).as("after %d failures", failures).isInstanceOf(LockedException.class);
            advanceSeconds(2);
        }
        assertThat(pause).isEqualTo(300);
        // The pause always ends: the right password works, and clears the count.
        MvcResult right = signIn(user, TestPeople.PASSWORD);
        assertThat(failure(right)).isNull();
        assertThat(right.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(failure(signIn(user, "not-the-password"))).isInstanceOf(BadCredentialsException.class);
        advanceSeconds(4);
        assertThat(failure(signIn(user, TestPeople.PASSWORD))).isNull();
    }

    @Test
    void theSignInPageSaysWhenSignInIsPaused() {
        openUiAnonymously();
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("Too many failed sign-ins with this user name. Sign-in is paused: try again in 5 minutes."));

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        // The form's texts travel to the browser as its i18n property.
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Sign-in paused", "Sign-in is paused: try again in 5 minutes.");
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        String user = people.ensure(Role.PRACTITIONER);

        assertThat(mvc.perform(post("/login").header("Origin", "https://attacker.example")
                .param("username", user).param("password", TestPeople.PASSWORD)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        MvcResult sameSite = mvc.perform(post("/login").header("Origin", "http://localhost")
                .param("username", user).param("password", TestPeople.PASSWORD)).andReturn();
        assertThat(sameSite.getResponse().getStatus()).isEqualTo(302);
        assertThat(failure(sameSite)).isNull();
    }

    @Test
    void aSessionCookieAloneChangesNothing() throws Exception {
        MockHttpSession session = (MockHttpSession) signIn(people.ensure(Role.MANAGER), TestPeople.PASSWORD).getRequest().getSession(false);

        // Signing out is a POST that needs the CSRF token; without it the person stays signed in.
        assertThat(mvc.perform(post("/logout").session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
        // The engine's REST API never takes the session: HTTP Basic on every call.
        assertThat(mvc.perform(post("/engine-rest/task/any/claim").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(post("/logout").session(session).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    @Autowired
    DirectoryGroups directoryGroups;

    @Test
    void aSessionOpenedBeforeSomeoneIsMarkedAsLeftEndsAtTheirNextRequest() throws Exception {
        String leaver = people.ensure("test-leaver-" + System.nanoTime(), Role.PRACTITIONER);
        MockHttpSession session = (MockHttpSession) signIn(leaver, TestPeople.PASSWORD).getRequest().getSession(false);
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).as("signed in").isEqualTo(200);

        people.signIn(Role.ADMIN);
        directoryGroups.markLeft(leaver);
        people.signOut();
        // Looked up once in LeaversSignedOut.EVERY: as if that time had passed.
        session.removeAttribute(LeaversSignedOut.CHECKED_AT);

        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(session.isInvalid()).isTrue();
        assertThat(failure(signIn(leaver, TestPeople.PASSWORD))).as("and no new sign-in").isNotNull();
    }

    @Test
    void sessionsEndAfterThirtyMinutesIdle() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        MockHttpServletResponse plain = mvc.perform(get("/login")).andReturn().getResponse();
        MockHttpServletResponse secure = mvc.perform(get("/login").secure(true)).andReturn().getResponse();

        assertThat(plain.getHeader("Content-Security-Policy")).isEqualTo(ViewSecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'self'", "object-src 'none'");
        assertThat(plain.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(plain.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(plain.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(plain.getHeader("Permissions-Policy")).isEqualTo(ViewSecurityConfiguration.PERMISSIONS_POLICY);
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(secure.getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
    }
}
