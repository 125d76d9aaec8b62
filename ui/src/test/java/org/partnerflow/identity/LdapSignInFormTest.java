package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowApplication;
import org.partnerflow.testsupport.SpringTestBase;
import org.partnerflow.testsupport.TestDirectory;
import org.partnerflow.testsupport.TestPeople;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sign-in form with a council directory configured (UnboundID in-memory, app's
 * council-directory.ldif), through the real filter chain: the directory's password signs a person in
 * with their mapped roles, a wrong one and a disabled account do not, and the break-glass
 * administrator's engine password still works behind it (password sign-in otherwise off).
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "partnerflow.ldap.user-dn-pattern=uid={0},ou=people",
        // Engine passwords for the break-glass administrator only, as a council with a directory sets it.
        "partnerflow.local-sign-in.enabled=false",
        "partnerflow.local-sign-in.break-glass-user=test-admin"})
class LdapSignInFormTest extends SpringTestBase {

    private static final TestDirectory DIRECTORY = TestDirectory.start("/ldap/council-directory.ldif");

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) {
        properties.add("partnerflow.ldap.url", DIRECTORY::url);
    }

    @AfterAll
    static void stopDirectory() {
        DIRECTORY.stop();
    }

    @Autowired
    WebApplicationContext web;
    @Autowired
    DirectoryGroupMappings mappings;
    @Autowired
    DirectoryAccounts accounts;
    @Autowired
    IdentityService identityService;

    private MockMvc mvc;

    @BeforeEach
    void throughTheFilterChains() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        people.ensure(Role.ADMIN); // the groups exist
        mappings.save(new DirectoryGroupMapping("social-work", Role.PRACTITIONER.groupId(), "test", Instant.now()));
    }

    @AfterEach
    void forget() {
        mappings.findAll().stream().filter(m -> m.getCreatedBy().equals("test")).forEach(mappings::delete);
        accounts.findAll().stream().filter(a -> a.getUserId().startsWith("ldap-")).forEach(accounts::delete);
        identityService.createUserQuery().list().stream().filter(u -> u.getId().startsWith("ldap-"))
                .forEach(u -> identityService.deleteUser(u.getId()));
    }

    private MvcResult signIn(String user, String password) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password)).andReturn();
    }

    private static Object failure(MvcResult result) {
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static SecurityContext signedIn(MvcResult result) {
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        return session == null ? null
                : (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    @Test
    void theDirectoryPasswordSignsInWithTheMappedRole() throws Exception {
        MvcResult result = signIn("ldap-brodie", "brodie-directory-password");

        assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo("/login?error");
        assertThat(signedIn(result)).isNotNull();
        assertThat(signedIn(result).getAuthentication().getName()).isEqualTo("ldap-brodie");
        assertThat(signedIn(result).getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly(Role.PRACTITIONER.authority());
    }

    @Test
    void aWrongPasswordAndADisabledAccountAreRefused() throws Exception {
        MvcResult wrong = signIn("ldap-brodie", "not-his-password");
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        // A wrong password, not "password sign-in is turned off": the engine's passwords are not asked a second time.
        assertThat(failure(wrong)).isInstanceOf(BadCredentialsException.class);

        MvcResult disabled = signIn("ldap-callum", "callum-directory-password");
        assertThat(disabled.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failure(disabled)).isInstanceOf(SignInRefused.class);
        assertThat(((SignInRefused) failure(disabled)).getMessage()).isEqualTo(LdapSignIn.DISABLED);
    }

    @Test
    void theBreakGlassEnginePasswordStillSignsInBehindTheDirectoryAndNoOtherDoes() throws Exception {
        String admin = people.ensure(Role.ADMIN);
        String manager = people.ensure(Role.MANAGER);

        MvcResult result = signIn(admin, TestPeople.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo("/login?error");
        assertThat(signedIn(result).getAuthentication().getName()).isEqualTo(admin);
        assertThat(signIn(manager, TestPeople.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }
}
