package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowApplication;
import org.partnerflow.testsupport.SpringTestBase;
import org.partnerflow.testsupport.TestIdentityProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on end to end over HTTP: a real OpenID Connect provider ({@link TestIdentityProvider}, Spring
 * Authorization Server on its own random port), Partnerflow's authorization-code flow, the provider's
 * sign-in form, and the engine's identity fed from the ID token. A context of its own (a provider
 * configured), with an engine name of its own, on the suite's database.
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "partnerflow.oidc.client-id=" + TestIdentityProvider.CLIENT_ID,
        "partnerflow.oidc.client-secret=" + TestIdentityProvider.CLIENT_SECRET})
@Import(CouncilAccountSignInTest.Failures.class)
class CouncilAccountSignInTest extends SpringTestBase {

    private static TestIdentityProvider provider;
    private static String issuer;

    /** The provider runs before Partnerflow starts: Partnerflow reads its discovery document at start-up. */
    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        provider = TestIdentityProvider.start(List.of());
        issuer = provider.issuer();
        registry.add("partnerflow.oidc.issuer-uri", () -> issuer);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.stop();
        }
    }

    /** The sign-in failures Spring Security keeps in the session for the login page, as they are stored. */
    @TestConfiguration
    static class Failures {
        static final List<Object> STORED = new CopyOnWriteArrayList<>();
        /** Who each Partnerflow session is signed in as, by session id. */
        static final java.util.Map<String, Authentication> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

        @Bean
        HttpSessionAttributeListener signInFailures() {
            return new HttpSessionAttributeListener() {
                @Override
                public void attributeAdded(HttpSessionBindingEvent event) {
                    keep(event);
                }

                @Override
                public void attributeReplaced(HttpSessionBindingEvent event) {
                    keep(event);
                }

                private void keep(HttpSessionBindingEvent event) {
                    Object value = event.getSession().getAttribute(event.getName());
                    if (WebAttributes.AUTHENTICATION_EXCEPTION.equals(event.getName())) {
                        STORED.add(value);
                    }
                    if (HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY.equals(event.getName())
                            && value instanceof SecurityContext signedIn) {
                        SESSIONS.put(event.getSession().getId(), signedIn.getAuthentication());
                    }
                }
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    DirectoryGroups directoryGroups;
    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identityService;
    @Autowired
    EngineIdentityAuthenticationProvider passwordSignIn;

    @BeforeEach
    void mapTheCouncilsGroups() {
        provider.partnerflowAt("http://localhost:" + port);
        people.signIn(Role.ADMIN);
        // The suite's database (PostgreSQL on CI) may hold these from an earlier run or another test.
        mapOnce("glasgow-practitioners", Role.PRACTITIONER.groupId());
        mapOnce("glasgow-named-persons", Role.NAMED_PERSON.groupId());
        people.signOut();
        Failures.STORED.clear();
    }

    private void mapOnce(String claimValue, String groupId) {
        if (directoryGroups.mappings().stream().noneMatch(m -> m.claimValue().equals(claimValue))) {
            directoryGroups.add(claimValue, groupId);
        }
    }

    /** The end of one browser's sign-in: the address it was sent to last (on Partnerflow, not opened), and its cookies. */
    record Outcome(HttpClient browser, CookieManager cookies, String lastLocation) {
    }

    /** Clicks "Sign in with your council account", signs in on the provider's form, and follows the redirects back. */
    private Outcome signInWithCouncilAccount(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        Hop page = follow(browser, get("http://localhost:" + port + OidcSettings.SIGN_IN_PATH));
        assertThat(page.where().toString()).as("on the provider's sign-in page").isEqualTo(issuer + "/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(page.response().body());
        assertThat(csrf.find()).as("the provider's form has its CSRF token").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(TestIdentityProvider.passwordOf(username)) + "&_csrf=" + enc(csrf.group(1));
        Hop end = follow(browser, HttpRequest.newBuilder(URI.create(issuer + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return new Outcome(browser, cookies, end.where().toString());
    }

    /** Where a browser ended up: the last address, and the last response it had. */
    record Hop(URI where, HttpResponse<String> response) {
    }

    /**
     * Follows redirects by hand across the two hosts, as a browser does, keeping each one's cookies;
     * stops before opening a Partnerflow page (only its sign-in endpoints are followed).
     */
    private Hop follow(HttpClient browser, HttpRequest first) throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(first, HttpResponse.BodyHandlers.ofString());
        URI where = first.uri();
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            where = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (where.getPort() == port && !where.getPath().startsWith("/oauth2/") && !where.getPath().startsWith("/login/oauth2/")) {
                return new Hop(where, response);
            }
            response = browser.send(get(where.toString()), HttpResponse.BodyHandlers.ofString());
        }
        return new Hop(where, response);
    }

    private static HttpRequest get(String uri) {
        // As a browser asks for a page: a request for JSON is not saved to return to after the provider's sign-in.
        return HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html,application/xhtml+xml").GET().build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Who the browser's Partnerflow session is signed in as (its session cookie's security context); null for no one. */
    private Authentication signedInAs(Outcome outcome) {
        return outcome.cookies().getCookieStore().get(URI.create("http://localhost:" + port + "/")).stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(c -> Failures.SESSIONS.get(c.getValue()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static List<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(a -> a.getAuthority()).toList();
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).listPage(0, 100).stream().map(g -> g.getId()).toList();
    }

    @Test
    void aCouncilAccountSignsInAndFeedsTheEngineThenAMoverLosesTheRoleAtTheNextSignIn() throws Exception {
        provider.addPerson("morven.lindsay", "Morven", "Lindsay", true, "glasgow-practitioners", "glasgow-named-persons",
                "finance-team");

        Outcome first = signInWithCouncilAccount("morven.lindsay");

        assertThat(first.lastLocation()).as("back on Partnerflow, signed in").isEqualTo("http://localhost:" + port + "/");
        assertThat(signedInAs(first)).as("the session's person").isNotNull().satisfies(auth -> {
            assertThat(auth.getName()).isEqualTo("morven.lindsay");
            assertThat(roles(auth)).as("authorities are the engine groups").containsExactlyInAnyOrder("ROLE_practitioner", "ROLE_named-person");
        });
        User user = identityService.createUserQuery().userId("morven.lindsay").singleResult();
        assertThat(user.getFirstName()).isEqualTo("Morven");
        assertThat(user.getLastName()).isEqualTo("Lindsay");
        assertThat(user.getEmail()).isEqualTo("morven.lindsay@council.example");
        assertThat(user.getPassword()).as("no password stored").isNull();
        assertThatThrownBy(() -> passwordSignIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("morven.lindsay", "")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(groupsOf("morven.lindsay")).containsExactlyInAnyOrder(Role.PRACTITIONER.groupId(), Role.NAMED_PERSON.groupId());

        // Moved in the directory: no longer a Named Person.
        provider.addPerson("morven.lindsay", "Morven", "Lindsay", true, "glasgow-practitioners");
        Outcome second = signInWithCouncilAccount("morven.lindsay");

        assertThat(roles(signedInAs(second))).containsExactly("ROLE_practitioner");
        assertThat(groupsOf("morven.lindsay")).containsExactly(Role.PRACTITIONER.groupId());
    }

    @Test
    void someoneWhoseGroupsMapToNothingIsRefusedWithTheReason() throws Exception {
        provider.addPerson("fraser.unmapped", "Fraser", "Bell", true, "finance-team");

        Outcome refused = signInWithCouncilAccount("fraser.unmapped");

        assertThat(refused.lastLocation()).isEqualTo("http://localhost:" + port + "/login?error");
        assertThat(signedInAs(refused)).isNull();
        assertThat(Failures.STORED).extracting(LoginView::reason)
                .contains("Your account has no Partnerflow role yet: ask your administrator to map one of your groups.");
        assertThat(identityService.createUserQuery().userId("fraser.unmapped").count()).isZero();
    }

    @Test
    void aDisabledAccountAtTheProviderCannotSignIn() throws Exception {
        provider.addPerson("ailsa.disabled", "Ailsa", "Grant", false, "glasgow-practitioners");

        Outcome refused = signInWithCouncilAccount("ailsa.disabled");

        assertThat(refused.lastLocation()).as("kept on the provider's sign-in page").isEqualTo(issuer + "/login?error");
        assertThat(signedInAs(refused)).isNull();
        assertThat(identityService.createUserQuery().userId("ailsa.disabled").count()).isZero();
    }

    @Test
    void theLoginPageOffersTheCouncilAccountBesideThePasswordForm() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.partnerflow.identity"), context, UI::new));
        try {
            UI.getCurrent().navigate(LoginView.class);
            Anchor council = _get(Anchor.class, s -> s.withId("sign-in-with-council-account"));
            assertThat(council.getHref()).isEqualTo("oauth2/authorization/council");
            assertThat(council.getText()).isEqualTo("Sign in with your council account");
            assertThat(council.getElement().hasAttribute("router-ignore")).as("a full page load to the provider").isTrue();
            assertThat(_get(LoginForm.class).isVisible()).as("password sign-in is on unless turned off").isTrue();
        } finally {
            MockVaadin.tearDown();
        }
    }
}
