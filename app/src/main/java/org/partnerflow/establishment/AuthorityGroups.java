package org.partnerflow.establishment;

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

    AuthorityGroups(EstablishmentRegister register) {
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments args) {
        register.authorities().forEach(register::ensureGroups);
        register.all().forEach(register::ensureGroup);
    }
}
