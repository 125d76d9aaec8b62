package org.partnerflow.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.workflow.Refusal;
import org.springframework.beans.factory.annotation.Autowired;

/** The Agencies register: each council's services, kept by its managers, with their practitioners and managers as engine groups. */
class AgencyRegisterTest extends PartnerflowSpringTest {

    @Autowired
    AgencyRegister register;
    @Autowired
    People identity;

    private static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theDemoCouncilsHaveTheirAgenciesEachWithItsTwoGroups() {
        assertThat(register.of("glasgow-city")).extracting(Agency::getName)
                .contains("NHS Greater Glasgow and Clyde health visiting (North East)", "Glasgow social work (North East)",
                        "Police Scotland G Division", "Includem (Glasgow)");
        assertThat(register.of("renfrewshire")).extracting(Agency::getName).contains("Renfrewshire educational psychology");
        Agency police = register.find("police-scotland-g-division").orElseThrow();
        assertThat(police.getKind()).isEqualTo(AgencyKind.POLICE);
        assertThat(police.getKind().code()).as("what a consent names").isEqualTo("police");
        assertThat(identity.teamName(police.practitionerGroup())).isEqualTo("Police Scotland G Division");
        assertThat(identity.teamName(police.managerGroup())).isEqualTo("Managers, Police Scotland G Division");
        assertThat(register.asOptions("glasgow-city")).anySatisfy(o -> {
            assertThat(o.get("value")).isEqualTo("police-scotland-g-division");
            assertThat(o.get("label")).isEqualTo("Police Scotland G Division (Police)");
        }).noneMatch(o -> o.get("value").equals("police-scotland-k-division"));
    }

    @Test
    void aManagerKeepsTheirOwnCouncilsAgenciesOnly() {
        people.signIn(Role.MANAGER); // Glasgow City
        String name = unique("Glasgow Women's Aid");
        Agency added = register.add("glasgow-city", "  " + name + " ", AgencyKind.THIRD_SECTOR);

        assertThat(added.getName()).isEqualTo(name);
        assertThat(added.getCode()).startsWith("glasgow-womens-aid-").matches("[a-z0-9-]+");
        assertThat(added.getUpdatedBy()).isEqualTo(TestPeople.idOf(Role.MANAGER));
        assertThat(register.asOptions("glasgow-city")).anySatisfy(o -> assertThat(o.get("value")).isEqualTo(added.getCode()));
        assertThatThrownBy(() -> register.add("glasgow-city", name.toUpperCase(), AgencyKind.THIRD_SECTOR))
                .isInstanceOf(Refusal.class).hasMessageContaining("Glasgow City already has an agency called");
        assertThatThrownBy(() -> register.add("renfrewshire", unique("Paisley Housing"), AgencyKind.HOUSING))
                .isInstanceOf(Refusal.class).hasMessage("Only Renfrewshire's managers or an administrator can change its agencies.");
        assertThatThrownBy(() -> register.addPractitioner("police-scotland-k-division", people.ensure(Role.PARTNER_AGENCY)))
                .isInstanceOf(Refusal.class).hasMessageContaining("Only Renfrewshire's managers");
        assertThatThrownBy(() -> register.add("west-partnership", unique("Regional Service"), AgencyKind.HEALTH))
                .isInstanceOf(Refusal.class).hasMessage("Choose a council: agencies belong to one.");
        assertThatThrownBy(() -> register.add("glasgow-city", unique("Kindless"), null))
                .isInstanceOf(Refusal.class).hasMessage("Choose what kind of service the agency is.");
        assertThatThrownBy(() -> register.add("glasgow-city", "ab", AgencyKind.HEALTH))
                .isInstanceOf(Refusal.class).hasMessageContaining("between 3 and 200 characters");
    }

    @Test
    void aPractitionerCannotChangeTheRegister() {
        people.signIn(Role.PARTNER_AGENCY);
        assertThatThrownBy(() -> register.add("glasgow-city", unique("Self-made Service"), AgencyKind.HEALTH))
                .isInstanceOf(AuthorizationException.class).hasMessage("Only managers and administrators may do this.");
        assertThatThrownBy(() -> register.addPractitioner("police-scotland-g-division", TestPeople.idOf(Role.PARTNER_AGENCY)))
                .isInstanceOf(AuthorizationException.class);
        assertThat(identity.isMember(TestPeople.idOf(Role.PARTNER_AGENCY), "agency.police-scotland-g-division")).isFalse();
    }

    @Test
    void anAdministratorKeepsEveryCouncilsAgencies() {
        people.signIn(Role.ADMIN);
        Agency added = register.add("renfrewshire", unique("Renfrewshire Carers Centre"), AgencyKind.THIRD_SECTOR);
        assertThat(added.getAuthorityCode()).isEqualTo("renfrewshire");
    }

    @Test
    void renamingClosingAndAChangeMadeMeanwhile() {
        people.signIn(Role.MANAGER);
        Agency added = register.add("glasgow-city", unique("Family Support Service"), AgencyKind.SOCIAL_WORK);
        long seen = added.getVersion();
        register.change(added.getCode(), added.getName() + " (East)", AgencyKind.SOCIAL_WORK, false, seen);

        assertThatThrownBy(() -> register.change(added.getCode(), "Something Else", AgencyKind.HOUSING, true, seen))
                .isInstanceOf(Refusal.class).hasMessageContaining("was changed by someone else meanwhile");
        Agency now = register.find(added.getCode()).orElseThrow();
        assertThat(now.getName()).endsWith("(East)");
        assertThat(now.getCode()).as("the code never changes").isEqualTo(added.getCode());
        register.change(added.getCode(), now.getName(), now.getKind(), true, now.getVersion());
        assertThat(register.find(added.getCode()).orElseThrow().isClosed()).isTrue();
        assertThat(register.asOptions("glasgow-city")).as("a closed agency is not offered").noneMatch(o -> o.get("value").equals(added.getCode()));
    }

    @Test
    void practitionersAndManagersAreAddedAndRemoved() {
        people.signIn(Role.MANAGER);
        Agency added = register.add("glasgow-city", unique("Youth Health Service"), AgencyKind.HEALTH);
        String nurse = people.ensure("test-agency-nurse", Role.PARTNER_AGENCY);
        String lead = people.ensure("test-agency-lead", Role.PARTNER_AGENCY);
        people.signIn(Role.MANAGER);

        register.addPractitioner(added.getCode(), nurse);
        register.addManager(added.getCode(), lead);
        assertThat(register.practitionersOf(added)).extracting(People.Person::id).containsExactly(nurse);
        assertThat(register.practitionerOptions(added)).containsExactly(java.util.Map.of("label", "Test Agency Nurse", "value", nurse));
        assertThat(register.managersOf(added)).extracting(People.Person::id).containsExactly(lead);
        assertThat(register.isPractitionerOf(added, nurse)).isTrue();
        assertThat(register.isPractitionerOf(added, lead)).as("managing is not answering").isFalse();
        assertThatThrownBy(() -> register.addPractitioner(added.getCode(), "nobody-" + System.nanoTime()))
                .isInstanceOf(Refusal.class).hasMessage("Choose someone who can sign in to Partnerflow.");

        register.removePractitioner(added.getCode(), nurse);
        register.removeManager(added.getCode(), lead);
        assertThat(register.practitionersOf(added)).isEmpty();
        assertThat(register.managersOf(added)).isEmpty();
    }
}
