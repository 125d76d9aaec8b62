package org.partnerflow.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.Refusal;
import org.springframework.beans.factory.annotation.Autowired;

/** The Establishments register: the eight councils, establishments kept by each council's managers, Named Persons. */
class EstablishmentRegisterTest extends PartnerflowSpringTest {

    @Autowired
    EstablishmentRegister register;
    @Autowired
    People identity;

    private String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theEightWestPartnershipCouncilsAndTheRegionAreThere() {
        assertThat(register.councils()).extracting(Authority::getName).containsExactly("East Dunbartonshire", "East Renfrewshire",
                "Glasgow City", "Inverclyde", "North Lanarkshire", "Renfrewshire", "South Lanarkshire", "West Dunbartonshire");
        assertThat(register.authorities()).last().satisfies(a -> {
            assertThat(a.isRegional()).isTrue();
            assertThat(a.getCode()).isEqualTo("west-partnership");
        });
    }

    @Test
    void aManagerAddsAnEstablishmentToTheirOwnCouncilWithItsNamedPersonsGroup() {
        people.signIn(Role.MANAGER); // Glasgow City
        String name = unique("St Mary's Primary");
        Establishment added = register.add("glasgow-city", "  " + name + " ", EstablishmentKind.PRIMARY_SCHOOL);

        assertThat(added.getName()).isEqualTo(name);
        assertThat(added.getCode()).startsWith("st-marys-primary-").matches("[a-z0-9-]+");
        assertThat(added.getUpdatedBy()).isEqualTo(TestNames.MANAGER);
        assertThat(identity.members(added.namedPersonGroup())).isEmpty();
        assertThat(register.asOptions()).anySatisfy(o -> {
            assertThat(o.get("value")).isEqualTo(added.getCode());
            assertThat(o.get("label")).isEqualTo(name + ", Glasgow City");
        });
        assertThatThrownBy(() -> register.add("glasgow-city", name.toUpperCase(), EstablishmentKind.PRIMARY_SCHOOL))
                .isInstanceOf(Refusal.class).hasMessageContaining("Glasgow City already has an establishment called");
        assertThatThrownBy(() -> register.add("renfrewshire", unique("Paisley Grammar"), EstablishmentKind.SECONDARY_SCHOOL))
                .isInstanceOf(Refusal.class).hasMessage("Only Renfrewshire's managers or an administrator can change this.");
        assertThatThrownBy(() -> register.add("west-partnership", unique("Regional School"), EstablishmentKind.SECONDARY_SCHOOL))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> register.add("glasgow-city", "ab", EstablishmentKind.SECONDARY_SCHOOL))
                .isInstanceOf(Refusal.class).hasMessageContaining("between 3 and 200 characters");
        assertThatThrownBy(() -> register.add("glasgow-city", unique("Kindless"), null))
                .isInstanceOf(Refusal.class).hasMessage("Choose what kind of establishment it is.");
    }

    @Test
    void aPractitionerCannotChangeTheRegister() {
        people.signIn(Role.PRACTITIONER);
        assertThatThrownBy(() -> register.add("glasgow-city", unique("Practitioner's School"), EstablishmentKind.PRIMARY_SCHOOL))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class).hasMessage("Only managers and administrators may do this.");
        people.signOut();
        people.signIn(Role.MANAGER);
        assertThat(register.all()).noneMatch(e -> e.getName().startsWith("Practitioner's School"));
    }

    @Test
    void aChangeMadeMeanwhileIsRefusedNotOverwritten() {
        people.signIn(Role.MANAGER);
        Establishment added = register.add("glasgow-city", unique("Broomhill Nursery"), EstablishmentKind.EARLY_LEARNING_AND_CHILDCARE);
        long seen = added.getVersion();
        register.change(added.getCode(), added.getName() + " and Family Centre", EstablishmentKind.EARLY_LEARNING_AND_CHILDCARE, false, seen);

        assertThatThrownBy(() -> register.change(added.getCode(), "Something Else", EstablishmentKind.PRIMARY_SCHOOL, true, seen))
                .isInstanceOf(Refusal.class).hasMessageContaining("was changed by someone else meanwhile");
        Establishment now = register.find(added.getCode()).orElseThrow();
        assertThat(now.getName()).endsWith("and Family Centre");
        assertThat(now.isClosed()).isFalse();
        register.change(added.getCode(), now.getName(), now.getKind(), true, now.getVersion());
        assertThat(register.asOptions()).noneMatch(o -> o.get("value").equals(added.getCode()));
    }

    @Test
    void namedPersonsAndCoordinatorsMustBeNamedPersons() {
        people.signIn(Role.MANAGER);
        Establishment added = register.add("glasgow-city", unique("Hillhead High"), EstablishmentKind.SECONDARY_SCHOOL);
        String namedPerson = people.ensure("test-np-hillhead", Role.NAMED_PERSON);
        String practitioner = people.ensure(Role.PRACTITIONER);
        people.signIn(Role.MANAGER);

        register.appointNamedPerson(added.getCode(), namedPerson);
        assertThat(register.namedPersonsOf(added)).extracting(People.Person::id).containsExactly(namedPerson);
        assertThat(identity.isMember(namedPerson, "glasgow-city")).as("a Named Person belongs to the school's council").isTrue();
        assertThat(register.assessmentRoute(added)).isEqualTo(new EstablishmentRegister.AssessmentRoute(added.namedPersonGroup(), false));
        assertThatThrownBy(() -> register.appointNamedPerson(added.getCode(), practitioner))
                .isInstanceOf(Refusal.class).hasMessageContaining("is not a Named Person");
        assertThatThrownBy(() -> register.appointNamedPerson(added.getCode(), "nobody-" + System.nanoTime()))
                .isInstanceOf(Refusal.class).hasMessage("Choose someone who can sign in to Partnerflow.");

        register.removeNamedPerson(added.getCode(), namedPerson);
        assertThat(register.assessmentRoute(added).toCoordinators()).isTrue();
        assertThat(register.assessmentRoute(added).group()).isEqualTo("named-person-coordinators.glasgow-city");
        register.appointCoordinator("glasgow-city", namedPerson);
        assertThat(register.coordinatorsOf(register.authority("glasgow-city").orElseThrow()))
                .extracting(People.Person::id).contains(namedPerson);
        assertThat(List.of(identity.isMember(namedPerson, "named-person-coordinators.glasgow-city"))).containsExactly(true);
        register.removeMember("glasgow-city", namedPerson);
        assertThat(identity.isMember(namedPerson, "named-person-coordinators.glasgow-city")).as("leaving the council ends coordinating").isFalse();
    }

    /** The test people's ids. */
    static final class TestNames {
        static final String MANAGER = org.partnerflow.testsupport.TestPeople.idOf(Role.MANAGER);
    }
}
