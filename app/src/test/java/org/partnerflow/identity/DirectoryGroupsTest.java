package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.DirectoryAccountDetails.Source;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators keep the directory mapping and mark leavers; what is wrong is refused in words, and every change is logged. */
class DirectoryGroupsTest extends PartnerflowSpringTest {

    @Autowired
    DirectoryGroups directoryGroups;
    @Autowired
    DirectoryGroupMappings mappings;
    @Autowired
    DirectoryAccounts accounts;
    @Autowired
    DirectorySignIn directorySignIn;
    @Autowired
    HistoryService historyService;

    @AfterEach
    void forgetTheMappingsMadeHere() {
        mappings.findAll().stream().filter(m -> m.getClaimValue().startsWith("test-dg-")).forEach(mappings::delete);
        accounts.findAll().stream().filter(a -> a.getUserId().startsWith("test-dg-")).forEach(accounts::delete);
    }

    @Test
    void anAdministratorMapsAClaimToAnExistingGroupAndIsToldWhatIsWrongInWords() {
        String admin = people.signIn(Role.ADMIN);

        DirectoryGroups.Mapping mapping = directoryGroups.add("  test-dg-managers ", Role.MANAGER.groupId());

        assertThat(mapping.claimValue()).isEqualTo("test-dg-managers");
        assertThat(mapping.groupName()).isEqualTo("Manager");
        assertThat(mapping.createdBy()).isEqualTo(admin);
        assertThat(directoryGroups.mappings()).extracting(DirectoryGroups.Mapping::claimValue).contains("test-dg-managers");
        assertThat(directoryGroups.groups()).extracting(DirectoryGroups.Group::id).contains(Role.MANAGER.groupId(), "glasgow-city");
        assertThat(historyService.createUserOperationLogQuery().userId(admin).entityType(IdentityChangeLog.DIRECTORY_GROUP_MAPPING)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).listPage(0, 100))
                .as("audited in the engine's user operation log").extracting(UserOperationLogEntry::getNewValue).contains("test-dg-managers");

        assertThatThrownBy(() -> directoryGroups.add("test-dg-managers", Role.ADMIN.groupId()))
                .isInstanceOf(DirectoryRefusal.class).hasMessage("\"test-dg-managers\" is mapped already, to Manager: change that mapping instead.");
        assertThatThrownBy(() -> directoryGroups.add("test-dg-nowhere", "no-such-group"))
                .isInstanceOf(DirectoryRefusal.class).hasMessage("Partnerflow has no group \"no-such-group\": choose one of its groups.");
        assertThatThrownBy(() -> directoryGroups.add("   ", Role.MANAGER.groupId()))
                .isInstanceOf(DirectoryRefusal.class).hasMessageStartingWith("Give the value the directory sends");
        assertThatThrownBy(() -> directoryGroups.add("test-dg-\u202Eevil", Role.MANAGER.groupId()))
                .isInstanceOf(DirectoryRefusal.class).hasMessageContaining("text-direction overrides");
        assertThatThrownBy(() -> directoryGroups.add("test-dg-" + "x".repeat(300), Role.MANAGER.groupId()))
                .isInstanceOf(DirectoryRefusal.class).hasMessage("A claim value can have at most 255 characters.");
    }

    @Test
    void aChangeMadeMeanwhileIsRefusedNotOverwritten() {
        people.signIn(Role.ADMIN);
        DirectoryGroups.Mapping seen = directoryGroups.add("test-dg-race", Role.PRACTITIONER.groupId());
        DirectoryGroups.Mapping changed = directoryGroups.change(seen.id(), "test-dg-race", Role.NAMED_PERSON.groupId(), seen.version());
        assertThat(changed.groupId()).isEqualTo(Role.NAMED_PERSON.groupId());

        assertThatThrownBy(() -> directoryGroups.change(seen.id(), "test-dg-race", Role.MANAGER.groupId(), seen.version()))
                .isInstanceOf(DirectoryRefusal.class).hasMessageStartingWith("Someone else changed this mapping while you were editing it.");
        assertThatThrownBy(() -> directoryGroups.remove(seen.id(), seen.version()))
                .isInstanceOf(DirectoryRefusal.class).hasMessageStartingWith("Someone else changed this mapping");

        directoryGroups.remove(changed.id(), changed.version());
        assertThatThrownBy(() -> directoryGroups.remove(changed.id(), changed.version()))
                .isInstanceOf(DirectoryRefusal.class).hasMessageStartingWith("That mapping is no longer there");
    }

    @Test
    void onlyAdministratorsKeepTheMapping() {
        people.signIn(Role.MANAGER);
        assertThatThrownBy(() -> directoryGroups.add("test-dg-sneaky", Role.ADMIN.groupId()))
                .isInstanceOf(AuthorizationException.class).hasMessage("Only administrators may do this.");
        assertThatThrownBy(() -> directoryGroups.mappings()).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> directoryGroups.markLeft("test-dg-anyone")).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aLeaverMarkedByAnAdministratorCannotSignInUntilReopened() {
        people.signIn(Role.ADMIN);
        directoryGroups.add("test-dg-practitioners", Role.PRACTITIONER.groupId());
        people.signOut();
        DirectoryAccountDetails details = new DirectoryAccountDetails(Source.OIDC, "sub-test-dg-leaver", "test-dg-leaver", "Alasdair",
                "Gray", null, List.of("test-dg-practitioners"));
        directorySignIn.signIn(details);

        people.signIn(Role.ADMIN);
        directoryGroups.markLeft("test-dg-leaver");
        assertThat(directoryGroups.hasLeft("test-dg-leaver")).isTrue();
        assertThat(directoryGroups.leavers()).contains("test-dg-leaver");
        assertThatThrownBy(() -> directoryGroups.markLeft("test-dg-leaver"))
                .isInstanceOf(DirectoryRefusal.class).hasMessage("Alasdair Gray is recorded as having left already.");
        assertThatThrownBy(() -> directoryGroups.markLeft("test-dg-nobody"))
                .isInstanceOf(DirectoryRefusal.class).hasMessage("There is no one of that user name in Partnerflow.");
        people.signOut();
        assertThatThrownBy(() -> directorySignIn.signIn(details)).isInstanceOf(SignInRefused.class)
                .hasMessageContaining("recorded as having left");

        people.signIn(Role.ADMIN);
        directoryGroups.markReturned("test-dg-leaver");
        people.signOut();
        assertThat(directorySignIn.signIn(details).isAuthenticated()).isTrue();
    }
}
