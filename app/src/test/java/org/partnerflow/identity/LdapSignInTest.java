package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.AppTestApplication;
import org.partnerflow.testsupport.SpringTestBase;
import org.partnerflow.testsupport.TestDirectory;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in with the council directory's password (UnboundID in-memory, from council-directory.ldif):
 * the directory's groups map to roles through the one mapping table, a person moved out of a group
 * loses its role at their next sign-in, a wrong password, an unknown name and a disabled account are
 * refused, and an engine password (break-glass) still works behind the directory, as on the sign-in
 * form's chain (the directory's provider, the engine's as its parent).
 */
@SpringBootTest(classes = AppTestApplication.class, properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "partnerflow.ldap.group-search-base=ou=groups",
        // As a council signing in through its directory sets it: engine passwords for the break-glass administrator only.
        "partnerflow.local-sign-in.enabled=false",
        "partnerflow.local-sign-in.break-glass-user=test-admin"})
class LdapSignInTest extends SpringTestBase {

    private static final TestDirectory DIRECTORY = TestDirectory.start("/ldap/council-directory.ldif");
    private static final String PEOPLE = ",ou=people," + TestDirectory.BASE;
    private static final String SOCIAL_WORK = "cn=social-work,ou=groups," + TestDirectory.BASE;
    private static final String CHILD_PROTECTION_TEAM = "cn=child-protection-team,ou=groups," + TestDirectory.BASE;

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) {
        properties.add("partnerflow.ldap.url", DIRECTORY::url);
    }

    @AfterAll
    static void stopDirectory() {
        DIRECTORY.stop();
    }

    @Autowired
    LdapSignIn ldapSignIn;
    @Autowired
    EngineIdentityAuthenticationProvider engineSignIn;
    @Autowired
    DirectorySignIn directorySignIn;
    @Autowired
    DirectoryGroupMappings mappings;
    @Autowired
    DirectoryAccounts accounts;
    @Autowired
    IdentityService identityService;
    @Autowired
    People groups;

    @Autowired
    LocalSignIn localSignIn;

    /** As the sign-in form's chain does. */
    private Authentication signIn(String name, String password) {
        return ldapSignIn.signInForm().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }

    private static List<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    @BeforeEach
    void mapTheCouncilsGroups() {
        groups.ensureGroups();
        // A CN and a DN: an administrator may map either.
        map("social-work", Role.PRACTITIONER);
        map(CHILD_PROTECTION_TEAM, Role.CHILD_PROTECTION);
        map("partnership-leads", Role.PARTNERSHIP_LEAD);
    }

    private void map(String claim, Role role) {
        mappings.save(new DirectoryGroupMapping(claim, role.groupId(), "test", Instant.now()));
    }

    @AfterEach
    void forgetThem() {
        mappings.findAll().stream().filter(m -> m.getCreatedBy().equals("test")).forEach(mappings::delete);
        accounts.findAll().stream().filter(a -> a.getUserId().startsWith("ldap-")).forEach(accounts::delete);
        identityService.createUserQuery().list().stream().filter(u -> u.getId().startsWith("ldap-"))
                .forEach(u -> identityService.deleteUser(u.getId()));
    }

    @Test
    void theDirectorysGroupsAreTheRolesAndItsNamesTheUsers() {
        Authentication aileen = signIn("ldap-aileen", "aileen-directory-password");

        assertThat(aileen.getName()).isEqualTo("ldap-aileen");
        assertThat(roles(aileen)).containsExactlyInAnyOrder(Role.PRACTITIONER.authority(), Role.CHILD_PROTECTION.authority());
        User user = identityService.createUserQuery().userId("ldap-aileen").singleResult();
        assertThat(user.getFirstName()).isEqualTo("Aileen");
        assertThat(user.getLastName()).isEqualTo("Moffat");
        assertThat(user.getEmail()).isEqualTo("aileen.moffat@council.test");
        assertThat(user.getPassword()).as("the directory's password is not stored").isNull();
        assertThat(accounts.findById("ldap-aileen")).get().satisfies(a -> assertThat(a.getSource()).isEqualTo("LDAP"));
    }

    @Test
    void somebodyMovedOutOfAGroupLosesItsRoleAtTheirNextSignIn() throws Exception {
        assertThat(roles(signIn("ldap-brodie", "brodie-directory-password")))
                .containsExactlyInAnyOrder(Role.PRACTITIONER.authority(), Role.PARTNERSHIP_LEAD.authority());

        DIRECTORY.removeFromGroup("uid=ldap-brodie" + PEOPLE, SOCIAL_WORK);
        try {
            Authentication again = signIn("ldap-brodie", "brodie-directory-password");

            assertThat(roles(again)).containsExactly(Role.PARTNERSHIP_LEAD.authority());
            assertThat(identityService.createUserQuery().userId("ldap-brodie").memberOfGroup(Role.PRACTITIONER.groupId()).count()).isZero();
        } finally {
            DIRECTORY.addToGroup("uid=ldap-brodie" + PEOPLE, SOCIAL_WORK);
        }
    }

    @Test
    void aWrongPasswordOrAnUnknownNameIsRefused() {
        signIn("ldap-aileen", "aileen-directory-password");

        // A mistyped directory password is a wrong password, not "password sign-in is turned off".
        assertThatThrownBy(() -> signIn("ldap-aileen", "not-her-password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("ldap-aileen", "")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("ldap-nobody", "any-password")).isInstanceOf(AuthenticationException.class)
                .isNotInstanceOf(SignInRefused.class);
        assertThat(identityService.createUserQuery().userId("ldap-nobody").count()).isZero();
    }

    @Test
    void aDisabledAccountIsRefusedWithAReason() {
        assertThatThrownBy(() -> signIn("ldap-callum", "callum-directory-password"))
                .isInstanceOf(SignInRefused.class).hasMessage(LdapSignIn.DISABLED);
        assertThat(identityService.createUserQuery().userId("ldap-callum").count()).as("no engine user made").isZero();
    }

    @Test
    void theBreakGlassEnginePasswordStillWorksBehindTheDirectoryAndNoOtherDoes() {
        String admin = people.ensure(Role.ADMIN);
        String manager = people.ensure(Role.MANAGER);

        Authentication breakGlass = signIn(admin, TestPeople.PASSWORD);

        assertThat(breakGlass.getName()).isEqualTo(admin);
        assertThat(roles(breakGlass)).contains(Role.ADMIN.authority());
        assertThatThrownBy(() -> signIn(manager, TestPeople.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anUnreachableDirectoryIsSaidAsSuch() {
        LdapSignIn nowhere = new LdapSignIn(new LdapSettings("ldap://localhost:" + closedPort() + "/" + TestDirectory.BASE, null, null,
                "uid={0},ou=people", null, null, null, null, null, null, null), directorySignIn, engineSignIn, localSignIn);

        assertThatThrownBy(() -> nowhere.signInForm().authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ldap-aileen", "x")))
                .isInstanceOf(SignInRefused.class).hasMessage(LdapSignIn.DIRECTORY_UNREACHABLE);
        // The break-glass administrator still comes in.
        String admin = people.ensure(Role.ADMIN);
        assertThat(nowhere.signInForm().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(admin, TestPeople.PASSWORD))
                .getName()).isEqualTo(admin);
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void activeDirectorysMemberOfServesAsWellAsAGroupSearch() {
        LdapSignIn memberOf = new LdapSignIn(new LdapSettings(DIRECTORY.url(), null, null, "uid={0},ou=people", null, null, null, null,
                null, null, null), directorySignIn, engineSignIn, localSignIn);

        Authentication aileen = memberOf.signIn("ldap-aileen", "aileen-directory-password");

        assertThat(roles(aileen)).containsExactlyInAnyOrder(Role.PRACTITIONER.authority(), Role.CHILD_PROTECTION.authority());
    }
}
