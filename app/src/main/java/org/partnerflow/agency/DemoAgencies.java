package org.partnerflow.agency;

import org.partnerflow.identity.DemoPeople;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo people of two Glasgow agencies (the agencies themselves are reference rows of migration V20),
 * created only in the {@code demo} profile: a health visitor and a social worker who answer their own
 * agency's invitations, and each agency's manager, who sees the cases it joined.
 */
@Component
@Profile("demo")
@Order(3)
class DemoAgencies implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAgencies.class);
    static final String HEALTH_VISITING = "nhsggc-health-visiting-north-east";
    static final String SOCIAL_WORK = "glasgow-social-work-north-east";

    private final AgencyRegister register;
    private final People people;

    DemoAgencies(AgencyRegister register, People people) {
        this.register = register;
        this.people = people;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        people.ensurePerson("lorna", "Lorna", "Hughes", "lorna.hughes@example.org", DemoPeople.DEMO_PASSWORD, Role.PARTNER_AGENCY);
        people.ensurePerson("gillian", "Gillian", "Hart", "gillian.hart@example.org", DemoPeople.DEMO_PASSWORD, Role.PARTNER_AGENCY);
        people.ensurePerson("neil", "Neil", "Ferguson", "neil.ferguson@example.org", DemoPeople.DEMO_PASSWORD, Role.PARTNER_AGENCY);
        place(HEALTH_VISITING, "lorna", "gillian");
        place(SOCIAL_WORK, "ewan", "neil");
        LOG.info("Demo agencies ready: health visitor lorna (manager gillian), social worker ewan (manager neil)");
    }

    private void place(String agencyCode, String practitioner, String manager) {
        Agency agency = register.find(agencyCode).orElseThrow();
        register.ensureGroups(agency);
        people.join(practitioner, agency.practitionerGroup());
        people.join(manager, agency.managerGroup());
        people.join(practitioner, agency.getAuthorityCode());
        people.join(manager, agency.getAuthorityCode());
    }
}
