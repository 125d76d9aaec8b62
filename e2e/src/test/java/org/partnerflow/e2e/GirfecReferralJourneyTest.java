package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.partnerflow.PartnerflowApplication;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The referral in a real browser, across people: a practitioner raises a concern; the Named Person
 * claims and completes the assessment and confirms the pathway; the practitioner's case page shows
 * the chronology; someone outside the case is refused.
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GirfecReferralJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;

    @Test
    void aConcernIsRaisedAssessedAndKeptFromPeopleOutsideTheCase() throws Exception {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String outsider = people.ensure("test-journey-outsider", Role.PARTNERSHIP_LEAD);
        String family = "Journey" + System.currentTimeMillis();

        try (Browser browser = new Browser("http://localhost:" + port, "girfec-referral")) {
            Journeys.signIn(browser, practitioner);
            browser.open("/concerns/new");
            browser.type(By.cssSelector("#field-childGivenName input"), "Ailsa");
            browser.type(By.cssSelector("#field-childFamilyName input"), family);
            browser.type(By.cssSelector("#field-childDateOfBirth input"), "12/04/2016" + Keys.ENTER);
            browser.type(By.cssSelector("#field-childSchool input"), "Eastfield Primary");
            browser.type(By.cssSelector("#field-observedOn input"), "18/11/2026" + Keys.ENTER);
            browser.type(By.cssSelector("#field-observation textarea"), "Arrived hungry three days running.");
            browser.click(browser.find(By.xpath("//vaadin-checkbox[normalize-space(.)='Nurtured']")));
            browser.click(browser.find(By.cssSelector("#field-source")));
            browser.click(browser.find(By.xpath("//vaadin-select-item[normalize-space(.)='School or nursery']")));
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='No']")));
            browser.click(browser.find(By.id("check-child")));
            browser.waitForText("No record of this child yet");
            browser.screenshot("concern-filled");
            browser.click(browser.find(By.id("raise-concern")));
            browser.waitForText("Ailsa " + family);
            String casePath = browser.currentPath();
            assertThat(casePath).startsWith("/cases/");
            browser.screenshot("case-page-after-raising");

            browser.click(browser.find(By.id("sign-out")));
            Journeys.signIn(browser, namedPerson);
            browser.search(By.cssSelector("#inbox-search input"), family);
            browser.waitForText("Child: Ailsa " + family);
            browser.click(browser.find(By.xpath("//vaadin-button[@aria-label='Claim Named Person assessment']")));
            browser.waitForText("Claimed: Named Person assessment");
            browser.click(browser.find(By.xpath("//vaadin-button[@aria-label='Open Named Person assessment']")));
            browser.waitForText("What is getting in the way");
            for (String field : new String[] {"whatIsGettingInTheWay", "informationNeeded", "whatICanDoNow", "whatMyAgencyCanDo",
                    "additionalHelp", "childsViews", "parentsViews"}) {
                browser.type(By.cssSelector("#field-" + field + " textarea"), "Recorded in the journey test");
            }
            for (String indicator : new String[] {"Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included"}) {
                browser.setValue("field-rating" + indicator, indicator.equals("Nurtured") ? "4" : "5");
            }
            browser.screenshot("assessment-filled");
            browser.click(browser.button("Complete"));
            browser.waitForText("Completed: Named Person assessment");

            browser.click(browser.find(By.xpath("//vaadin-button[@aria-label='Open Confirm the pathway']")));
            browser.waitForText("Recommended pathway");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Accept the recommended pathway']")));
            browser.click(browser.button("Complete"));
            browser.waitForText("Completed: Confirm the pathway");

            browser.open(casePath);
            browser.waitForText("Pathway: Universal");
            browser.screenshot("case-page-named-person");
            WebElement chart = browser.find(By.id("wellbeing-chart"));
            assertThat(chart.getAttribute("aria-label")).contains("Nurtured 4");

            browser.click(browser.find(By.id("sign-out")));
            Journeys.signIn(browser, outsider);
            browser.open(casePath);
            browser.waitForText("No access");
            assertThat(browser.driver().getPageSource()).doesNotContain(family);
            browser.screenshot("outsider-refused");
        }
    }
}
