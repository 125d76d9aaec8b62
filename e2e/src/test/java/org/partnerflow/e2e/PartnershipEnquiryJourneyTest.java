package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnerflow.PartnerflowApplication;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The foundation's journey in a real browser: a practitioner signs in and raises a partnership
 * enquiry from its start form; a partnership lead finds it in the inbox, claims it, is refused an
 * incomplete decision with a field message, then completes it.
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartnershipEnquiryJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;

    @Test
    void anEnquiryIsRaisedClaimedAndDecidedInTheBrowser() throws Exception {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String name = "Journey cluster " + System.currentTimeMillis();

        try (Browser browser = new Browser("http://localhost:" + port, "partnership-enquiry")) {
            Journeys.signIn(browser, practitioner);
            browser.screenshot("inbox-practitioner");

            browser.open("/start");
            browser.click(browser.button("Partnership enquiry"));
            browser.type(By.cssSelector("#field-name input"), name);
            browser.type(By.cssSelector("#field-purpose textarea"), "Shared transition programme for P7 pupils moving to S1");
            browser.click(browser.find(By.xpath("//vaadin-checkbox[normalize-space(.)='School']")));
            browser.click(browser.find(By.xpath("//vaadin-checkbox[normalize-space(.)='College']")));
            browser.type(By.cssSelector("#field-contactEmail input"), "cluster.lead@example.org");
            browser.screenshot("start-form-filled");
            browser.click(browser.button("Start"));
            browser.waitForText("Started: Partnership enquiry");
            browser.screenshot("started");

            browser.click(browser.find(By.id("sign-out")));
            Journeys.signIn(browser, lead);
            browser.search(By.cssSelector("#inbox-search input"), name);
            browser.waitForText(name);
            browser.screenshot("inbox-lead");

            WebElement claim = browser.find(By.xpath("//vaadin-button[@aria-label='Claim Review the enquiry']"));
            browser.click(claim);
            browser.waitForText("Claimed: Review the enquiry");
            browser.click(browser.find(By.xpath("//vaadin-button[@aria-label='Open Review the enquiry']")));
            browser.waitForText("Purpose and aims");
            assertThat(browser.find(By.id("subject-summary")).getText()).contains(name);

            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Decline']")));
            browser.screenshot("decline-without-reason");
            browser.click(browser.button("Complete"));
            browser.waitForText("Some answers need correcting");
            WebElement reason = browser.find(By.id("field-decisionReason"));
            assertThat(reason.getAttribute("invalid")).isNotNull();
            browser.screenshot("field-error");

            browser.type(By.cssSelector("#field-decisionReason textarea"), "An existing forum already covers this cluster");
            browser.click(browser.button("Complete"));
            browser.waitForText("Completed: Review the enquiry");
            browser.screenshot("completed");
            assertThat(browser.currentPath()).startsWith("/");
        }
    }
}
