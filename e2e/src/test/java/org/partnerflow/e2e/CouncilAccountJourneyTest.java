package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerflow.PartnerflowApplication;
import org.partnerflow.identity.DirectoryGroups;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestIdentityProvider;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on in Chromium (issue 20): a council's OpenID Connect provider (Spring Authorization
 * Server, in-process on its own port), the real authorization-code flow through the browser, the
 * provider's own sign-in form, and Partnerflow's shell showing the person by the names the provider
 * sent and in the roles their groups map to. A mover's changed groups take effect at their next
 * sign-in. A context of its own (the provider is configured before Partnerflow starts), on the suite's database.
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "partnerflow.oidc.client-id=" + TestIdentityProvider.CLIENT_ID,
        "partnerflow.oidc.client-secret=" + TestIdentityProvider.CLIENT_SECRET})
@ActiveProfiles("test")
class CouncilAccountJourneyTest {

    private static TestIdentityProvider provider;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        provider = TestIdentityProvider.start(List.of());
        registry.add("partnerflow.oidc.issuer-uri", provider::issuer);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.stop();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    TestPeople people;
    @Autowired
    DirectoryGroups directoryGroups;
    @Autowired
    IdentityService identityService;

    @Test
    void aPractitionerSignsInWithTheirCouncilAccountAndAMoveTakesEffectAtTheNextSignIn() throws Exception {
        provider.partnerflowAt("http://localhost:" + port);
        people.signIn(Role.ADMIN);
        // The suite's database (PostgreSQL on CI) may hold these from an earlier run.
        for (String[] mapping : new String[][] {{"GG-Partnerflow-Practitioners", Role.PRACTITIONER.groupId()},
                {"GG-Partnerflow-NamedPersons", Role.NAMED_PERSON.groupId()}}) {
            if (directoryGroups.mappings().stream().noneMatch(m -> m.claimValue().equals(mapping[0]))) {
                directoryGroups.add(mapping[0], mapping[1]);
            }
        }
        people.signOut();
        provider.addPerson("kenna.urquhart", "Kenna", "Urquhart", true, "GG-Partnerflow-Practitioners", "GG-Partnerflow-NamedPersons",
                "GG-Finance-Readers");

        try (Browser browser = new Browser("http://localhost:" + port, "council-account")) {
            browser.signedInAs("kenna.urquhart");
            signInWithCouncilAccount(browser, "kenna.urquhart");
            String shown = browser.textOf("signed-in-as");
            assertThat(shown).as("the names from the provider's token, the mapped roles")
                    .startsWith("Kenna Urquhart").contains("Practitioner", "Named Person");
            browser.screenshot("signed-in-with-council-account");

            User engineUser = identityService.createUserQuery().userId("kenna.urquhart").singleResult();
            assertThat(engineUser.getEmail()).isEqualTo("kenna.urquhart@council.example");
            assertThat(identityService.createGroupQuery().groupMember("kenna.urquhart").list())
                    .extracting(g -> g.getId()).contains(Role.PRACTITIONER.groupId(), Role.NAMED_PERSON.groupId());

            // She moves: the directory takes her out of the Named Persons' group.
            provider.addPerson("kenna.urquhart", "Kenna", "Urquhart", true, "GG-Partnerflow-Practitioners");
            browser.click(browser.button("Sign out"));
            // A new sign-in at the provider, as after the end of her day: its session holds the old groups.
            browser.driver().manage().deleteCookieNamed("PROVIDER_SESSION");
            signInWithCouncilAccount(browser, "kenna.urquhart");
            assertThat(browser.textOf("signed-in-as")).startsWith("Kenna Urquhart").contains("Practitioner")
                    .doesNotContain("Named Person");
            browser.screenshot("signed-in-again-after-a-move");
        }
        assertThat(identityService.createUserQuery().userId("kenna.urquhart").memberOfGroup(Role.NAMED_PERSON.groupId()).count())
                .as("the engine's memberships follow the directory").isZero();
    }

    /** Partnerflow's login page, its council-account link, the provider's form, and back. */
    private static void signInWithCouncilAccount(Browser browser, String username) {
        browser.open("/login");
        browser.screenshot("login-page");
        browser.click(browser.find(By.id("sign-in-with-council-account")));
        browser.waitFor(d -> d.findElements(By.id("username")).isEmpty() ? null : Boolean.TRUE);
        browser.screenshot("council-sign-in-form");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), TestIdentityProvider.passwordOf(username));
        browser.click(browser.find(By.cssSelector("button[type='submit']")));
        browser.waitFor(d -> d.findElements(By.id("signed-in-as")).isEmpty() ? null : Boolean.TRUE);
    }
}
