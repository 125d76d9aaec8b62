package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
            String firstCase = raiseConcern(browser, family, "Westfield Academy", candidateNumber, "No record of this child yet");

            Journeys.signOutAndIn(browser, secondRaiser);
            String secondCase = raiseConcern(browser, family, "Eastfield Primary", null, "This may be a child already known");
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

    /** Raises a concern about Ailsa (family name, school and candidate number given); returns the case page's path. */
    private static String raiseConcern(Browser browser, String family, String school, String candidateNumber, String answer) {
        browser.open("/concerns/new");
        browser.type(By.cssSelector("#field-childGivenName input"), "Ailsa");
        browser.type(By.cssSelector("#field-childFamilyName input"), family);
        browser.type(By.cssSelector("#field-childDateOfBirth input"), "12/04/2016" + Keys.ENTER);
        browser.chooseInComboBox("field-childEstablishment", school + ", Glasgow City");
        if (candidateNumber != null) {
            browser.type(By.cssSelector("#field-childCandidateNumber input"), candidateNumber);
        }
        browser.type(By.cssSelector("#field-observedOn input"), "18/11/2026" + Keys.ENTER);
        browser.type(By.cssSelector("#field-observation textarea"), "Arrived hungry three days running.");
        browser.click(browser.find(By.xpath("//vaadin-checkbox[normalize-space(.)='Nurtured']")));
        browser.click(browser.find(By.cssSelector("#field-source")));
        browser.click(browser.find(By.xpath("//vaadin-select-item[normalize-space(.)='School or nursery']")));
        browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='No']")));
        browser.click(browser.find(By.id("check-child")));
        browser.waitForText(answer);
        browser.click(browser.find(By.id("raise-concern")));
        browser.waitForText("Ailsa " + family);
        String casePath = browser.currentPath();
        assertThat(casePath).startsWith("/cases/");
        return casePath;
    }
}
