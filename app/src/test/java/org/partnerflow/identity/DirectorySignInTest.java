package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.EntityTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.DirectoryAccountDetails.Source;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** A sign-in through the council's directory feeds the engine's identity: joiners, movers, the unmapped, leavers. */
class DirectorySignInTest extends PartnerflowSpringTest {

    private static final String KEPT_IN_PARTNERFLOW = "named-persons.eastfield-primary";

    @Autowired
    DirectorySignIn directorySignIn;
    @Autowired
    DirectoryGroupMappings mappings;
    @Autowired
    DirectoryAccounts accounts;
    @Autowired
    IdentityService identityService;
    @Autowired
    HistoryService historyService;
    @Autowired
    EngineIdentityAuthenticationProvider passwordSignIn;
    @Autowired
    People peopleService;

    @AfterEach
    void forgetTheMappingsAndAccountsMadeHere() {
        mappings.findAll().stream().filter(m -> m.getClaimValue().startsWith("test-dir-")).forEach(mappings::delete);
        accounts.findAll().stream().filter(a -> a.getUserId().startsWith("test-dir-")).forEach(accounts::delete);
        identityService.createUserQuery().list().stream().filter(u -> u.getId().startsWith("test-dir-"))
                .forEach(u -> identityService.deleteUser(u.getId()));
    }

    private void map(String claim, Role role) {
        mappings.save(new DirectoryGroupMapping(claim, role.groupId(), "test", Instant.now()));
    }

    private static DirectoryAccountDetails account(String userId, String... claims) {
        return new DirectoryAccountDetails(Source.OIDC, "sub-" + userId, userId, "Morven", "Lindsay", userId + "@example.org",
                List.of(claims));
    }

