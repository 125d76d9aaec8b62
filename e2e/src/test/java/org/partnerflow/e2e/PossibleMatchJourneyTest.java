package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Issue 15's hole 7 in a real browser: two practitioners at different schools raise concerns about a
 * child with the same names and date of birth, the first with a Scottish Candidate Number. The second
 * is not joined to the first child's record: their case page shows only what they typed. The Named
 * Person checks the possible match and confirms it; the Named Person then sees the one record, and the
 * second raiser still sees only what they typed.
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PossibleMatchJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestPeople people;
    @Autowired
    WellbeingConcerns concerns;

    @Test
    void aNameAndBirthDateMatchIsCheckedByTheNamedPersonAndTheSecondRaiserSeesOnlyWhatTheyTyped() throws Exception {
        String firstRaiser = people.ensure(Role.PRACTITIONER);
        String secondRaiser = people.ensure("test-journey-second-raiser", Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String family = "Match" + System.currentTimeMillis();
        String candidateNumber = String.valueOf(100_000_000 + System.nanoTime() % 900_000_000);

        try (Browser browser = new Browser("http://localhost:" + port, "possible-match")) {
            Journeys.signIn(browser, firstRaiser);
            String firstCase = Journeys.raiseConcern(browser, family, "Westfield Academy, Glasgow City", candidateNumber, "No record of this child yet");

            Journeys.signOutAndIn(browser, secondRaiser);
            String secondCase = Journeys.raiseConcern(browser, family, "Eastfield Primary, Glasgow City", null, "This may be a child already known");
            browser.screenshot("second-raiser-case-page");
            assertThat(browser.driver().getPageSource()).contains("Eastfield Primary")
                    .doesNotContain("Westfield Academy").doesNotContain(candidateNumber);

            Journeys.signOutAndIn(browser, namedPerson);
            Journeys.openTask(browser, "Child: Ailsa " + family, "Check a possible match");
            browser.waitForText("Is this the same child?");
            browser.screenshot("check-possible-match");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[starts-with(normalize-space(.), 'The same child')]")));
            long recordedChild = concerns.findById(Long.parseLong(firstCase.substring("/cases/".length()))).orElseThrow().getChild().getId();
            browser.choose("field-matchedChild", "Child record " + recordedChild);
            browser.type(By.cssSelector("#field-matchReason textarea"), "Checked with both schools: the same child, moved in October.");
            Journeys.complete(browser, "Check a possible match");

            browser.open(secondCase);
            browser.waitForText("Ailsa " + family);
            browser.screenshot("named-person-sees-one-record");
            assertThat(browser.driver().getPageSource()).contains("Westfield Academy").contains(candidateNumber);

            Journeys.signOutAndIn(browser, secondRaiser);
            browser.open(secondCase);
            browser.waitForText("Ailsa " + family);
            browser.screenshot("second-raiser-after-the-match");
            assertThat(browser.driver().getPageSource()).contains("Eastfield Primary")
                    .doesNotContain("Westfield Academy").doesNotContain(candidateNumber);
        }
    }

}
