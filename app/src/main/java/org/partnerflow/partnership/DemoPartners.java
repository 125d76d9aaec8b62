package org.partnerflow.partnership;

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
 * Demo partner organisations, each with a person who answers for it, created only in the {@code demo}
 * profile after the demo people: enough to propose and run a partnership of three organisations.
 */
@Component
@Profile("demo")
@Order(1)
public class DemoPartners implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPartners.class);
    private static final String AUTHORITY = "Glasgow City";

    private final PartnerRegister register;
    private final PartnerOrganisations organisations;
    private final People people;

    public DemoPartners(PartnerRegister register, PartnerOrganisations organisations, People people) {
        this.register = register;
        this.organisations = organisations;
        this.people = people;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        organisation("Eastfield Primary School", OrganisationKind.SCHOOL, "kirsty", "Kirsty", "Wilson");
        organisation("Northfield Academy", OrganisationKind.SCHOOL, "rory", "Rory", "Douglas");
        organisation("Glasgow Clyde College", OrganisationKind.COLLEGE, "shona", "Shona", "Grant");
        organisation("Eastfield Parent Council", OrganisationKind.PARENT_CARER_BODY, "ruth", "Ruth", "Bell");
        LOG.info("Demo partner organisations ready: contacts kirsty, rory, shona, ruth (password 'demo')");
    }

    private void organisation(String name, OrganisationKind kind, String contact, String first, String last) {
        people.ensurePerson(contact, first, last, contact + "@example.org", DemoPeople.DEMO_PASSWORD, Role.PRACTITIONER);
        PartnerOrganisation organisation = organisations.findAllByOrderByNameAsc().stream()
                .filter(o -> o.getName().equals(name)).findFirst()
                .orElseGet(() -> register.add(name, kind, AUTHORITY));
        register.addPerson(organisation.getId(), contact);
    }
}
