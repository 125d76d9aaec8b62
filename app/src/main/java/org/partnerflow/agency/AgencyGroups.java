package org.partnerflow.agency;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every agency has its two engine groups in every installation (its practitioners, its managers):
 * invitations are offered to the first, and the policy reads both. One added on the page gets them
 * there and then.
 */
@Component
@Order(1)
class AgencyGroups implements ApplicationRunner {

    private final AgencyRegister register;

    AgencyGroups(AgencyRegister register) {
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments args) {
        register.all().forEach(register::ensureGroups);
    }
}
