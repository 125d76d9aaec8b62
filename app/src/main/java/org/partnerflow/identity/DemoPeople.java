package org.partnerflow.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo people, one or more per role, created only in the {@code demo} profile (the README's run
 * command). Their shared password is for trying the product on a laptop and is listed in the README.
 */
@Component
@Profile("demo")
@Order(0)
public class DemoPeople implements ApplicationRunner {

    public static final String DEMO_PASSWORD = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPeople.class);

    private final People people;
    private final EngineIdentityAuthenticationProvider signIn;
    private final IdentityService identityService;
    private final CurrentUser currentUser;

    public DemoPeople(People people, EngineIdentityAuthenticationProvider signIn, IdentityService identityService, CurrentUser currentUser) {
        this.people = people;
        this.signIn = signIn;
        this.identityService = identityService;
        this.currentUser = currentUser;
    }

    /**
     * Does {@code work} signed in as the demo person, as a request of theirs would be (Spring Security
     * and the engine both know them, with their groups), then signs them out: the demo data is made
     * through the same services, rules and permissions as the UI's.
     */
    public <T> T as(String userId, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(signIn.signedIn(userId));
        identityService.setAuthentication(userId, currentUser.groups());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
            identityService.clearAuthentication();
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        people.ensureGroups();
        people.ensurePerson("morag", "Morag", "Campbell", "morag.campbell@example.org", DEMO_PASSWORD, Role.PRACTITIONER);
        people.ensurePerson("iain", "Iain", "MacLeod", "iain.macleod@example.org", DEMO_PASSWORD,
                Role.NAMED_PERSON, Role.PRACTITIONER);
        people.ensurePerson("aisha", "Aisha", "Khan", "aisha.khan@example.org", DEMO_PASSWORD,
                Role.LEAD_PROFESSIONAL, Role.PRACTITIONER);
        people.ensurePerson("ewan", "Ewan", "Fraser", "ewan.fraser@example.org", DEMO_PASSWORD, Role.PARTNER_AGENCY);
        people.ensurePerson("fiona", "Fiona", "Reid", "fiona.reid@example.org", DEMO_PASSWORD, Role.CHILD_PROTECTION);
        people.ensurePerson("callum", "Callum", "Stewart", "callum.stewart@example.org", DEMO_PASSWORD, Role.PARTNERSHIP_LEAD);
        people.ensurePerson("eilidh", "Eilidh", "Ross", "eilidh.ross@example.org", DEMO_PASSWORD, Role.PARTNERSHIP_LEAD);
        people.ensurePerson("helen", "Helen", "Murray", "helen.murray@example.org", DEMO_PASSWORD, Role.MANAGER);
        people.ensurePerson("admin", "Partnerflow", "Administrator", "admin@example.org", DEMO_PASSWORD, Role.ADMIN);
        LOG.info("Demo people ready: morag, iain, aisha, ewan, fiona, callum, eilidh, helen, admin (password '{}')",
                DEMO_PASSWORD);
    }
}
