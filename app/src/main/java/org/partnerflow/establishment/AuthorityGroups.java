package org.partnerflow.establishment;

import org.partnerflow.identity.People;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every authority and establishment has its engine groups in every installation: members of the
 * authority, its Named Person coordinators, each establishment's Named Persons. Task routing and the
 * policy refer to them; an establishment added on the page gets its group there and then.
 */
@Component
@Order(1)
class AuthorityGroups implements ApplicationRunner {

    private final EstablishmentRegister register;
    private final People people;

    AuthorityGroups(EstablishmentRegister register, People people) {
        this.register = register;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Authority authority : register.authorities()) {
            people.ensureGroup(authority.memberGroup(), authority.getName(), Authority.GROUP_TYPE);
            if (!authority.isRegional()) {
                people.ensureGroup(authority.coordinatorGroup(), "Named Person coordinators, " + authority.getName(),
                        Authority.COORDINATOR_GROUP_TYPE);
            }
        }
        for (Establishment establishment : register.all()) {
            people.ensureGroup(establishment.namedPersonGroup(), "Named Persons, " + establishment.getName(), Establishment.GROUP_TYPE);
        }
    }
}