    private static List<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void aJoinerBecomesAnEngineUserWithNoPasswordAndTheRolesTheirGroupsMapTo() {
        map("test-dir-practitioners", Role.PRACTITIONER);
        map("test-dir-named-persons", Role.NAMED_PERSON);

        Authentication auth = directorySignIn.signIn(account("test-dir-joiner", "test-dir-practitioners", "some-unmapped-group"));

        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getName()).isEqualTo("test-dir-joiner");
        assertThat(roles(auth)).containsExactly("ROLE_practitioner");
        User user = identityService.createUserQuery().userId("test-dir-joiner").singleResult();
        assertThat(user.getFirstName()).isEqualTo("Morven");
        assertThat(user.getLastName()).isEqualTo("Lindsay");
        assertThat(user.getEmail()).isEqualTo("test-dir-joiner@example.org");
        assertThat(user.getPassword()).as("no password stored").isNull();
        assertThatThrownBy(() -> passwordSignIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("test-dir-joiner", "")))
                .as("no password to sign in with").isInstanceOf(BadCredentialsException.class);
        assertThat(accounts.findById("test-dir-joiner")).get().satisfies(a -> {
            assertThat(a.getSource()).isEqualTo("OIDC");
            assertThat(a.getSubject()).isEqualTo("sub-test-dir-joiner");
            assertThat(a.getFirstSignedInAt()).isNotNull();
        });
        List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery().userId("test-dir-joiner")
                .entityType(EntityTypes.GROUP_MEMBERSHIP).listPage(0, 100);
        assertThat(log).as("the join is in the engine's user operation log").anySatisfy(e -> {
            assertThat(e.getOperationType()).isEqualTo(UserOperationLogEntry.OPERATION_TYPE_CREATE);
            assertThat(e.getProperty()).isIn("userId", "groupId");
            assertThat(e.getCategory()).isEqualTo(UserOperationLogEntry.CATEGORY_ADMIN);
            assertThat(e.getAnnotation()).contains("directory (OIDC)").contains("test-dir-practitioners");
        });
    }

    @Test
    void aMoverLosesTheRoleAtTheNextSignInAndKeepsWhatPartnerflowGaveThem() {
        map("test-dir-practitioners", Role.PRACTITIONER);
        map("test-dir-named-persons", Role.NAMED_PERSON);
        directorySignIn.signIn(account("test-dir-mover", "test-dir-practitioners", "test-dir-named-persons"));
        // Kept inside Partnerflow: an establishment's Named Persons and a manager role no mapping names.
        peopleService.join("test-dir-mover", KEPT_IN_PARTNERFLOW);
        peopleService.join("test-dir-mover", Role.MANAGER.groupId());

        Authentication moved = directorySignIn.signIn(new DirectoryAccountDetails(Source.OIDC, "sub-test-dir-mover", "test-dir-mover",
                "Morven", "Lindsay-Grant", "morven.grant@example.org", List.of("test-dir-practitioners")));

        assertThat(roles(moved)).containsExactlyInAnyOrder("ROLE_practitioner", "ROLE_" + KEPT_IN_PARTNERFLOW, "ROLE_manager");
        assertThat(peopleService.isMember("test-dir-mover", Role.NAMED_PERSON.groupId())).isFalse();
        assertThat(identityService.createUserQuery().userId("test-dir-mover").singleResult().getLastName())
                .as("names follow the directory").isEqualTo("Lindsay-Grant");
        assertThat(historyService.createUserOperationLogQuery().userId("test-dir-mover").entityType(EntityTypes.GROUP_MEMBERSHIP)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_DELETE).listPage(0, 100))
                .as("the leave is audited").extracting(UserOperationLogEntry::getNewValue).contains(Role.NAMED_PERSON.groupId());
    }

    @Test
    void someoneWhoseGroupsMapToNothingIsRefusedInWordsAndLosesTheDirectorysGroups() {
        map("test-dir-practitioners", Role.PRACTITIONER);

        assertThatThrownBy(() -> directorySignIn.signIn(account("test-dir-unmapped", "finance-team")))
                .isInstanceOf(SignInRefused.class)
                .hasMessage("Your account has no Partnerflow role yet: ask your administrator to map one of your groups.");
        assertThat(peopleService.exists("test-dir-unmapped")).as("no user made for someone refused").isFalse();

        directorySignIn.signIn(account("test-dir-moved-out", "test-dir-practitioners"));
        assertThatThrownBy(() -> directorySignIn.signIn(account("test-dir-moved-out", "finance-team")))
                .isInstanceOf(SignInRefused.class).hasMessage(DirectorySignIn.NO_ROLE);
        assertThat(peopleService.isMember("test-dir-moved-out", Role.PRACTITIONER.groupId()))
                .as("moved out of every mapped group: holds none of them").isFalse();
    }

    @Test
    void aLeaverIsRefusedByTheDirectoryAndByTheirPassword() {
        map("test-dir-practitioners", Role.PRACTITIONER);
        directorySignIn.signIn(account("test-dir-leaver", "test-dir-practitioners"));
        DirectoryAccount account = accounts.findById("test-dir-leaver").orElseThrow();
        account.left("test", Instant.now());
        accounts.save(account);

        assertThatThrownBy(() -> directorySignIn.signIn(account("test-dir-leaver", "test-dir-practitioners")))
                .isInstanceOf(SignInRefused.class).hasMessageContaining("recorded as having left");

        User user = identityService.createUserQuery().userId("test-dir-leaver").singleResult();
        user.setPassword("a-password-someone-set");
        identityService.saveUser(user);
        assertThatThrownBy(() -> passwordSignIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("test-dir-leaver", "a-password-someone-set")))
                .isInstanceOf(SignInRefused.class).hasMessageContaining("recorded as having left");
    }

    @Test
    void aUserNameGivenToSomeoneNewInTheDirectoryDoesNotOpenTheOldAccount() {
        map("test-dir-practitioners", Role.PRACTITIONER);
        directorySignIn.signIn(account("test-dir-reused", "test-dir-practitioners"));

        assertThatThrownBy(() -> directorySignIn.signIn(new DirectoryAccountDetails(Source.OIDC, "someone-else", "test-dir-reused",
                "New", "Person", null, List.of("test-dir-practitioners"))))
                .isInstanceOf(SignInRefused.class).hasMessageContaining("belongs to another Partnerflow account");
    }
}
