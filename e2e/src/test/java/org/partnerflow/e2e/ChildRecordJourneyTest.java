package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerflow.PartnerflowApplication;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 17's journey, one child, one record, changing hands: a concern raised at a Glasgow school and
 * assessed by the school's own Named Person; a second concern, from someone else, joins the open case;
 * the child moves to a school in Renfrewshire and the case is transferred; Renfrewshire's Named Person
 * accepts and works the case; Glasgow's manager can no longer open it.
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChildRecordJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestPeople people;
    @Autowired
    WellbeingConcerns concerns;

    @Test
    void oneChildOneRecordJoinedConcernsATransferBetweenCouncilsAndAccessThatFollowsTheRecord() throws Exception {
        String firstRaiser = people.ensure(Role.PRACTITIONER);
        String secondRaiser = people.ensure("test-journey-second-raiser", Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON); // Eastfield Primary's, in Glasgow City
        String glasgowManager = people.ensure(Role.MANAGER);
        String renfrewshireNamedPerson = people.ensureIn("test-journey-np-cartside", List.of("renfrewshire", "named-persons.cartside-primary"),
                Role.NAMED_PERSON);
        String family = "Moves" + System.currentTimeMillis();
        String candidateNumber = String.valueOf(100_000_000 + System.nanoTime() % 900_000_000);
        String subject = "Child: Ailsa " + family;

        try (Browser browser = new Browser("http://localhost:" + port, "child-record")) {
            Journeys.signIn(browser, firstRaiser);
            String casePath = Journeys.raiseConcern(browser, family, "Eastfield Primary, Glasgow City", candidateNumber,
                    "No record of this child yet");
            browser.screenshot("first-concern-raised");

            Journeys.signOutAndIn(browser, namedPerson);
            Journeys.assess(browser, family, "3", false);

            Journeys.signOutAndIn(browser, secondRaiser);
            String secondCasePath = Journeys.raiseConcern(browser, family, "Eastfield Primary, Glasgow City", candidateNumber,
                    "already known by their Scottish Candidate Number");
            browser.screenshot("second-concern-raised");

            Journeys.signOutAndIn(browser, namedPerson);
            Journeys.assess(browser, family, "2", false);
            browser.open(casePath);
            browser.waitForText("Concerns joined to this case");
            browser.screenshot("second-concern-joined-the-open-case");
            long childId = concerns.findById(idOf(casePath)).orElseThrow().getChild().getId();
            browser.open("/children/" + childId);
            browser.waitForText("Ailsa " + family);
            browser.screenshot("one-record-two-concerns");
            assertThat(browser.driver().getPageSource()).contains("Eastfield Primary").contains(candidateNumber);

            browser.open(casePath);
            browser.click(browser.find(By.id("transfer-council")));
            browser.chooseInComboBox("change-of-hands-establishment", "Cartside Primary, Renfrewshire");
            browser.type(By.cssSelector("#change-of-hands-reason textarea"), "The family moved to Paisley; Ailsa starts at Cartside in January.");
            browser.screenshot("transfer-proposed");
            browser.click(browser.find(By.id("change-of-hands-send")));
            browser.waitFor(d -> d.findElements(By.id("change-of-hands-dialog")).isEmpty() ? Boolean.TRUE : null);

            Journeys.signOutAndIn(browser, renfrewshireNamedPerson);
            Journeys.openTask(browser, subject, "Accept or decline the transfer");
            browser.screenshot("transfer-to-accept");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[starts-with(normalize-space(.), 'Accept')]")));
            Journeys.complete(browser, "Accept or decline the transfer");

            Journeys.openTask(browser, subject, "Confirm the pathway");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[starts-with(normalize-space(.), 'Accept')]")));
            browser.screenshot("new-named-person-works-the-case");
            Journeys.complete(browser, "Confirm the pathway");
            browser.open(casePath);
            browser.waitForText("Ailsa " + family);
            browser.screenshot("case-after-the-transfer");
            assertThat(browser.driver().getPageSource()).contains("Cartside Primary");

            Journeys.signOutAndIn(browser, glasgowManager);
            browser.open(casePath);
            browser.waitForText("No access");
            browser.screenshot("sending-councils-manager-refused");
            assertThat(browser.driver().getPageSource()).doesNotContain(family);
            browser.open(secondCasePath);
            browser.waitForText("No access");
        }
        assertThat(concerns.findById(idOf(casePathOf(family))).orElseThrow().getChild().getAuthorityCode()).isEqualTo("renfrewshire");
        assertThat(TestPeople.AUTHORITY).isEqualTo("glasgow-city");
    }

    private long idOf(String casePath) {
        return Long.parseLong(casePath.substring("/cases/".length()));
    }

    private String casePathOf(String family) {
        return "/cases/" + concerns.findAll().stream().filter(c -> c.getChild().getFamilyName().equals(family))
                .mapToLong(c -> c.getId()).min().orElseThrow();
    }
}
